"""Placing an order: debit and order row together, then the panel, then settle the outcome.

The wallet debit and the order row are written in one transaction before the panel is called,
so a crash at any point leaves either nothing, or a debited order that a restart finds and
reports. An order whose fate the panel left unclear is never sent again by itself: an admin
settles it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from bot.clock import Clock, to_db
from bot.db.catalog import Service
from bot.db.connection import Database
from bot.db.ledger import EntryKind, InsufficientBalance, LedgerRepository
from bot.db.orders import Order, OrderRepository, Placement
from bot.panel import (
    AddOrder,
    AnswerNumberRequired,
    BadLink,
    IncorrectService,
    NotEnoughFunds,
    PanelClient,
    PanelError,
    PanelOutcomeUnknown,
    PanelRejected,
    PanelUnavailable,
    QuantityAboveMaximum,
    QuantityBelowMinimum,
)
from bot.services.order_form import Quote

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    PLACED = "placed"
    FAILED = "failed"  # the panel refused or was unreachable; refunded
    UNKNOWN = "unknown"  # no readable answer; an admin settles it
    DUPLICATE = "duplicate"  # this confirmation already made an order
    INSUFFICIENT = "insufficient"  # the wallet cannot pay; nothing written


@dataclass(frozen=True)
class PlacementResult:
    outcome: Outcome
    order: Order | None = None
    error: PanelError | None = None


class OrderingService:
    def __init__(
        self,
        db: Database,
        orders: OrderRepository,
        ledger: LedgerRepository,
        panel: PanelClient,
        clock: Clock,
    ) -> None:
        self._db = db
        self._orders = orders
        self._ledger = ledger
        self._panel = panel
        self._clock = clock

    def _now(self) -> str:
        return to_db(self._clock.now())

    async def place(
        self, *, user_id: int, service: Service, quote: Quote, request_key: str
    ) -> PlacementResult:
        """Debit, record, send to the panel once, and settle what the panel said.

        `request_key` identifies one confirmation: a second call with it places nothing.
        """
        now = self._now()
        try:
            async with self._db.transaction():
                order_id = await self._orders.create(
                    user_id=user_id,
                    service_id=service.id,
                    request_key=request_key,
                    fields=quote.fields,
                    link=quote.link,
                    quantity=quote.quantity,
                    charge=quote.charge,
                    now=now,
                )
                if order_id is not None:
                    await self._ledger.post(
                        user_id,
                        -quote.charge,
                        EntryKind.ORDER,
                        f"order:{order_id}:debit",
                        now,
                        order_id=order_id,
                    )
        except InsufficientBalance:
            return PlacementResult(Outcome.INSUFFICIENT)
        if order_id is None:
            return PlacementResult(
                Outcome.DUPLICATE, await self._orders.by_request_key(request_key)
            )

        request = AddOrder(service_id=service.panel_service_id, **quote.fields)
        try:
            panel_order_id = await self._panel.add(request)
        except PanelOutcomeUnknown as exc:
            log.warning("order %d: panel outcome unknown (%s)", order_id, exc)
            await self._orders.move_placement(
                order_id, (Placement.SENDING,), Placement.UNKNOWN, self._now(), error=str(exc)
            )
            return PlacementResult(Outcome.UNKNOWN, await self._orders.get(order_id), exc)
        except PanelError as exc:
            # Rejected, or never reached the panel: definitely not placed.
            log.info("order %d: panel refused (%r)", order_id, exc)
            await self.refund_unplaced(order_id, reason=str(exc), cause="failed")
            return PlacementResult(Outcome.FAILED, await self._orders.get(order_id), exc)
        except Exception:
            # A bug of ours after the request may have left: the money stays put, an admin
            # looks at it, and nothing is sent twice.
            log.exception("order %d: unexpected failure while adding", order_id)
            await self._orders.move_placement(
                order_id, (Placement.SENDING,), Placement.UNKNOWN, self._now(), error="internal"
            )
            return PlacementResult(Outcome.UNKNOWN, await self._orders.get(order_id))
        await self._orders.move_placement(
            order_id,
            (Placement.SENDING,),
            Placement.PLACED,
            self._now(),
            panel_order_id=panel_order_id,
            status="pending",
        )
        return PlacementResult(Outcome.PLACED, await self._orders.get(order_id))

    async def refund_unplaced(self, order_id: int, *, reason: str, cause: str) -> bool:
        """Mark a not-placed order failed and give its whole charge back, once."""
        now = self._now()
        async with self._db.transaction():
            moved = await self._orders.move_placement(
                order_id,
                (Placement.SENDING, Placement.UNKNOWN),
                Placement.FAILED,
                now,
                error=reason,
            )
            if not moved:
                return False
            order = await self._orders.get(order_id)
            assert order is not None
            await self._ledger.post(
                order.user_id,
                order.charge,
                EntryKind.REFUND,
                f"order:{order_id}:refund:{cause}",
                now,
                order_id=order_id,
            )
            await self._orders.add_refunded(order_id, order.charge)
        return True

    async def settle_placed(self, order_id: int, panel_order_id: str) -> Order | None:
        """An admin found the order on the panel: it is placed with that id. None when the
        order was not waiting to be settled (settled already, or never unknown)."""
        moved = await self._orders.move_placement(
            order_id,
            (Placement.UNKNOWN,),
            Placement.PLACED,
            self._now(),
            panel_order_id=panel_order_id,
            status="pending",
            error=None,
        )
        return await self._orders.get(order_id) if moved else None

    async def settle_refund(self, order_id: int) -> Order | None:
        """An admin found the order missing on the panel: refund it in full."""
        refunded = await self.refund_unplaced(order_id, reason="settled: refunded", cause="settled")
        return await self._orders.get(order_id) if refunded else None

    async def recover(self) -> list[Order]:
        """At start: orders caught mid-send by a crash become unknown; all unknown orders are
        returned to be reported again."""
        for order in await self._orders.in_placement(Placement.SENDING):
            await self._orders.move_placement(
                order.id,
                (Placement.SENDING,),
                Placement.UNKNOWN,
                self._now(),
                error="interrupted while sending",
            )
        return await self._orders.in_placement(Placement.UNKNOWN)


def describe_rejection(error: PanelError | None) -> str:
    """The locale key that tells a customer why the panel refused, in plain words."""
    table: tuple[tuple[type[PanelError], str], ...] = (
        (BadLink, "order-failed-link"),
        (QuantityBelowMinimum, "order-failed-quantity"),
        (QuantityAboveMaximum, "order-failed-quantity"),
        (AnswerNumberRequired, "order-failed-answer"),
        (IncorrectService, "order-failed-service"),
        (NotEnoughFunds, "order-failed-store"),
        (PanelUnavailable, "order-failed-unreachable"),
    )
    for kind, key in table:
        if isinstance(error, kind):
            return key
    if isinstance(error, PanelRejected) and error.store_fault:
        return "order-failed-store"
    return "order-failed-other"
