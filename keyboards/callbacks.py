"""Every CallbackData factory of the bot. Prefixes are short: Telegram allows 64 bytes."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class MenuCallback(CallbackData, prefix="m"):
    """A main-menu button; `action` names the command it stands for."""

    action: str


class LanguageCallback(CallbackData, prefix="lang"):
    locale: str


class CategoriesPage(CallbackData, prefix="cp"):
    page: int


class CategoryOpen(CallbackData, prefix="co"):
    category_id: int
    page: int = 0


class ServiceOpen(CallbackData, prefix="so"):
    service_id: int


class OrderStart(CallbackData, prefix="os"):
    service_id: int


class FormAction(CallbackData, prefix="f"):
    """A button of the order form: skip, back, cancel or confirm."""

    action: str


class OrdersPage(CallbackData, prefix="op"):
    page: int


class OrderAction(CallbackData, prefix="oa"):
    """A button on an order card; `action` is open, refresh, refill or cancel."""

    order_id: int
    action: str


class SettleAction(CallbackData, prefix="st"):
    """An admin's settlement of an order whose placement is unknown: placed or refund."""

    order_id: int
    action: str
