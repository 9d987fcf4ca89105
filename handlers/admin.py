"""The admin group's commands: money, the catalogue, orders and their settlement.

Everything here is behind `AdminChat`: elsewhere these commands do not exist.
"""

from __future__ import annotations

import re

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, ForceReply, Message

from bot.clock import Clock, to_db
from bot.db.ledger import EntryKind, InsufficientBalance, LedgerRepository
from bot.db.orders import OrderRepository
from bot.db.users import UserRepository
from bot.i18n import Texts
from bot.money import format_amount, parse_amount
from bot.notices import AdminNotices, user_label
from bot.panel import PanelError
from bot.services.catalog import CatalogService, Pricing
from bot.services.ordering import OrderingService
from bot.views import order_fields, status_key
from handlers.filters import AdminChat
from handlers.ui import answer_quietly
from keyboards.callbacks import SettleAction

router = Router(name="admin")
router.message.filter(AdminChat())
router.callback_query.filter(AdminChat())

PANEL_ORDER_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class SettleForm(StatesGroup):
    panel_id = State()


def _admin_name(message: Message) -> str:
    person = message.from_user
    return person.full_name if person else "admin"


async def _adjust(
    message: Message,
    command: CommandObject,
    sign: int,
    users: UserRepository,
    ledger: LedgerRepository,
    pricing: Pricing,
    clock: Clock,
    texts: Texts,
) -> None:
    usage = "admin-usage-credit" if sign > 0 else "admin-usage-debit"
    parts = (command.args or "").split(maxsplit=2)
    if len(parts) < 2:
        await message.reply(texts(usage))
        return
    user = await users.find(parts[0])
    if user is None:
        await message.reply(texts("admin-user-not-found", user=parts[0]))
        return
    amount = parse_amount(parts[1])
    if amount is None:
        await message.reply(texts("admin-bad-amount", amount=parts[1]))
        return
    note = parts[2] if len(parts) > 2 else None
    # The command's own message names the cause: a re-delivered update cannot apply twice.
    cause = f"admin:{message.chat.id}:{message.message_id}"
    label = user_label(user, user.id)
    try:
        applied = await ledger.post(
            user.id, sign * amount, EntryKind.ADJUSTMENT, cause, to_db(clock.now()), note=note
        )
    except InsufficientBalance:
        balance = format_amount(await ledger.balance(user.id), pricing.currency)
        await message.reply(texts("admin-debit-short", user=label, balance=balance))
        return
    if not applied:
        await message.reply(texts("admin-already-done"))
        return
    balance = format_amount(await ledger.balance(user.id), pricing.currency)
    key = "admin-credited" if sign > 0 else "admin-debited"
    shown = format_amount(amount, pricing.currency)
    await message.reply(texts(key, amount=shown, user=label, balance=balance))


@router.message(Command("credit", "debit"))
async def adjust_balance(
    message: Message,
    command: CommandObject,
    users: UserRepository,
    ledger: LedgerRepository,
    pricing: Pricing,
    clock: Clock,
    notices: AdminNotices,
) -> None:
    sign = 1 if command.command == "credit" else -1
    await _adjust(message, command, sign, users, ledger, pricing, clock, notices.texts)


@router.message(Command("sync"))
async def sync(message: Message, catalog_service: CatalogService, notices: AdminNotices) -> None:
    texts = notices.texts
    progress = await message.reply(texts("admin-sync-started"))
    try:
        report = await catalog_service.sync()
    except PanelError as exc:
        await progress.edit_text(texts("admin-sync-failed", error=str(exc)))
        return
    await progress.edit_text(
        texts(
            "admin-sync-done",
            total=report.total,
            added=report.added,
            updated=report.updated,
            hidden=report.hidden,
        )
    )


@router.message(Command("order"))
async def order_lookup(
    message: Message,
    command: CommandObject,
    orders: OrderRepository,
    pricing: Pricing,
    notices: AdminNotices,
) -> None:
    texts = notices.texts
    argument = (command.args or "").strip().lstrip("#")
    if not argument.isdigit():
        await message.reply(texts("admin-usage-order"))
        return
    order = await orders.get(int(argument))
    if order is None:
        await message.reply(texts("order-not-found"))
        return
    money = pricing.currency
    await message.reply(
        texts(
            "admin-order-card",
            id=str(order.id),
            user=str(order.user_id),
            service=order.service_name,
            panel_service=str(order.service_id),
            placement=order.placement.value,
            status=texts(status_key(order)),
            panel_id=order.panel_order_id or "—",
            charge=format_amount(order.charge, money),
            refunded=format_amount(order.refunded, money),
            fields=order_fields(order),
            error=order.error or "—",
            created=order.created_at,
        )
    )


@router.callback_query(SettleAction.filter(F.action == "refund"))
async def settle_refund(
    query: CallbackQuery,
    callback_data: SettleAction,
    ordering: OrderingService,
    pricing: Pricing,
    notices: AdminNotices,
) -> None:
    texts = notices.texts
    order = await ordering.settle_refund(callback_data.order_id)
    if order is None:
        await answer_quietly(query, texts("admin-settle-stale", id=str(callback_data.order_id)))
        return
    await answer_quietly(query)
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=None)
        await query.message.answer(
            texts(
                "admin-settled-refund",
                id=str(order.id),
                charge=format_amount(order.charge, pricing.currency),
                admin=query.from_user.full_name,
            )
        )


@router.callback_query(SettleAction.filter(F.action == "placed"))
async def settle_placed_ask(
    query: CallbackQuery,
    callback_data: SettleAction,
    state: FSMContext,
    orders: OrderRepository,
    notices: AdminNotices,
) -> None:
    texts = notices.texts
    order = await orders.get(callback_data.order_id)
    if order is None or order.placement.value != "unknown":
        await answer_quietly(query, texts("admin-settle-stale", id=str(callback_data.order_id)))
        return
    await answer_quietly(query)
    await state.set_state(SettleForm.panel_id)
    await state.set_data({"order_id": order.id})
    if isinstance(query.message, Message):
        # A forced reply: with privacy mode on, the bot sees only replies to itself in groups.
        await query.message.answer(
            texts("admin-settle-ask", id=str(order.id)), reply_markup=ForceReply(selective=True)
        )


@router.message(SettleForm.panel_id, Command("cancel"))
async def settle_cancel(message: Message, state: FSMContext) -> None:
    await state.clear()


@router.message(SettleForm.panel_id, F.text)
async def settle_placed(
    message: Message, state: FSMContext, ordering: OrderingService, notices: AdminNotices
) -> None:
    texts = notices.texts
    panel_id = (message.text or "").strip()
    if not PANEL_ORDER_ID.match(panel_id):
        await message.reply(texts("admin-settle-bad-id"))
        return
    order_id = int((await state.get_data())["order_id"])
    await state.clear()
    order = await ordering.settle_placed(order_id, panel_id)
    if order is None:
        await message.reply(texts("admin-settle-stale", id=str(order_id)))
        return
    await message.reply(
        texts(
            "admin-settled-placed",
            id=str(order.id),
            panel_id=panel_id,
            admin=_admin_name(message),
        )
    )
