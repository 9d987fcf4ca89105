"""Placement against the panel emulator: the money side of every outcome."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path

import pytest

from bot.clock import FrozenClock
from bot.db.catalog import CatalogRepository, Service
from bot.db.connection import Database
from bot.db.ledger import EntryKind, LedgerRepository
from bot.db.orders import OrderRepository, Placement
from bot.db.users import UserRepository
from bot.panel import PanelClient
from bot.services.catalog import CatalogService
from bot.services.order_form import quote
from bot.services.ordering import OrderingService, Outcome
from emulators.panel import PanelEmulator


class World:
    def __init__(self, db: Database, panel: PanelClient, emulator: PanelEmulator) -> None:
        clock = FrozenClock()
        self.db, self.emulator = db, emulator
        self.orders = OrderRepository(db)
        self.ledger = LedgerRepository(db)
        self.users = UserRepository(db, clock)
        self.catalog = CatalogRepository(db)
        self.sync = CatalogService(self.catalog, panel, clock)
        self.ordering = OrderingService(db, self.orders, self.ledger, panel, clock)

    async def service(self) -> Service:
        await self.sync.sync()
        found = await self.catalog.get(1)
        assert found is not None
        return found


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    db = await Database.open(tmp_path / "w.db")
    async with (
        PanelEmulator("v2", hang_seconds=2) as emulator,
        PanelClient(emulator.url, emulator.key, timeout=0.5, backoff=0.01) as panel,
    ):
        world = World(db, panel, emulator)
        await world.users.touch(1, "Ann", None, "en")
        await world.ledger.post(1, 5_000_000, EntryKind.TOPUP, "seed", "2026-01-01 00:00:00")
        yield world
    await db.close()


async def _place(world: World, key: str = "k1") -> Outcome:
    service = await world.service()
    q = quote(service, {"link": "https://x.com/p", "quantity": 500}, Decimal("0.90"))
    result = await world.ordering.place(user_id=1, service=service, quote=q, request_key=key)
    return result.outcome


async def test_placed_order_debits_once(world: World) -> None:
    assert await _place(world) is Outcome.PLACED
    assert await _place(world) is Outcome.DUPLICATE  # the same confirmation again
    assert await world.ledger.balance(1) == 5_000_000 - 450_000
    assert len(world.emulator.requests_of("add")) == 1
    assert await world.ledger.audit() == []


async def test_insufficient_balance_writes_nothing(world: World) -> None:
    await world.ledger.post(1, -4_900_000, EntryKind.ADJUSTMENT, "drain", "2026-01-01 00:00:00")
    assert await _place(world) is Outcome.INSUFFICIENT
    assert await world.db.fetchval("SELECT count(*) FROM orders") == 0
    assert world.emulator.requests_of("add") == []


async def test_refusal_refunds_once_and_unknown_holds(world: World) -> None:
    world.emulator.fail_next("add", "Incorrect service ID")
    assert await _place(world, "a") is Outcome.FAILED
    assert await world.ledger.balance(1) == 5_000_000
    world.emulator.fail_next("add", "drop")
    assert await _place(world, "b") is Outcome.UNKNOWN
    assert await world.ledger.balance(1) == 5_000_000 - 450_000
    # Settling twice, or refunding a failed order again, changes nothing.
    assert await world.ordering.settle_refund(2) is not None
    assert await world.ordering.settle_refund(2) is None
    assert await world.ordering.settle_placed(2, "77") is None
    assert not await world.ordering.refund_unplaced(1, reason="again", cause="failed")
    assert await world.ledger.balance(1) == 5_000_000
    assert await world.ledger.audit() == []


async def test_crash_after_debit_is_recovered_as_unknown(world: World) -> None:
    service = await world.service()
    # What a kill -9 between the debit and the panel's answer leaves behind.
    async with world.db.transaction():
        order_id = await world.orders.create(
            user_id=1,
            service_id=service.id,
            request_key="crash",
            fields={},
            link=None,
            quantity=10,
            charge=100,
            now="2026-01-01 00:00:00",
        )
        assert order_id is not None
        await world.ledger.post(1, -100, EntryKind.ORDER, f"order:{order_id}:debit", "2026",
                                order_id=order_id)  # fmt: skip
    unsettled = await world.ordering.recover()
    assert [(o.id, o.placement) for o in unsettled] == [(order_id, Placement.UNKNOWN)]
    assert world.emulator.requests_of("add") == []  # never re-sent by itself
    assert await world.ledger.audit() == []
