"""Every CallbackData factory of the bot. Prefixes are short: Telegram allows 64 bytes."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class MenuCallback(CallbackData, prefix="m"):
    """A main-menu button; `action` names the command it stands for."""

    action: str


class LanguageCallback(CallbackData, prefix="lang"):
    locale: str
