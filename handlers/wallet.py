"""/balance: the wallet and its last movements."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.db.ledger import LedgerRepository
from bot.db.users import User
from bot.i18n import Texts
from bot.money import format_amount
from bot.services.catalog import Pricing
from bot.views import ledger_line
from handlers.ui import answer_quietly
from keyboards.callbacks import MenuCallback
from keyboards.menu import main_menu

router = Router(name="wallet")


async def _balance_text(
    user: User, ledger: LedgerRepository, pricing: Pricing, texts: Texts
) -> str:
    balance = await ledger.balance(user.id)
    lines = [texts("balance-text", balance=format_amount(balance, pricing.currency)), ""]
    recent = await ledger.recent(user.id, 5)
    if recent:
        lines.append(texts("balance-recent"))
        lines += [ledger_line(entry, pricing.currency, texts) for entry in recent]
    else:
        lines.append(texts("balance-none"))
    return "\n".join(lines)


@router.message(Command("balance"), F.chat.type == "private")
async def balance_command(
    message: Message, user: User, ledger: LedgerRepository, pricing: Pricing, texts: Texts
) -> None:
    text = await _balance_text(user, ledger, pricing, texts)
    await message.answer(text, reply_markup=main_menu(texts))


@router.callback_query(MenuCallback.filter(F.action == "balance"))
async def balance_button(
    query: CallbackQuery, user: User, ledger: LedgerRepository, pricing: Pricing, texts: Texts
) -> None:
    await answer_quietly(query)
    if isinstance(query.message, Message):
        text = await _balance_text(user, ledger, pricing, texts)
        await query.message.answer(text, reply_markup=main_menu(texts))
