"""/cancel from anywhere, and the fallbacks for whatever no other handler took."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.i18n import Texts
from keyboards.menu import main_menu

MESSAGE_LIMIT = 4096

cancel_router = Router(name="cancel")
cancel_router.message.filter(F.chat.type == "private")

# Registered last: it answers what every other router passed over.
fallback_router = Router(name="fallback")
fallback_router.message.filter(F.chat.type == "private")


@cancel_router.message(Command("cancel"))
async def cancel(message: Message, state: FSMContext, texts: Texts) -> None:
    had_dialog = await state.get_state() is not None
    await state.clear()
    key = "cancel-done" if had_dialog else "cancel-nothing"
    await message.answer(texts(key), reply_markup=main_menu(texts))


@fallback_router.message(F.text)
async def unknown_text(message: Message, texts: Texts) -> None:
    text = message.text or ""
    if len(text) > MESSAGE_LIMIT:
        await message.answer(texts("fallback-too-long", length=len(text), limit=MESSAGE_LIMIT))
        return
    await message.answer(texts("fallback-unknown"), reply_markup=main_menu(texts))


@fallback_router.message()
async def not_text(message: Message, texts: Texts) -> None:
    await message.answer(texts("fallback-not-text"), reply_markup=main_menu(texts))


@fallback_router.callback_query()
async def stale_button(query: CallbackQuery, texts: Texts) -> None:
    await query.answer(texts("button-stale"), show_alert=False)
