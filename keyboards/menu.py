"""The main menu and the language picker."""

from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.i18n import LANGUAGE_NAMES, Texts
from keyboards.callbacks import LanguageCallback, MenuCallback

# (action, text key); the action is also the command a press stands for.
MENU_ITEMS: tuple[tuple[str, str], ...] = (
    ("order", "menu-order"),
    ("orders", "menu-orders"),
    ("balance", "menu-balance"),
    ("language", "menu-language"),
    ("help", "menu-help"),
)


def main_menu(texts: Texts) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for action, key in MENU_ITEMS:
        builder.button(text=texts(key), callback_data=MenuCallback(action=action))
    builder.adjust(1, 2, 2)
    return builder.as_markup()


def language_picker(current: str) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for locale, name in LANGUAGE_NAMES.items():
        mark = "✅ " if locale == current else ""
        builder.button(text=f"{mark}{name}", callback_data=LanguageCallback(locale=locale))
    builder.adjust(2)
    return builder.as_markup()
