"""Orders: the customer's request, what it cost, and how far the panel has got with it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import aiosqlite

from bot.db.connection import Database


class Placement(StrEnum):
    """How far placing the order with the panel got."""

    SENDING = "sending"  # debited, the panel not yet answered (or the bot died meanwhile)
    PLACED = "placed"  # the panel gave an order id
    FAILED = "failed"  # the panel refused; refunded
    UNKNOWN = "unknown"  # no readable answer: an admin settles it


# The panel's status, normalised; stored as these words.
FINAL_STATUSES = frozenset({"completed", "partial", "canceled"})


@dataclass(frozen=True)
class Order:
    id: int
    user_id: int
    service_id: int
    service_name: str
    request_key: str
    fields: dict[str, Any]
    link: str | None
    quantity: int | None
    charge: int
    placement: Placement
    status: str | None
    panel_order_id: str | None
    start_count: int | None
    remains: int | None
    panel_charge: str | None
    refunded: int
    error: str | None
    created_at: str
    updated_at: str

    @property
    def is_finished(self) -> bool:
        return self.placement is Placement.FAILED or self.status in FINAL_STATUSES

    @classmethod
    def from_row(cls, row: aiosqlite.Row) -> Order:
        return cls(
            id=row["id"],
            user_id=row["user_id"],
            service_id=row["service_id"],
            service_name=row["service_name"],
            request_key=row["request_key"],
            fields=json.loads(row["fields"]),
            link=row["link"],
            quantity=row["quantity"],
            charge=row["charge"],
            placement=Placement(row["placement"]),
            status=row["status"],
            panel_order_id=row["panel_order_id"],
            start_count=row["start_count"],
            remains=row["remains"],
            panel_charge=row["panel_charge"],
            refunded=row["refunded"],
            error=row["error"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )


_SELECT = "SELECT o.*, s.name AS service_name FROM orders o JOIN services s ON s.id = o.service_id"


class OrderRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def create(
        self,
        *,
        user_id: int,
        service_id: int,
        request_key: str,
        fields: dict[str, Any],
        link: str | None,
        quantity: int | None,
        charge: int,
        now: str,
    ) -> int | None:
        """A new order in `sending`; None when `request_key` already made one."""
        async with self._db.transaction():
            exists = await self._db.fetchone(
                "SELECT 1 FROM orders WHERE request_key = ?", (request_key,)
            )
            if exists:
                return None
            return await self._db.insert(
                """INSERT INTO orders (user_id, service_id, request_key, fields, link, quantity,
                       charge, placement, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, 'sending', ?, ?)""",
                (
                    user_id,
                    service_id,
                    request_key,
                    json.dumps(fields, ensure_ascii=False),
                    link,
                    quantity,
                    charge,
                    now,
                    now,
                ),
            )

    async def get(self, order_id: int) -> Order | None:
        row = await self._db.fetchone(_SELECT + " WHERE o.id = ?", (order_id,))
        return None if row is None else Order.from_row(row)

    async def by_request_key(self, request_key: str) -> Order | None:
        row = await self._db.fetchone(_SELECT + " WHERE o.request_key = ?", (request_key,))
        return None if row is None else Order.from_row(row)

    async def of_user(self, user_id: int, offset: int, limit: int) -> tuple[list[Order], int]:
        """The user's orders, newest first, and how many they have."""
        rows = await self._db.fetchall(
            _SELECT + " WHERE o.user_id = ? ORDER BY o.id DESC LIMIT ? OFFSET ?",
            (user_id, limit, offset),
        )
        total = await self._db.fetchval("SELECT count(*) FROM orders WHERE user_id = ?", (user_id,))
        return [Order.from_row(r) for r in rows], int(total)

    async def move_placement(
        self,
        order_id: int,
        source: tuple[Placement, ...],
        target: Placement,
        now: str,
        **values: Any,
    ) -> bool:
        """Move the order from one of `source` to `target`, setting `values`; False when the
        order was not in `source` (someone else moved it first)."""
        assignments = "".join(f", {column} = ?" for column in values)
        marks = ", ".join("?" for _ in source)
        changed = await self._db.execute(
            f"UPDATE orders SET placement = ?, updated_at = ?{assignments} "
            f"WHERE id = ? AND placement IN ({marks})",
            (target.value, now, *values.values(), order_id, *(s.value for s in source)),
        )
        return changed > 0

    async def in_placement(self, *placements: Placement) -> list[Order]:
        marks = ", ".join("?" for _ in placements)
        rows = await self._db.fetchall(
            _SELECT + f" WHERE o.placement IN ({marks}) ORDER BY o.id",
            tuple(p.value for p in placements),
        )
        return [Order.from_row(r) for r in rows]

    async def set_progress(
        self,
        order_id: int,
        *,
        status: str,
        start_count: int | None,
        remains: int | None,
        panel_charge: str | None,
        now: str,
    ) -> None:
        await self._db.execute(
            """UPDATE orders SET status = ?, start_count = ?, remains = ?, panel_charge = ?,
                   updated_at = ? WHERE id = ?""",
            (status, start_count, remains, panel_charge, now, order_id),
        )

    async def add_refunded(self, order_id: int, amount: int) -> None:
        await self._db.execute(
            "UPDATE orders SET refunded = refunded + ? WHERE id = ?", (amount, order_id)
        )
