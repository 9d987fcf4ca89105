"""Categories and services as synced from the panel, with the owner's markups and switches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import aiosqlite

from bot.db.connection import Database


@dataclass(frozen=True)
class Category:
    id: int
    name: str
    service_count: int


@dataclass(frozen=True)
class Service:
    id: int
    panel_service_id: str
    category_id: int
    category: str
    name: str
    type: str
    rate: Decimal  # panel currency, per 1000
    min_quantity: int
    max_quantity: int
    can_refill: bool
    can_cancel: bool
    dripfeed: bool
    description: str | None
    refill_days: int | None
    markup_percent: Decimal | None  # the service's own, else the category's; None = default
    is_listed: bool
    is_enabled: bool

    @property
    def is_orderable(self) -> bool:
        return self.is_listed and self.is_enabled

    @classmethod
    def from_row(cls, row: aiosqlite.Row) -> Service:
        own = row["markup_percent"]
        markup = own if own is not None else row["category_markup"]
        return cls(
            id=row["id"],
            panel_service_id=row["panel_service_id"],
            category_id=row["category_id"],
            category=row["category"],
            name=row["name"],
            type=row["type"],
            rate=Decimal(row["rate"]),
            min_quantity=row["min_quantity"],
            max_quantity=row["max_quantity"],
            can_refill=bool(row["can_refill"]),
            can_cancel=bool(row["can_cancel"]),
            dripfeed=bool(row["dripfeed"]),
            description=row["description"],
            refill_days=row["refill_days"],
            markup_percent=None if markup is None else Decimal(markup),
            is_listed=bool(row["is_listed"]),
            is_enabled=bool(row["is_enabled"]),
        )


@dataclass(frozen=True)
class SyncedService:
    """One service of the panel's catalogue, as the sync writes it."""

    panel_service_id: str
    category: str
    name: str
    type: str
    rate: Decimal
    min_quantity: int
    max_quantity: int
    can_refill: bool
    can_cancel: bool
    dripfeed: bool
    description: str | None
    refill_days: int | None


@dataclass(frozen=True)
class SyncReport:
    added: int
    updated: int
    hidden: int
    total: int


_SELECT = """
    SELECT s.*, c.name AS category, c.markup_percent AS category_markup
    FROM services s JOIN categories c ON c.id = s.category_id
"""


class CatalogRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def replace_catalogue(self, services: Sequence[SyncedService], now: str) -> SyncReport:
        """Upsert every service the panel lists and hide the ones it no longer does, in one
        transaction. Store ids stay stable: orders keep pointing at hidden services."""
        added = updated = 0
        async with self._db.transaction():
            existing = {
                row["panel_service_id"]: row
                for row in await self._db.fetchall("SELECT * FROM services")
            }
            categories = {
                row["name"]: row["id"]
                for row in await self._db.fetchall("SELECT id, name FROM categories")
            }
            for item in services:
                category_id = categories.get(item.category)
                if category_id is None:
                    category_id = await self._db.insert(
                        "INSERT INTO categories (name) VALUES (?)", (item.category,)
                    )
                    categories[item.category] = category_id
                values = (
                    category_id,
                    item.name,
                    item.type,
                    str(item.rate),
                    item.min_quantity,
                    item.max_quantity,
                    int(item.can_refill),
                    int(item.can_cancel),
                    int(item.dripfeed),
                    item.description,
                    item.refill_days,
                    now,
                )
                old = existing.get(item.panel_service_id)
                if old is None:
                    added += 1
                    await self._db.execute(
                        """INSERT INTO services (category_id, name, type, rate, min_quantity,
                               max_quantity, can_refill, can_cancel, dripfeed, description,
                               refill_days, synced_at, panel_service_id)
                           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        (*values, item.panel_service_id),
                    )
                    continue
                changed = _differs(old, values) or not old["is_listed"]
                updated += changed
                await self._db.execute(
                    """UPDATE services SET category_id = ?, name = ?, type = ?, rate = ?,
                           min_quantity = ?, max_quantity = ?, can_refill = ?, can_cancel = ?,
                           dripfeed = ?, description = ?, refill_days = ?, synced_at = ?,
                           is_listed = 1
                       WHERE panel_service_id = ?""",
                    (*values, item.panel_service_id),
                )
            listed = {item.panel_service_id for item in services}
            vanished = [
                pid for pid, row in existing.items() if pid not in listed and row["is_listed"]
            ]
            await self._db.executemany(
                "UPDATE services SET is_listed = 0 WHERE panel_service_id = ?",
                [(pid,) for pid in vanished],
            )
        return SyncReport(added=added, updated=updated, hidden=len(vanished), total=len(services))

    async def categories(self, offset: int, limit: int) -> list[Category]:
        """Categories that have something to order, by name."""
        rows = await self._db.fetchall(
            """SELECT c.id, c.name, count(*) AS n FROM categories c
               JOIN services s ON s.category_id = c.id AND s.is_listed AND s.is_enabled
               GROUP BY c.id ORDER BY c.name LIMIT ? OFFSET ?""",
            (limit, offset),
        )
        return [Category(r["id"], r["name"], r["n"]) for r in rows]

    async def count_categories(self) -> int:
        return int(
            await self._db.fetchval(
                "SELECT count(DISTINCT category_id) FROM services WHERE is_listed AND is_enabled"
            )
        )

    async def category(self, category_id: int) -> Category | None:
        row = await self._db.fetchone(
            """SELECT c.id, c.name, count(s.id) AS n FROM categories c
               LEFT JOIN services s ON s.category_id = c.id AND s.is_listed AND s.is_enabled
               WHERE c.id = ? GROUP BY c.id""",
            (category_id,),
        )
        return None if row is None else Category(row["id"], row["name"], row["n"])

    async def services_in(self, category_id: int, offset: int, limit: int) -> list[Service]:
        """A page of the category's orderable services (`Category.service_count` has them all)."""
        rows = await self._db.fetchall(
            _SELECT + " WHERE s.category_id = ? AND s.is_listed AND s.is_enabled"
            " ORDER BY s.id LIMIT ? OFFSET ?",
            (category_id, limit, offset),
        )
        return [Service.from_row(r) for r in rows]

    async def get(self, service_id: int) -> Service | None:
        row = await self._db.fetchone(_SELECT + " WHERE s.id = ?", (service_id,))
        return None if row is None else Service.from_row(row)

    async def set_enabled(self, service_id: int, enabled: bool) -> bool:
        changed = await self._db.execute(
            "UPDATE services SET is_enabled = ? WHERE id = ?", (int(enabled), service_id)
        )
        return changed > 0

    async def set_service_markup(self, service_id: int, percent: Decimal | None) -> bool:
        """The service's own markup (None: inherit the category's or the default)."""
        changed = await self._db.execute(
            "UPDATE services SET markup_percent = ? WHERE id = ?",
            (None if percent is None else str(percent), service_id),
        )
        return changed > 0

    async def set_category_markup(self, category_id: int, percent: Decimal | None) -> bool:
        changed = await self._db.execute(
            "UPDATE categories SET markup_percent = ? WHERE id = ?",
            (None if percent is None else str(percent), category_id),
        )
        return changed > 0

    async def count_listed(self) -> int:
        return int(await self._db.fetchval("SELECT count(*) FROM services WHERE is_listed"))


def _differs(old: aiosqlite.Row, values: tuple[object, ...]) -> bool:
    columns = (
        "category_id",
        "name",
        "type",
        "rate",
        "min_quantity",
        "max_quantity",
        "can_refill",
        "can_cancel",
        "dripfeed",
        "description",
        "refill_days",
    )
    return any(old[column] != value for column, value in zip(columns, values, strict=False))
