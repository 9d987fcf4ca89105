"""/language: an inline picker; the choice is stored and outlives restarts."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.db.users import User, UserRepository
from bot.i18n import Texts, Translator
from keyboards.callbacks import LanguageCallback, MenuCallback
from keyboards.menu import language_picker, main_menu

router = Router(name="language")


@router.message(Command("language"), F.chat.type == "private")
async def language_command(message: Message, texts: Texts) -> None:
    await message.answer(texts("language-choose"), reply_markup=language_picker(texts.locale))


@router.callback_query(MenuCallback.filter(F.action == "language"))
async def language_button(query: CallbackQuery, texts: Texts) -> None:
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.answer(
            texts("language-choose"), reply_markup=language_picker(texts.locale)
        )


@router.callback_query(LanguageCallback.filter())
async def language_chosen(
    query: CallbackQuery,
    callback_data: LanguageCallback,
    user: User | None,
    users: UserRepository,
    translator: Translator,
    texts: Texts,
) -> None:
    if user is None or callback_data.locale not in translator.locales:
        await query.answer(texts("button-stale"))
        return
    await users.set_locale(user.id, callback_data.locale)
    chosen = translator.texts(callback_data.locale)
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.answer(chosen("language-set"), reply_markup=main_menu(chosen))
