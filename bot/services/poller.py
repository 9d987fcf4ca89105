"""The background poller: one task beside the dispatcher that keeps orders in step with the
panel and tells customers what changed.

Each round:
1. active orders are read page by page (keyset pages of at most 100 over a partial index, so
   100,000 orders never sit in one list) and each page is asked with one multi-status call,
   a few pages at a time; what changed is stored, and Partial/Canceled are refunded in the
   same transaction, under a ledger cause that can apply once;
2. open refills are asked with `refill_statuses` the same way;
3. product orders would be asked here (a seam: the shop has no product orders yet);
4. every stored change the customer has not been told is pushed (`StatusPushes`).
A panel failure skips that page for this round; the next round asks again. The loop never
dies: a failed round is logged and the next one starts on time.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

from bot.clock import Clock, to_db
from bot.db.connection import Database
from bot.db.ledger import EntryKind, LedgerRepository
from bot.db.orders import OrderRepository, PolledOrder, Progress
from bot.db.refills import Refill, RefillRepository
from bot.panel import ItemError, OrderState, OrderStatus, PanelClient, PanelError, RefillState
from bot.services.aftercare import refund_due
from bot.services.pushes import StatusPushes

log = logging.getLogger(__name__)

T = TypeVar("T")

MAX_BATCH = 100  # ids per multi call: the panels' documented limit
# A refill reservation older than this was left by a crash mid-request (the panel call has a
# timeout of seconds): it is closed so the customer can ask again.
STUCK_REFILL_AFTER = timedelta(minutes=10)


@dataclass
class RoundReport:
    """What one round did. `status_calls`/`refill_calls` count panel requests as asked for
    (one per batch, or one per id on a panel without multi-status); transport retries are
    not counted."""

    status_calls: int = 0
    refill_calls: int = 0
    orders_checked: int = 0
    orders_updated: int = 0
    refills_updated: int = 0
    refunds: int = 0
    refunded: int = 0  # micro-units given back this round
    item_errors: int = 0  # ids the panel answered with an error; skipped
    failures: int = 0  # batches or stages that failed; retried next round
    pushes: int = 0
    blocked: int = 0  # pushes not sent: the customer blocked the bot
    push_failures: int = 0

    @property
    def calls(self) -> int:
        return self.status_calls + self.refill_calls


class Poller:
    """Keeps orders and refills in step with the panel; see the module's docstring."""

    def __init__(
        self,
        *,
        db: Database,
        orders: OrderRepository,
        refills: RefillRepository,
        ledger: LedgerRepository,
        panel: PanelClient,
        pushes: StatusPushes,
        clock: Clock,
        interval: float,
        jitter: float = 0.1,
        concurrency: int = 4,
        batch_size: int = MAX_BATCH,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        """`jitter` is a fraction of `interval` by which each pause varies, so several shops
        on one panel do not poll in step; `concurrency` bounds the status calls in flight;
        `sleep` is replaceable so tests drive the loop without waiting."""
        self._db = db
        self._orders = orders
        self._refills = refills
        self._ledger = ledger
        self._panel = panel
        self._pushes = pushes
        self._clock = clock
        self._interval = interval
        self._jitter = jitter
        self._concurrency = max(1, concurrency)
        self._batch_size = min(max(1, batch_size), MAX_BATCH)
        self._sleep = sleep
        # A round started by hand (tests, an admin) waits for the running one, never overlaps.
        self._round = asyncio.Lock()

    def _now(self) -> str:
        return to_db(self._clock.now())

    def next_pause(self) -> float:
        """Seconds until the next round: the interval, give or take the jitter."""
        spread = self._interval * self._jitter
        return max(0.0, self._interval + random.uniform(-spread, spread))

    async def run_forever(self) -> None:
        """Round after round until cancelled; a failed round is logged, never fatal."""
        while True:
            await self._sleep(self.next_pause())
            try:
                await self.run_round()
            except Exception:
                log.exception("poller round failed; the next round starts on time")

    async def run_round(self) -> RoundReport:
        """One round (see the module's docstring); returns what it did."""
        async with self._round:
            report = RoundReport()
            stages: tuple[Callable[[RoundReport], Awaitable[None]], ...] = (
                self._close_stuck_refills,
                self._sync_orders,
                self._sync_refills,
                self._sync_product_orders,
                self._push,
            )
            for stage in stages:
                try:
                    await stage(report)
                except Exception:
                    # One stage's fault (the database, a bug) must not keep the others from
                    # running: pushes of what was stored still go out.
                    log.exception("poller stage %s failed", stage.__name__)
                    report.failures += 1
            level = logging.INFO if report.orders_updated or report.failures else logging.DEBUG
            log.log(level, "poller round: %s", report)
            return report

    # -- plumbing ----------------------------------------------------------------------------

    async def _pages(
        self, fetch: Callable[[int, int], Awaitable[list[T]]], key: Callable[[T], int]
    ) -> AsyncIterator[list[T]]:
        """Keyset pages of `fetch(after_id, limit)`, read only as fast as they are used."""
        after = 0
        while page := await fetch(after, self._batch_size):
            yield page
            after = key(page[-1])

    async def _each_page(
        self, pages: AsyncIterator[list[T]], handle: Callable[[list[T]], Awaitable[None]]
    ) -> None:
        """`handle` every page, at most `concurrency` at once. The next page is read only
        when a slot is free, so memory stays at concurrency x page size."""
        slots = asyncio.Semaphore(self._concurrency)

        async def run(page: list[T]) -> None:
            try:
                await handle(page)
            finally:
                slots.release()

        # Pages are created outside any transaction: a task copies its creator's context,
        # and a copy taken inside `db.transaction()` would think it holds the lock.
        async with asyncio.TaskGroup() as group:
            async for page in pages:
                await slots.acquire()
                group.create_task(run(page))

    def _calls_for(self, ids: Sequence[str], multi_before: bool) -> int:
        """Requests one multi call made: one batch, singles, or a refused batch and singles."""
        singles = len(set(ids))
        if not multi_before:
            return singles
        return 1 if self._panel.capabilities.multi_status else 1 + singles

    # -- orders ------------------------------------------------------------------------------

    async def _sync_orders(self, report: RoundReport) -> None:
        pages = self._pages(self._orders.active_page, lambda order: order.id)
        await self._each_page(pages, lambda page: self._sync_order_page(page, report))

    async def _sync_order_page(self, page: list[PolledOrder], report: RoundReport) -> None:
        ids = [order.panel_order_id for order in page]
        multi = self._panel.capabilities.multi_status
        try:
            states = await self._panel.statuses(ids)
        except PanelError as exc:
            report.status_calls += self._calls_for(ids, multi)
            report.failures += 1
            log.warning("status of %d orders failed (%s); asked again next round", len(ids), exc)
            return
        except Exception:
            report.failures += 1
            log.exception("status of %d orders failed unexpectedly", len(ids))
            return
        report.status_calls += self._calls_for(ids, multi)
        report.orders_checked += len(page)
        try:
            await self._store_order_states(page, states, report)
        except Exception:
            report.failures += 1
            log.exception("storing the status of %d orders failed; retried next round", len(ids))

    async def _store_order_states(
        self,
        page: list[PolledOrder],
        states: dict[str, OrderState | ItemError],
        report: RoundReport,
    ) -> None:
        changed: list[tuple[PolledOrder, Progress]] = []
        for order in page:
            state = states.get(order.panel_order_id)
            if not isinstance(state, OrderState):
                report.item_errors += 1
                reason = state.message if state is not None else "missing from the answer"
                log.warning("order %d (panel %s): %s", order.id, order.panel_order_id, reason)
                continue
            progress = Progress(
                order_id=order.id,
                status=state.status.value,
                start_count=state.start_count,
                remains=state.remains,
                panel_charge=None if state.charge is None else str(state.charge),
            )
            if progress != order.progress:  # most rounds change nothing: no write at all
                changed.append((order, progress))
        if not changed:
            return
        now = self._now()
        refunds = refunded = 0
        # One transaction per page: progress and refunds land together or not at all.
        async with self._db.transaction():
            await self._orders.record_progress([progress for _, progress in changed], now)
            for order, progress in changed:
                amount = await self._refund(order, progress, now)
                if amount:
                    refunds += 1
                    refunded += amount
        report.orders_updated += len(changed)
        report.refunds += refunds
        report.refunded += refunded

    async def _refund(self, order: PolledOrder, progress: Progress, now: str) -> int:
        """Refund a Partial or Canceled order; the ledger cause makes it once only, whatever
        the panel repeats across rounds and restarts. Returns the amount applied now."""
        if progress.status not in (OrderStatus.PARTIAL, OrderStatus.CANCELED):
            return 0
        amount = refund_due(
            status=progress.status,
            charge=order.charge,
            refunded=order.refunded,
            ordered_units=order.ordered_units,
            remains=progress.remains,
        )
        if amount <= 0:
            return 0
        applied = await self._ledger.post(
            order.user_id,
            amount,
            EntryKind.REFUND,
            f"order:{order.id}:refund:{progress.status}",
            now,
            order_id=order.id,
        )
        if not applied:
            return 0
        await self._orders.add_refunded(order.id, amount)
        log.info("order %d: %s, refunded %d micro-units", order.id, progress.status, amount)
        return amount

    # -- refills -----------------------------------------------------------------------------

    async def _close_stuck_refills(self, report: RoundReport) -> None:
        before = to_db(self._clock.now() - STUCK_REFILL_AFTER)
        closed = await self._refills.expire_requesting(before, self._now())
        if closed:
            log.warning("closed %d refill request(s) left open by a crash", closed)

    async def _sync_refills(self, report: RoundReport) -> None:
        if not self._panel.capabilities.refill:
            return
        pages = self._pages(self._refills.polled_page, lambda refill: refill.id)
        await self._each_page(pages, lambda page: self._sync_refill_page(page, report))

    async def _sync_refill_page(self, page: list[Refill], report: RoundReport) -> None:
        ids = [refill.panel_refill_id for refill in page if refill.panel_refill_id]
        multi = self._panel.capabilities.multi_status
        try:
            states = await self._panel.refill_statuses(ids)
        except Exception as exc:
            report.refill_calls += self._calls_for(ids, multi)
            report.failures += 1
            if not isinstance(exc, PanelError):
                log.exception("refill status failed unexpectedly")
            log.warning("refill status of %d failed (%s); asked again next round", len(ids), exc)
            return
        report.refill_calls += self._calls_for(ids, multi)
        changed: list[tuple[int, str]] = []
        for refill in page:
            state = states.get(refill.panel_refill_id or "")
            if not isinstance(state, RefillState):
                report.item_errors += 1
                log.warning("refill %d: %s", refill.id, state.message if state else "missing")
            elif state.status.value != refill.status:
                changed.append((refill.id, state.status.value))
        if changed:
            await self._refills.record_statuses(changed, self._now())
            report.refills_updated += len(changed)

    # -- products ----------------------------------------------------------------------------

    async def _sync_product_orders(self, report: RoundReport) -> None:
        """The seam for digital products (seed 004). Once the shop stores product orders,
        the open ones are asked here with `panel.product_order_statuses(ids)`, page by page
        through `_each_page` like `_sync_orders`, and a delivered `result` is pushed through
        `StatusPushes`. The shop has no product orders yet, so there is nothing to ask."""

    # -- pushes ------------------------------------------------------------------------------

    async def _push(self, report: RoundReport) -> None:
        tally = await self._pushes.deliver()
        report.pushes += tally.sent
        report.blocked += tally.blocked
        report.push_failures += tally.failed
