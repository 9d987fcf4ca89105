"""The poller's rules without the emulators: refunds, refill periods, the loop, the schema."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import pytest

from bot.clock import FrozenClock, to_db
from bot.db.catalog import Service
from bot.db.connection import Database
from bot.db.migrations import MIGRATIONS
from bot.db.orders import Order, Placement, PolledOrder
from bot.db.refills import RefillRepository
from bot.services.aftercare import cancel_allowed, refill_allowed, refund_due
from bot.services.poller import Poller, RoundReport

NOW = FrozenClock().now()


def _refund(status: str, **kw: Any) -> int:
    values: dict[str, Any] = {"charge": 2_000_000, "refunded": 0, "ordered_units": 1000}
    return refund_due(status=status, **{**values, "remains": None, **kw})


def test_partial_refunds_the_remains_share_rounded_down() -> None:
    assert _refund("partial", remains=333) == 666_000
    assert _refund("partial", charge=1_000_001, ordered_units=3, remains=1) == 333_333
    assert _refund("partial", charge=1, ordered_units=3, remains=2) == 0  # 2/3 of a micro-unit
    assert _refund("partial", remains=5000) == 2_000_000  # remains past the quantity: capped
    assert _refund("partial", remains=500, refunded=1_500_000) == 500_000  # never past charge


def test_partial_of_an_order_without_quantity_or_remains_refunds_nothing() -> None:
    assert _refund("partial", ordered_units=None, remains=3) == 0  # a package
    assert _refund("partial", remains=None) == 0
    assert _refund("partial", remains=0) == 0


def test_canceled_refunds_the_rest_and_other_statuses_nothing() -> None:
    assert _refund("canceled") == 2_000_000
    assert _refund("canceled", refunded=666_000) == 1_334_000
    assert _refund("canceled", refunded=2_000_000) == 0
    for status in ("pending", "in_progress", "completed"):
        assert _refund(status, remains=100) == 0


@pytest.mark.parametrize(
    ("quantity", "fields", "units"),
    [
        (1000, "{}", 1000),
        (100, '{"runs": 5}', 500),
        (100, '{"runs": "3"}', 300),
        (None, "{}", None),
    ],
)
def test_ordered_units_count_drip_feed_runs(quantity: int | None, fields: str, units: int) -> None:
    order = PolledOrder(1, 1, "9", "pending", None, None, None, 1, 0, quantity, fields)
    assert order.ordered_units == units


def _service(**kw: Any) -> Service:
    values: dict[str, Any] = dict(
        id=1, panel_service_id="1", category_id=1, category="C", name="S", type="Default",
        rate=Decimal(1), min_quantity=1, max_quantity=10, can_refill=True, can_cancel=True,
        dripfeed=False, description=None, refill_days=30, markup_percent=None, is_listed=True,
        is_enabled=True,
    )  # fmt: skip
    return Service(**{**values, **kw})


def _order(**kw: Any) -> Order:
    values: dict[str, Any] = dict(
        id=1, user_id=1, service_id=1, service_name="S", request_key="k", fields={}, link=None,
        quantity=10, charge=1, placement=Placement.PLACED, status="completed",
        panel_order_id="9", start_count=None, remains=None, panel_charge=None, refunded=0,
        error=None, created_at=to_db(NOW), updated_at=to_db(NOW),
        completed_at=to_db(NOW - timedelta(days=10)),
    )  # fmt: skip
    return Order(**{**values, **kw})


def test_refill_is_offered_within_the_period_after_completion() -> None:
    order, service = _order(), _service()
    assert refill_allowed(order, service, NOW)
    assert refill_allowed(order, service, NOW + timedelta(days=19, hours=23))
    assert not refill_allowed(order, service, NOW + timedelta(days=20))
    assert refill_allowed(order, replace(service, refill_days=None), NOW + timedelta(days=999))
    # Completed before completed_at was kept: the last update stands in.
    assert not refill_allowed(replace(order, completed_at=None), service, NOW + timedelta(31))


def test_refill_needs_a_refill_service_and_a_completed_placed_order() -> None:
    assert not refill_allowed(_order(), None, NOW)
    assert not refill_allowed(_order(), _service(can_refill=False), NOW)
    for status in ("in_progress", "partial", "canceled"):
        assert not refill_allowed(_order(status=status), _service(), NOW)
    assert not refill_allowed(_order(placement=Placement.UNKNOWN), _service(), NOW)


def test_cancel_is_offered_until_the_order_is_finished() -> None:
    assert cancel_allowed(_order(status="in_progress"), _service())
    assert not cancel_allowed(_order(status="in_progress"), _service(can_cancel=False))
    assert not cancel_allowed(_order(status="in_progress", placement=Placement.UNKNOWN), _service())
    for status in ("completed", "partial", "canceled"):
        assert not cancel_allowed(_order(status=status), _service())


class _FlakyPoller(Poller):
    rounds = 0

    async def run_round(self) -> RoundReport:
        self.rounds += 1
        if self.rounds == 1:
            raise RuntimeError("the database went away")
        return RoundReport()


async def test_the_loop_survives_a_failing_round_and_pauses_with_jitter() -> None:
    pauses: list[float] = []

    async def sleep(seconds: float) -> None:
        pauses.append(seconds)
        if len(pauses) == 3:
            raise asyncio.CancelledError

    nothing = cast(Any, None)
    poller = _FlakyPoller(
        db=nothing, orders=nothing, refills=nothing, ledger=nothing, panel=nothing,
        pushes=nothing, clock=FrozenClock(), interval=60, jitter=0.1, sleep=sleep,
    )  # fmt: skip
    with pytest.raises(asyncio.CancelledError):
        await poller.run_forever()
    assert poller.rounds == 2  # the first failed, the loop went on
    assert all(54 <= pause <= 66 for pause in pauses)


async def test_one_open_refill_per_order_is_kept_by_the_database(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "r.db")
    try:
        await db.execute("PRAGMA foreign_keys=OFF")  # a bare refills table is enough here
        refills = RefillRepository(db)
        first = await refills.reserve(7, "2026-01-01 00:00:00")
        assert first is not None
        assert await refills.reserve(7, "2026-01-01 00:00:01") is None
        with pytest.raises(sqlite3.IntegrityError):
            await db.execute(
                "INSERT INTO refills (order_id, status, notified_status, created_at, updated_at)"
                " VALUES (7, 'pending', 'pending', '', '')"
            )
        await refills.accepted(first, "55", "2026-01-01 00:00:02")
        await refills.record_statuses([(first, "completed")], "2026-01-01 00:00:03")
        assert await refills.reserve(7, "2026-01-01 00:00:04") is not None  # closed: a new one
    finally:
        await db.close()


async def test_stuck_refill_requests_are_closed(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "r.db")
    try:
        await db.execute("PRAGMA foreign_keys=OFF")
        refills = RefillRepository(db)
        old = await refills.reserve(1, "2026-01-01 00:00:00")
        new = await refills.reserve(2, "2026-01-01 00:20:00")
        assert await refills.expire_requesting("2026-01-01 00:10:00", "2026-01-01 00:20:00") == 1
        assert old is not None and new is not None
        assert [(await refills.get(i)).status for i in (old, new)] == ["unknown", "requesting"]  # type: ignore[union-attr]
    finally:
        await db.close()


async def test_migration_3_does_not_push_a_backlog_of_old_statuses(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for number in (1, 2):
        conn.executescript(MIGRATIONS[number] + f"\nPRAGMA user_version = {number};")
    conn.executescript(
        """INSERT INTO users (id, created_at, seen_at) VALUES (1, '', '');
           INSERT INTO categories (id, name) VALUES (1, 'C');
           INSERT INTO services (id, panel_service_id, category_id, name, type, rate,
               min_quantity, max_quantity, synced_at) VALUES (1, '1', 1, 'S', 'Default', '1',
               1, 10, '');
           INSERT INTO orders (user_id, service_id, request_key, fields, charge, placement,
               status, panel_order_id, created_at, updated_at)
           VALUES (1, 1, 'a', '{}', 1, 'placed', 'in_progress', '5', '', ''),
                  (1, 1, 'b', '{}', 1, 'unknown', NULL, NULL, '', '');"""
    )
    conn.close()
    db = await Database.open(path)
    try:
        rows = await db.fetchall("SELECT status, notified_status FROM orders ORDER BY id")
        assert [tuple(r) for r in rows] == [("in_progress", "in_progress"), (None, None)]
    finally:
        await db.close()
