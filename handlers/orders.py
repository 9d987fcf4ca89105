"""/orders: the customer's orders, newest first, and each order's card with Refresh, Refill
and Cancel. Refill and cancel go through `bot.services.aftercare`, never to the panel."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.db.orders import Order, OrderRepository
from bot.db.users import User
from bot.i18n import Texts
from bot.services.aftercare import AftercareService, CancelOutcome, RefillOutcome
from bot.services.catalog import Pricing
from bot.views import order_card
from handlers.ui import answer_quietly, show
from keyboards.callbacks import MenuCallback, OrderAction, OrdersPage
from keyboards.orders import order_card_keyboard, orders_keyboard
from keyboards.paging import PAGE_SIZE, clamp_page, page_count

router = Router(name="orders")

REFILL_ANSWERS = {
    RefillOutcome.REQUESTED: "refill-requested",
    RefillOutcome.ALREADY_OPEN: "refill-already-open",
    RefillOutcome.NOT_ALLOWED: "refill-not-allowed",
    RefillOutcome.REFUSED: "refill-refused",
    RefillOutcome.UNCLEAR: "refill-unclear",
}
CANCEL_ANSWERS = {
    CancelOutcome.REQUESTED: "cancel-requested",
    CancelOutcome.NOT_ALLOWED: "cancel-not-allowed",
    CancelOutcome.REFUSED: "cancel-refused",
    CancelOutcome.UNCLEAR: "cancel-unclear",
}


async def _list_view(
    orders: OrderRepository, user: User, page: int, texts: Texts
) -> tuple[str, InlineKeyboardMarkup | None]:
    total = await orders.count_of_user(user.id)
    if total == 0:
        return texts("orders-empty"), None
    page = clamp_page(page, total)
    items = await orders.of_user(user.id, page * PAGE_SIZE, PAGE_SIZE)
    title = texts("orders-title", page=page + 1, pages=page_count(total))
    return title, orders_keyboard(items, page, total, texts)


@router.message(Command("orders"), F.chat.type == "private")
async def orders_command(
    message: Message, user: User, orders: OrderRepository, texts: Texts
) -> None:
    text, markup = await _list_view(orders, user, 0, texts)
    await message.answer(text, reply_markup=markup)


@router.callback_query(MenuCallback.filter(F.action == "orders"))
async def orders_button(
    query: CallbackQuery, user: User, orders: OrderRepository, texts: Texts
) -> None:
    await answer_quietly(query)
    text, markup = await _list_view(orders, user, 0, texts)
    if isinstance(query.message, Message):
        await query.message.answer(text, reply_markup=markup)


@router.callback_query(OrdersPage.filter())
async def orders_page(
    query: CallbackQuery,
    callback_data: OrdersPage,
    user: User,
    orders: OrderRepository,
    texts: Texts,
) -> None:
    await answer_quietly(query)
    text, markup = await _list_view(orders, user, callback_data.page, texts)
    await show(query, text, markup)


async def own_order(orders: OrderRepository, user: User, order_id: int) -> Order | None:
    """The order, if it is this user's; whatever id a modified client sends."""
    order = await orders.get(order_id)
    return order if order is not None and order.user_id == user.id else None


async def _show_card(
    query: CallbackQuery, order: Order, aftercare: AftercareService, pricing: Pricing, texts: Texts
) -> None:
    actions = await aftercare.actions(order)
    markup = order_card_keyboard(
        order, texts, can_refill=actions.can_refill, can_cancel=actions.can_cancel
    )
    await show(query, order_card(order, pricing.currency, texts), markup)


@router.callback_query(OrderAction.filter())
async def order_action(
    query: CallbackQuery,
    callback_data: OrderAction,
    user: User,
    orders: OrderRepository,
    aftercare: AftercareService,
    pricing: Pricing,
    texts: Texts,
) -> None:
    """Open, Refresh, Refill or Cancel on one of the customer's own orders."""
    order = await own_order(orders, user, callback_data.order_id)
    if order is None:
        await answer_quietly(query, texts("order-not-found"))
        return
    outcome: RefillOutcome | CancelOutcome
    if callback_data.action == "refill":
        outcome = await aftercare.request_refill(order)
        key = REFILL_ANSWERS[outcome]
    elif callback_data.action == "cancel":
        outcome = await aftercare.request_cancel(order)
        key = CANCEL_ANSWERS[outcome]
    else:  # open, refresh: the latest stored state (the poller keeps it in step)
        await answer_quietly(query)
        await _show_card(query, order, aftercare, pricing, texts)
        return
    await answer_quietly(query, texts(key, id=str(order.id)))
    if outcome in (RefillOutcome.NOT_ALLOWED, CancelOutcome.NOT_ALLOWED):
        # The card was stale: show what is possible now.
        await _show_card(query, order, aftercare, pricing, texts)
