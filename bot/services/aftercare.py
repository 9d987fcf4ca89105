"""After the sale: what an order card offers, refill and cancel requests, and what a finished
order gives back.

Handlers call this module, never the panel. The rules are checked again on every press (a card
may be days old, or its buttons forged), the panel is asked once (refill and cancel are never
resent by the client), and what it said is recorded.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from bot.clock import Clock, from_db, to_db
from bot.db.catalog import CatalogRepository, Service
from bot.db.orders import Order, Placement
from bot.db.refills import RefillRepository
from bot.panel import OrderStatus, PanelClient, PanelError, PanelRejected, PanelUnavailable

log = logging.getLogger(__name__)


class RefillOutcome(StrEnum):
    REQUESTED = "requested"
    ALREADY_OPEN = "already_open"  # a refill of this order is still running: nothing sent
    NOT_ALLOWED = "not_allowed"  # no refill for this service, not completed, or period over
    REFUSED = "refused"  # the panel said no
    UNCLEAR = "unclear"  # unreachable, or an answer we could not read


class CancelOutcome(StrEnum):
    REQUESTED = "requested"  # accepted; the refund follows when the poller sees Canceled
    NOT_ALLOWED = "not_allowed"
    REFUSED = "refused"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class OrderActions:
    """Which buttons an order card shows besides Refresh."""

    can_refill: bool
    can_cancel: bool


def refill_allowed(order: Order, service: Service | None, now: datetime) -> bool:
    """Refill is offered when the service allows it, the order is Completed, and the service's
    refill period (where it has one) has not passed since completion."""
    if service is None or not service.can_refill:
        return False
    if order.placement is not Placement.PLACED or order.status != OrderStatus.COMPLETED:
        return False
    if not service.refill_days:
        return True
    # Orders completed before the poller kept completed_at: their last update is the best guess.
    completed = from_db(order.completed_at or order.updated_at)
    return now < completed + timedelta(days=service.refill_days)


def cancel_allowed(order: Order, service: Service | None) -> bool:
    """Cancel is offered when the service allows it and the placed order is not finished."""
    return (
        service is not None
        and service.can_cancel
        and order.placement is Placement.PLACED
        and not order.is_finished
    )


def refund_due(
    *, status: str, charge: int, refunded: int, ordered_units: int | None, remains: int | None
) -> int:
    """What a finished order gives back now, in micro-units, never past what is left of its
    charge (so `LedgerRepository.audit` stays clean).

    Canceled: the rest of the charge. Partial: charge x remains / ordered units, rounded down,
    so the store never refunds more than it charged. A Partial of an order without a quantity
    (packages, subscriptions) gives nothing back: the panel's remains do not say what share of
    a package was delivered, so the owner settles such cases by hand.
    """
    left = max(charge - refunded, 0)
    if status == OrderStatus.CANCELED:
        return left
    if status == OrderStatus.PARTIAL and ordered_units and remains:
        share = charge * min(remains, ordered_units) // ordered_units
        return min(share, left)
    return 0


class AftercareService:
    """Refill and cancel requests of a customer's placed orders."""

    def __init__(
        self,
        refills: RefillRepository,
        catalog: CatalogRepository,
        panel: PanelClient,
        clock: Clock,
    ) -> None:
        self._refills = refills
        self._catalog = catalog
        self._panel = panel
        self._clock = clock

    async def actions(self, order: Order) -> OrderActions:
        """The buttons the order's card offers now."""
        return self.actions_with(order, await self._catalog.get(order.service_id))

    def actions_with(self, order: Order, service: Service | None) -> OrderActions:
        """`actions` for a caller that has the order's service at hand (the poller)."""
        capabilities = self._panel.capabilities
        return OrderActions(
            can_refill=capabilities.refill and refill_allowed(order, service, self._clock.now()),
            can_cancel=capabilities.cancel and cancel_allowed(order, service),
        )

    async def request_refill(self, order: Order) -> RefillOutcome:
        """Ask the panel to refill `order`, once: an open refill answers ALREADY_OPEN."""
        actions = await self.actions(order)
        if not actions.can_refill or order.panel_order_id is None:
            return RefillOutcome.NOT_ALLOWED
        refill_id = await self._refills.reserve(order.id, to_db(self._clock.now()))
        if refill_id is None:
            return RefillOutcome.ALREADY_OPEN
        try:
            panel_refill_id = await self._panel.refill(order.panel_order_id)
        except (PanelRejected, PanelUnavailable) as exc:
            # Definitely not applied: nothing stays open, the customer may ask again.
            log.info("order %d: refill not taken (%r)", order.id, exc)
            await self._refills.drop(refill_id)
            return (
                RefillOutcome.REFUSED if isinstance(exc, PanelRejected) else RefillOutcome.UNCLEAR
            )
        except Exception as exc:
            # Maybe applied: closed as unknown rather than sent again by itself.
            if not isinstance(exc, PanelError):
                log.exception("order %d: unexpected failure while asking a refill", order.id)
            log.warning("order %d: refill outcome unknown (%s)", order.id, exc)
            await self._refills.mark_unknown(refill_id, to_db(self._clock.now()))
            return RefillOutcome.UNCLEAR
        await self._refills.accepted(refill_id, panel_refill_id, to_db(self._clock.now()))
        log.info("order %d: refill %s requested", order.id, panel_refill_id)
        return RefillOutcome.REQUESTED

    async def request_cancel(self, order: Order) -> CancelOutcome:
        """Ask the panel to cancel `order`. The refund is the poller's, when the panel reports
        the order Canceled: an accepted request is not yet a cancellation."""
        actions = await self.actions(order)
        if not actions.can_cancel or order.panel_order_id is None:
            return CancelOutcome.NOT_ALLOWED
        try:
            answers = await self._panel.cancel([order.panel_order_id])
        except PanelRejected as exc:
            log.info("order %d: cancel refused (%r)", order.id, exc)
            return CancelOutcome.REFUSED
        except PanelError as exc:
            log.warning("order %d: cancel outcome unclear (%r)", order.id, exc)
            return CancelOutcome.UNCLEAR
        answer = answers.get(order.panel_order_id)
        if answer is True:
            log.info("order %d: cancel requested", order.id)
            return CancelOutcome.REQUESTED
        log.info("order %d: cancel refused (%r)", order.id, answer)
        return CancelOutcome.REFUSED
