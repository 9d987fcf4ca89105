"""The customer's order list and order card; the admin's settle buttons."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.db.orders import Order
from bot.i18n import Texts
from bot.views import status_key
from keyboards.callbacks import OrderAction, OrdersPage, SettleAction
from keyboards.paging import nav_row

Button = InlineKeyboardButton


def orders_keyboard(
    orders: list[Order], page: int, total: int, texts: Texts
) -> InlineKeyboardMarkup:
    rows = [
        [
            Button(
                text=texts(
                    "orders-row",
                    id=str(o.id),
                    service=o.service_name,
                    status=texts(status_key(o)),
                ),
                callback_data=OrderAction(order_id=o.id, action="open").pack(),
            )
        ]
        for o in orders
    ]
    nav = nav_row(page, total, texts, lambda p: OrdersPage(page=p))
    return InlineKeyboardMarkup(inline_keyboard=[*rows, nav] if nav else rows)


def order_card_keyboard(
    order: Order, texts: Texts, *, can_refill: bool = False, can_cancel: bool = False
) -> InlineKeyboardMarkup:
    rows = [
        [
            Button(
                text=texts("order-refresh"),
                callback_data=OrderAction(order_id=order.id, action="refresh").pack(),
            )
        ]
    ]
    extra = []
    if can_refill:
        extra.append(
            Button(
                text=texts("order-refill"),
                callback_data=OrderAction(order_id=order.id, action="refill").pack(),
            )
        )
    if can_cancel:
        extra.append(
            Button(
                text=texts("order-cancel"),
                callback_data=OrderAction(order_id=order.id, action="cancel").pack(),
            )
        )
    if extra:
        rows.append(extra)
    rows.append([Button(text=texts("orders-back"), callback_data=OrdersPage(page=0).pack())])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def settle_keyboard(order_id: int, texts: Texts) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                Button(
                    text=texts("admin-settle-placed"),
                    callback_data=SettleAction(order_id=order_id, action="placed").pack(),
                )
            ],
            [
                Button(
                    text=texts("admin-settle-refund"),
                    callback_data=SettleAction(order_id=order_id, action="refund").pack(),
                )
            ],
        ]
    )
