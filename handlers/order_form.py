"""The order form: one dialog that walks the field table of `bot.services.order_form`,
then a summary with the exact charge, then placement."""

from __future__ import annotations

import uuid
from typing import Any

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.clock import Clock
from bot.db.catalog import CatalogRepository, Service
from bot.db.ledger import LedgerRepository
from bot.db.users import User
from bot.i18n import Texts
from bot.money import format_amount
from bot.notices import AdminNotices
from bot.panel import PanelClient
from bot.services import order_form
from bot.services.catalog import Pricing
from bot.services.ordering import OrderingService, Outcome, describe_rejection
from bot.services.preview import channel_preview
from bot.views import service_card
from handlers.ui import answer_quietly, show
from keyboards.callbacks import FormAction, OrderStart
from keyboards.catalog import form_keyboard, service_card_keyboard, summary_keyboard
from keyboards.menu import main_menu

router = Router(name="order_form")


class OrderForm(StatesGroup):
    answering = State()
    confirming = State()


async def _service(data: dict[str, Any], catalog: CatalogRepository) -> Service | None:
    """The form's service, if it can still be ordered and the stored form is whole."""
    if not isinstance(data.get("step"), int) or not isinstance(data.get("answers"), dict):
        return None
    service = await catalog.get(int(data.get("service_id") or 0))
    return service if service is not None and service.is_orderable else None


async def _pressed_form(
    query: CallbackQuery, state: FSMContext, catalog: CatalogRepository, texts: Texts
) -> tuple[Service, Message, dict[str, Any]] | None:
    """The form a button belongs to; None (and the form closed) when its service is gone."""
    data = await state.get_data()
    service = await _service(data, catalog)
    if service is None or not isinstance(query.message, Message):
        await state.clear()
        await answer_quietly(query, texts("catalog-service-gone"))
        return None
    return service, query.message, data


def _prompt(service: Service, field: order_form.Field, texts: Texts) -> str:
    if field.kind is order_form.Kind.LINK and order_form.is_telegram(service):
        return texts("form-ask-link-telegram")
    # Limits as plain digits: the customer types them back, and "5,000" would not parse.
    limits = {"min": str(service.min_quantity), "max": str(service.max_quantity)}
    return texts(f"form-ask-{field.name}", **limits)


async def _ask(message: Message, service: Service, step: int, texts: Texts) -> None:
    field = order_form.fields_for(service)[step]
    await message.answer(
        _prompt(service, field, texts),
        reply_markup=form_keyboard(texts, optional=field.optional, can_go_back=True),
    )


def _shown_value(value: Any, texts: Texts) -> str:
    if isinstance(value, list):
        if len(value) <= 3:
            return ", ".join(str(v) for v in value)
        return texts("label-lines", count=len(value))
    return str(value)


async def _summary(
    message: Message,
    state: FSMContext,
    service: Service,
    user: User,
    pricing: Pricing,
    ledger: LedgerRepository,
    texts: Texts,
) -> None:
    data = await state.get_data()
    quote = order_form.quote(service, data["answers"], pricing.price_per_1000(service))
    balance = await ledger.balance(user.id)
    lines = [texts("summary-title"), texts("summary-service", name=service.name)]
    lines += [
        texts("summary-field", label=texts(f"label-{name}"), value=_shown_value(value, texts))
        for name, value in data["answers"].items()
        if value is not None
    ]
    lines.append(texts("summary-charge", charge=format_amount(quote.charge, pricing.currency)))
    lines.append(texts("summary-balance", balance=format_amount(balance, pricing.currency)))
    if balance < quote.charge:
        missing = format_amount(quote.charge - balance, pricing.currency)
        lines.append(texts("summary-short", missing=missing))
    await state.set_state(OrderForm.confirming)
    # A fresh key per summary: one confirmation of it places at most one order.
    await state.update_data(charge=quote.charge, request_key=uuid.uuid4().hex)
    await message.answer(
        "\n".join(lines), reply_markup=summary_keyboard(texts, can_pay=balance >= quote.charge)
    )


@router.callback_query(OrderStart.filter())
async def start_form(
    query: CallbackQuery,
    callback_data: OrderStart,
    state: FSMContext,
    catalog: CatalogRepository,
    texts: Texts,
) -> None:
    service = await catalog.get(callback_data.service_id)
    if service is None or not service.is_orderable or not isinstance(query.message, Message):
        await answer_quietly(query, texts("catalog-service-gone"))
        return
    await answer_quietly(query)
    await state.set_state(OrderForm.answering)
    await state.set_data({"service_id": service.id, "step": 0, "answers": {}})
    await _ask(query.message, service, 0, texts)


@router.message(OrderForm.answering, F.text)
async def answer_step(
    message: Message,
    state: FSMContext,
    user: User,
    catalog: CatalogRepository,
    pricing: Pricing,
    ledger: LedgerRepository,
    panel: PanelClient,
    clock: Clock,
    texts: Texts,
) -> None:
    data = await state.get_data()
    service = await _service(data, catalog)
    if service is None:
        await state.clear()
        await message.answer(texts("catalog-service-gone"), reply_markup=main_menu(texts))
        return
    fields = order_form.fields_for(service)
    step = min(int(data["step"]), len(fields) - 1)
    field = fields[step]
    try:
        value = order_form.check(
            field, message.text or "", service, data["answers"], clock.now().date()
        )
    except order_form.Invalid as bad:
        await message.answer(
            texts(bad.key, **bad.args_),
            reply_markup=form_keyboard(texts, optional=field.optional, can_go_back=True),
        )
        return
    data["answers"][field.name] = value
    await state.update_data(answers=data["answers"], step=step + 1)
    if field.kind is order_form.Kind.LINK and order_form.is_telegram(service):
        preview = await channel_preview(panel, value)
        if preview is not None:
            caption = texts(
                "preview-caption",
                link=value,
                subscribers="?" if preview.subscribers is None else str(preview.subscribers),
            )
            if preview.picture:
                await message.answer_photo(preview.picture, caption=caption)
            else:
                await message.answer(caption)
    await _advance(message, state, service, step + 1, user, pricing, ledger, texts)


