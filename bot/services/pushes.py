"""Status pushes: every change the poller stored is told to its customer once, in their
language, with the order's card and its buttons.

What was told is recorded per order (`notified_status`) and per refill, after the attempt, so
a restart never repeats a push and a round that died half-way finishes the rest next time.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from aiogram.types import InlineKeyboardMarkup

from bot.db.catalog import CatalogRepository, Service
from bot.db.orders import Order, OrderRepository
from bot.db.refills import Refill, RefillRepository
from bot.db.users import User
from bot.i18n import Texts, Translator
from bot.money import format_amount
from bot.panel import OrderStatus
from bot.sender import Delivery
from bot.services.aftercare import AftercareService
from bot.views import order_card, status_key
from keyboards.orders import order_card_keyboard

log = logging.getLogger(__name__)


class PushSender(Protocol):
    """What pushes need of `bot.sender.Sender` (a stub in the benchmark)."""

    async def push(
        self, recipient: User, text: str, *, reply_markup: InlineKeyboardMarkup | None = None
    ) -> Delivery: ...


@dataclass
class PushTally:
    sent: int = 0
    blocked: int = 0  # not sent: the customer blocked the bot (before or during this round)
    failed: int = 0


@dataclass(frozen=True)
class _Push:
    key: int  # order or refill id
    status: str  # what the customer is being told
    recipient: User
    text: str
    markup: InlineKeyboardMarkup


class StatusPushes:
    """Finds untold status changes page by page and sends them, a few at a time."""

    def __init__(
        self,
        *,
        orders: OrderRepository,
        refills: RefillRepository,
        catalog: CatalogRepository,
        aftercare: AftercareService,
        sender: PushSender,
        translator: Translator,
        currency: str,
        concurrency: int = 8,
        page_size: int = 100,
    ) -> None:
        self._orders = orders
        self._refills = refills
        self._catalog = catalog
        self._aftercare = aftercare
        self._sender = sender
        self._translator = translator
        self._currency = currency
        self._concurrency = concurrency
        self._page_size = page_size

    async def deliver(self) -> PushTally:
        """Send every untold order status and refill status; returns what happened."""
        tally = PushTally()
        round_ = _Round(tally, set(), {})
        after = 0
        while page := await self._orders.unnotified_page(after, self._page_size):
            after = page[-1][0].id
            pushes = [await self._order_push(o, u, round_) for o, u in page]
            await self._orders.mark_notified(await self._send(pushes, round_))
        after = 0
        while refill_page := await self._refills.unnotified_page(after, self._page_size):
            after = refill_page[-1][0].id
            pushes = [await self._refill_push(r, o, u, round_) for r, o, u in refill_page]
            await self._refills.mark_notified(await self._send(pushes, round_))
        return tally

    def _texts(self, user: User) -> Texts:
        return self._translator.texts(self._translator.pick(user.locale, user.language_code))

    async def _card(
        self, order: Order, texts: Texts, round_: _Round
    ) -> tuple[str, InlineKeyboardMarkup]:
        if order.service_id not in round_.services:
            round_.services[order.service_id] = await self._catalog.get(order.service_id)
        actions = self._aftercare.actions_with(order, round_.services[order.service_id])
        markup = order_card_keyboard(
            order, texts, can_refill=actions.can_refill, can_cancel=actions.can_cancel
        )
        return order_card(order, self._currency, texts), markup

    async def _order_push(self, order: Order, user: User, round_: _Round) -> _Push:
        assert order.status is not None  # unnotified orders are placed, so they have one
        texts = self._texts(user)
        card, markup = await self._card(order, texts, round_)
        parts = [texts("push-order-status", id=str(order.id), status=texts(status_key(order)))]
        parts.append(card)
        if order.refunded and order.status in (OrderStatus.PARTIAL, OrderStatus.CANCELED):
            amount = format_amount(order.refunded, self._currency)
            parts.append(texts("push-refunded", amount=amount))
        return _Push(order.id, order.status, user, "\n\n".join(parts), markup)

    async def _refill_push(self, refill: Refill, order: Order, user: User, round_: _Round) -> _Push:
        texts = self._texts(user)
        card, markup = await self._card(order, texts, round_)
        status = texts(f"refill-status-{refill.status}")
        head = texts("push-refill-status", id=str(order.id), status=status)
        return _Push(refill.id, refill.status, user, f"{head}\n\n{card}", markup)

    async def _send(self, pushes: Sequence[_Push], round_: _Round) -> list[tuple[int, str]]:
        """Send a page of pushes, a few at a time; returns (id, status) of each one attempted.

        A failed push is recorded as told all the same: retrying it every round could repeat
        forever, and the card's Refresh shows the state anyway.
        """
        slots = asyncio.Semaphore(self._concurrency)

        async def one(push: _Push) -> tuple[int, str]:
            async with slots:
                delivery = (
                    Delivery.BLOCKED
                    if push.recipient.id in round_.blocked
                    else await self._sender.push(
                        push.recipient, push.text, reply_markup=push.markup
                    )
                )
            if delivery is Delivery.SENT:
                round_.tally.sent += 1
            elif delivery is Delivery.BLOCKED:
                round_.blocked.add(push.recipient.id)
                round_.tally.blocked += 1
            else:
                round_.tally.failed += 1
            return push.key, push.status

        return list(await asyncio.gather(*(one(p) for p in pushes)))


@dataclass
class _Round:
    """What one delivery pass remembers: its counts, who turned out blocked, services read."""

    tally: PushTally
    blocked: set[int]
    services: dict[int, Service | None]
