"""Refill requests of completed orders, and how far the panel has got with each.

A refill is reserved (`requesting`) before the panel is asked, so two presses cannot both
reach the panel: the database allows one open refill per order (migration 3).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import aiosqlite

from bot.db.connection import Database
from bot.db.orders import RECIPIENT_COLUMNS, Order, recipient_from_row
from bot.db.users import User

REQUESTING = "requesting"  # reserved; the panel has not answered yet
UNKNOWN = "unknown"  # the panel's answer to the request could not be read
# Statuses the poller asks about; with REQUESTING they make a refill "open".
POLLED = ("pending", "processing", "in_progress")


@dataclass(frozen=True)
class Refill:
    id: int
    order_id: int
    panel_refill_id: str | None
    status: str
    notified_status: str
    created_at: str
    updated_at: str

    @classmethod
    def from_row(cls, row: aiosqlite.Row, prefix: str = "") -> Refill:
        return cls(
            id=row[prefix + "id"],
            order_id=row[prefix + "order_id"],
            panel_refill_id=row[prefix + "panel_refill_id"],
            status=row[prefix + "status"],
            notified_status=row[prefix + "notified_status"],
            created_at=row[prefix + "created_at"],
            updated_at=row[prefix + "updated_at"],
        )


_OPEN = "status IN ('requesting', 'pending', 'processing', 'in_progress')"
_REFILL_COLUMNS = ", ".join(
    f"r.{c} AS r_{c}"
    for c in (
        "id",
        "order_id",
        "panel_refill_id",
        "status",
        "notified_status",
        "created_at",
        "updated_at",
    )
)


class RefillRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def reserve(self, order_id: int, now: str) -> int | None:
        """A new refill of the order in `requesting`; None when one is open already."""
        async with self._db.transaction():
            if await self.open_for(order_id) is not None:
                return None
            return await self._db.insert(
                """INSERT INTO refills (order_id, status, notified_status, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?)""",
                (order_id, REQUESTING, REQUESTING, now, now),
            )

    async def open_for(self, order_id: int) -> Refill | None:
        row = await self._db.fetchone(
            f"SELECT * FROM refills WHERE order_id = ? AND {_OPEN}", (order_id,)
        )
        return None if row is None else Refill.from_row(row)

    async def get(self, refill_id: int) -> Refill | None:
        row = await self._db.fetchone("SELECT * FROM refills WHERE id = ?", (refill_id,))
        return None if row is None else Refill.from_row(row)

    async def of_order(self, order_id: int) -> list[Refill]:
        rows = await self._db.fetchall(
            "SELECT * FROM refills WHERE order_id = ? ORDER BY id", (order_id,)
        )
        return [Refill.from_row(r) for r in rows]

    async def accepted(self, refill_id: int, panel_refill_id: str, now: str) -> None:
        """The panel took the request: the customer was told it is pending."""
        await self._db.execute(
            """UPDATE refills SET panel_refill_id = ?, status = 'pending',
                   notified_status = 'pending', updated_at = ? WHERE id = ?""",
            (panel_refill_id, now, refill_id),
        )

    async def drop(self, refill_id: int) -> None:
        """The panel refused: nothing was requested, so nothing is kept open."""
        await self._db.execute(
            "DELETE FROM refills WHERE id = ? AND status = ?", (refill_id, REQUESTING)
        )

    async def mark_unknown(self, refill_id: int, now: str) -> None:
        """The request's fate is unclear: closed, so the customer may ask again."""
        await self._db.execute(
            "UPDATE refills SET status = ?, notified_status = ?, updated_at = ? WHERE id = ?",
            (UNKNOWN, UNKNOWN, now, refill_id),
        )

    async def expire_requesting(self, before: str, now: str) -> int:
        """Reservations a crash left behind (older than `before`) are closed as unknown."""
        return await self._db.execute(
            """UPDATE refills SET status = ?, notified_status = ?, updated_at = ?
               WHERE status = ? AND created_at < ?""",
            (UNKNOWN, UNKNOWN, now, REQUESTING, before),
        )

    async def polled_page(self, after_id: int, limit: int) -> list[Refill]:
        """Up to `limit` refills the panel is working on, with ids above `after_id`."""
        rows = await self._db.fetchall(
            """SELECT * FROM refills
               WHERE status IN ('pending', 'processing', 'in_progress')
                     AND panel_refill_id IS NOT NULL AND id > ?
               ORDER BY id LIMIT ?""",
            (after_id, limit),
        )
        return [Refill.from_row(r) for r in rows]

    async def record_statuses(self, rows: Sequence[tuple[int, str]], now: str) -> None:
        """Store new statuses, per (refill id, status)."""
        await self._db.executemany(
            "UPDATE refills SET status = ?, updated_at = ? WHERE id = ?",
            [(status, now, refill_id) for refill_id, status in rows],
        )

    async def unnotified_page(self, after_id: int, limit: int) -> list[tuple[Refill, Order, User]]:
        """Refills whose status the customer has not been told yet, with order and customer."""
        rows = await self._db.fetchall(
            f"""SELECT o.*, s.name AS service_name, {_REFILL_COLUMNS}{RECIPIENT_COLUMNS}
                FROM refills r JOIN orders o ON o.id = r.order_id
                JOIN services s ON s.id = o.service_id JOIN users u ON u.id = o.user_id
                WHERE r.status != r.notified_status AND r.id > ?
                ORDER BY r.id LIMIT ?""",
            (after_id, limit),
        )
        return [
            (Refill.from_row(r, "r_"), Order.from_row(r), recipient_from_row(r, r["user_id"]))
            for r in rows
        ]

    async def mark_notified(self, told: Sequence[tuple[int, str]]) -> None:
        """Record, per (refill id, status), that the customer has been told that status."""
        await self._db.executemany(
            "UPDATE refills SET notified_status = ? WHERE id = ?",
            [(status, refill_id) for refill_id, status in told],
        )
