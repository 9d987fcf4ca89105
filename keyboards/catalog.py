"""Catalogue browsing and the order form's buttons."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.db.catalog import Category, Service
from bot.i18n import Texts
from keyboards.callbacks import (
    CategoriesPage,
    CategoryOpen,
    FormAction,
    OrderStart,
    ServiceOpen,
)
from keyboards.paging import nav_row

Button = InlineKeyboardButton


def categories_keyboard(
    categories: list[Category], page: int, total: int, texts: Texts
) -> InlineKeyboardMarkup:
    rows = [
        [
            Button(
                text=f"{c.name} ({c.service_count})",
                callback_data=CategoryOpen(category_id=c.id).pack(),
            )
        ]
        for c in categories
    ]
    nav = nav_row(page, total, texts, lambda p: CategoriesPage(page=p))
    return InlineKeyboardMarkup(inline_keyboard=[*rows, nav] if nav else rows)


def services_keyboard(
    category_id: int,
    services: list[tuple[Service, str]],
    page: int,
    total: int,
    texts: Texts,
) -> InlineKeyboardMarkup:
    """`services` pairs each service with its shown price per 1000."""
    rows = [
        [Button(text=f"{s.name} · {price}", callback_data=ServiceOpen(service_id=s.id).pack())]
        for s, price in services
    ]
    nav = nav_row(page, total, texts, lambda p: CategoryOpen(category_id=category_id, page=p))
    back = [
        Button(text=texts("catalog-back-categories"), callback_data=CategoriesPage(page=0).pack())
    ]
    return InlineKeyboardMarkup(inline_keyboard=[*rows, *([nav] if nav else []), back])


def service_card_keyboard(service: Service, texts: Texts) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                Button(
                    text=texts("service-order"),
                    callback_data=OrderStart(service_id=service.id).pack(),
                )
            ],
            [
                Button(
                    text=texts("catalog-back-services"),
                    callback_data=CategoryOpen(category_id=service.category_id).pack(),
                )
            ],
        ]
    )


def form_keyboard(texts: Texts, *, optional: bool, can_go_back: bool) -> InlineKeyboardMarkup:
    row = []
    if optional:
        row.append(Button(text=texts("form-skip"), callback_data=FormAction(action="skip").pack()))
    nav = []
    if can_go_back:
        nav.append(Button(text=texts("form-back"), callback_data=FormAction(action="back").pack()))
    nav.append(Button(text=texts("form-cancel"), callback_data=FormAction(action="cancel").pack()))
    return InlineKeyboardMarkup(inline_keyboard=[row, nav] if row else [nav])


def summary_keyboard(texts: Texts, *, can_pay: bool) -> InlineKeyboardMarkup:
    rows = []
    if can_pay:
        rows.append(
            [Button(text=texts("form-confirm"), callback_data=FormAction(action="confirm").pack())]
        )
    rows.append(
        [
            Button(text=texts("form-back"), callback_data=FormAction(action="back").pack()),
            Button(text=texts("form-cancel"), callback_data=FormAction(action="cancel").pack()),
        ]
    )
    return InlineKeyboardMarkup(inline_keyboard=rows)
