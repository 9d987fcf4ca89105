"""/start, /help and the main menu."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.i18n import Texts
from keyboards.callbacks import MenuCallback
from keyboards.menu import main_menu

router = Router(name="start")
router.message.filter(F.chat.type == "private")


@router.message(CommandStart())
async def start(message: Message, state: FSMContext, texts: Texts) -> None:
    await state.clear()
    name = message.from_user.first_name if message.from_user else ""
    await message.answer(texts("start-greeting", name=name), reply_markup=main_menu(texts))


@router.message(Command("help"))
async def help_command(message: Message, texts: Texts) -> None:
    await message.answer(texts("help-text"), reply_markup=main_menu(texts))


@router.callback_query(MenuCallback.filter(F.action == "help"))
async def help_button(query: CallbackQuery, texts: Texts) -> None:
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.answer(texts("help-text"), reply_markup=main_menu(texts))