async def _advance(
    message: Message,
    state: FSMContext,
    service: Service,
    step: int,
    user: User,
    pricing: Pricing,
    ledger: LedgerRepository,
    texts: Texts,
) -> None:
    fields = order_form.fields_for(service)
    answers: dict[str, Any] = (await state.get_data())["answers"]
    if step >= len(fields) and not order_form.is_complete(service, answers):
        # The service changed under the form (a sync): ask what its new form lacks.
        step = next(i for i, field in enumerate(fields) if field.name not in answers)
    if step < len(fields):
        await state.set_state(OrderForm.answering)
        await state.update_data(step=step)
        await _ask(message, service, step, texts)
    else:
        await _summary(message, state, service, user, pricing, ledger, texts)


@router.message(OrderForm.answering)
async def answer_not_text(message: Message, texts: Texts) -> None:
    await message.answer(texts("form-send-text"))


@router.callback_query(FormAction.filter(F.action == "cancel"))
async def cancel_form(query: CallbackQuery, state: FSMContext, texts: Texts) -> None:
    await state.clear()
    await answer_quietly(query)
    await show(query, texts("cancel-done"), main_menu(texts))


@router.callback_query(
    FormAction.filter(F.action.in_({"skip", "back"})),
    StateFilter(OrderForm.answering, OrderForm.confirming),
)
async def skip_or_back(
    query: CallbackQuery,
    callback_data: FormAction,
    state: FSMContext,
    user: User,
    catalog: CatalogRepository,
    pricing: Pricing,
    ledger: LedgerRepository,
    texts: Texts,
) -> None:
    form = await _pressed_form(query, state, catalog, texts)
    if form is None:
        return
    service, message, data = form
    fields = order_form.fields_for(service)
    step = min(int(data["step"]), len(fields))
    answers: dict[str, Any] = data["answers"]
    await answer_quietly(query)
    if callback_data.action == "skip":
        if step >= len(fields) or not fields[step].optional:
            return  # a Skip pressed on an old prompt
        answers[fields[step].name] = None
        await state.update_data(answers=answers)
        await _advance(message, state, service, step + 1, user, pricing, ledger, texts)
        return
    if step == 0:  # back from the first question: the service card
        await state.clear()
        text = service_card(service, pricing.price_per_1000(service), pricing.currency, texts)
        await show(query, text, service_card_keyboard(service, texts))
        return
    answers.pop(fields[step - 1].name, None)
    await state.update_data(answers=answers)
    await _advance(message, state, service, step - 1, user, pricing, ledger, texts)


@router.callback_query(FormAction.filter(F.action == "confirm"), OrderForm.confirming)
async def confirm(
    query: CallbackQuery,
    state: FSMContext,
    user: User,
    catalog: CatalogRepository,
    pricing: Pricing,
    ledger: LedgerRepository,
    ordering: OrderingService,
    notices: AdminNotices,
    texts: Texts,
) -> None:
    form = await _pressed_form(query, state, catalog, texts)
    if form is None:
        return
    service, message, data = form
    if "request_key" not in data or not order_form.is_complete(service, data["answers"]):
        await state.clear()
        await answer_quietly(query, texts("order-form-stale"))
        return
    quote = order_form.quote(service, data["answers"], pricing.price_per_1000(service))
    if quote.charge != data.get("charge"):
        # The price moved since the summary was shown: show the new one, charge nothing.
        await answer_quietly(query)
        await _summary(message, state, service, user, pricing, ledger, texts)
        return
    await answer_quietly(query)
    await message.edit_reply_markup(reply_markup=None)
    result = await ordering.place(
        user_id=user.id, service=service, quote=quote, request_key=data["request_key"]
    )
    money = pricing.currency
    if result.outcome is Outcome.INSUFFICIENT:
        balance = format_amount(await ledger.balance(user.id), money)
        await message.answer(
            texts("order-insufficient", balance=balance, charge=format_amount(quote.charge, money)),
            reply_markup=summary_keyboard(texts, can_pay=False),
        )
        return
    await state.clear()
    order = result.order
    assert order is not None
    charge = format_amount(order.charge, money)
    menu = main_menu(texts)
    if result.outcome is Outcome.DUPLICATE:
        await message.answer(texts("order-duplicate", id=str(order.id)), reply_markup=menu)
    elif result.outcome is Outcome.PLACED:
        await message.answer(texts("order-placed", id=str(order.id)), reply_markup=menu)
        await notices.new_order(order, user)
    elif result.outcome is Outcome.UNKNOWN:
        await message.answer(
            texts("order-unknown", id=str(order.id), charge=charge), reply_markup=menu
        )
        await notices.order_unknown(order, user)
    else:
        reason = texts(describe_rejection(result.error))
        await message.answer(
            texts("order-failed", id=str(order.id), reason=reason, charge=charge), reply_markup=menu
        )
        await notices.order_failed(order, user, result.error)


@router.callback_query(FormAction.filter())
async def stale_form_button(query: CallbackQuery, texts: Texts) -> None:
    """Confirm pressed again after the order went through, or any button of an old form."""
    await answer_quietly(query, texts("order-form-stale"))
