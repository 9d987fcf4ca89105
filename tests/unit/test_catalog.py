from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bot.db.catalog import CatalogRepository, SyncedService
from bot.db.connection import Database
from bot.services.catalog import Pricing


def synced(pid: str, category: str = "Insta", rate: str = "1.00", **kw: object) -> SyncedService:
    values: dict[str, object] = {
        "panel_service_id": pid,
        "category": category,
        "name": f"S{pid}",
        "type": "Default",
        "rate": Decimal(rate),
        "min_quantity": 10,
        "max_quantity": 100,
        "can_refill": False,
        "can_cancel": False,
        "dripfeed": False,
        "description": None,
        "refill_days": None,
    }
    values.update(kw)
    return SyncedService(**values)  # type: ignore[arg-type]


async def test_sync_adds_updates_hides_and_keeps_ids(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "c.db")
    repo = CatalogRepository(db)
    first = await repo.replace_catalogue([synced("a"), synced("b"), synced("c")], "t1")
    assert (first.added, first.updated, first.hidden) == (3, 0, 0)
    ids = {s.panel_service_id: s.id for s in await repo.services_in(1, 0, 10)}
    second = await repo.replace_catalogue([synced("a", rate="2"), synced("c"), synced("d")], "t2")
    assert (second.added, second.updated, second.hidden) == (1, 1, 1)
    hidden = await repo.get(ids["b"])
    assert hidden is not None and not hidden.is_orderable  # kept for its orders, not offered
    back = await repo.replace_catalogue([synced("a", rate="2"), synced("b"), synced("c")], "t3")
    assert back.updated == 1 and (await repo.get(ids["b"])).is_listed  # type: ignore[union-attr]
    assert (await repo.get(ids["a"])).rate == Decimal("2")  # type: ignore[union-attr]
    await db.close()


async def test_markup_precedence_service_then_category_then_default(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "c.db")
    repo = CatalogRepository(db)
    await repo.replace_catalogue([synced("a"), synced("b")], "t")
    pricing = Pricing(currency_rate=Decimal(10), default_markup=Decimal(50), currency="X")
    a = await repo.get(1)
    assert a is not None and pricing.price_per_1000(a) == Decimal(15)
    await repo.set_category_markup(a.category_id, Decimal(20))
    await repo.set_service_markup(2, Decimal(0))
    a, b = await repo.get(1), await repo.get(2)
    assert a is not None and b is not None
    assert pricing.price_per_1000(a) == Decimal(12)
    assert pricing.price_per_1000(b) == Decimal(10)  # a service's 0% is a choice, not "unset"
    await db.close()


async def test_unknown_service_types_are_logged_at_sync(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from bot.clock import FrozenClock
    from bot.panel import PanelClient
    from bot.services.catalog import CatalogService
    from emulators.panel import PanelEmulator

    db = await Database.open(tmp_path / "c.db")
    async with PanelEmulator("v2") as emulator, PanelClient(emulator.url, emulator.key) as panel:
        emulator.add_service("Odd one", type="Story Reactions")
        await CatalogService(CatalogRepository(db), panel, FrozenClock()).sync()
    await db.close()
    assert "'Story Reactions' is not known" in caplog.text
    assert "'Custom Comments' is not known" not in caplog.text
