"""Pagination shared by every long list."""

from __future__ import annotations

from collections.abc import Callable

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton

from bot.i18n import Texts

PAGE_SIZE = 10


def page_count(total: int, size: int = PAGE_SIZE) -> int:
    return max(1, -(-total // size))


def clamp_page(page: int, total: int, size: int = PAGE_SIZE) -> int:
    """A page number that exists, whatever a stale or forged button asked for."""
    return min(max(page, 0), page_count(total, size) - 1)


def nav_row(
    page: int, total: int, texts: Texts, make: Callable[[int], CallbackData]
) -> list[InlineKeyboardButton]:
    row = []
    if page > 0:
        row.append(
            InlineKeyboardButton(text=texts("catalog-prev"), callback_data=make(page - 1).pack())
        )
    if page + 1 < page_count(total):
        row.append(
            InlineKeyboardButton(text=texts("catalog-next"), callback_data=make(page + 1).pack())
        )
    return row
