"""Orders: the customer's request, what it cost, and how far the panel has got with it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import aiosqlite

from bot.db.connection import Database
from bot.db.users import User


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
    notified_status: str | None = None  # the last status pushed to the customer
    completed_at: str | None = None  # when the poller first saw it Completed

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
            notified_status=row["notified_status"],
            completed_at=row["completed_at"],
        )


_SELECT = "SELECT o.*, s.name AS service_name FROM orders o JOIN services s ON s.id = o.service_id"

# These terms repeat the partial indexes of migration 3 word for word, and the queries name
# the index (INDEXED BY): without statistics the planner would rather sort a whole table.
_POLLED = "placement = 'placed' AND status NOT IN ('completed', 'partial', 'canceled')"
_UNNOTIFIED = "o.placement = 'placed' AND o.status IS NOT coalesce(o.notified_status, 'pending')"
RECIPIENT_COLUMNS = """, u.first_name AS u_first_name, u.username AS u_username,
    u.language_code AS u_language_code, u.locale AS u_locale, u.is_banned AS u_is_banned,
    u.ban_notified AS u_ban_notified, u.is_blocked AS u_is_blocked"""


@dataclass(frozen=True)
class PolledOrder:
    """What the poller needs of an active order: the panel's id, the last stored progress,
    and the money it may have to refund."""

    id: int
    user_id: int
    panel_order_id: str
    status: str | None
    start_count: int | None
    remains: int | None
    panel_charge: str | None
    charge: int
    refunded: int
    quantity: int | None
    fields_json: str

    @property
    def progress(self) -> Progress:
        """What is stored of the panel's last answer."""
        return Progress(
            self.id, self.status or "", self.start_count, self.remains, self.panel_charge
        )

    @property
    def ordered_units(self) -> int | None:
        """quantity x runs (drip-feed); None for types without a quantity (packages)."""
        if not self.quantity:
            return None
        runs = json.loads(self.fields_json).get("runs") or 1
        return self.quantity * int(runs)


@dataclass(frozen=True)
class Progress:
    """What the panel said of one order, as stored."""

    order_id: int
    status: str
    start_count: int | None
    remains: int | None
    panel_charge: str | None


def recipient_from_row(row: aiosqlite.Row, user_id: int) -> User:
    """The customer of a row selected with `RECIPIENT_COLUMNS`."""
    return User(
        id=user_id,
        first_name=row["u_first_name"],
        username=row["u_username"],
        language_code=row["u_language_code"],
        locale=row["u_locale"],
        is_banned=bool(row["u_is_banned"]),
        ban_notified=bool(row["u_ban_notified"]),
        is_blocked=bool(row["u_is_blocked"]),
    )


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

    async def of_user(self, user_id: int, offset: int, limit: int) -> list[Order]:
        """A page of the user's orders, newest first."""
        rows = await self._db.fetchall(
            _SELECT + " WHERE o.user_id = ? ORDER BY o.id DESC LIMIT ? OFFSET ?",
            (user_id, limit, offset),
        )
        return [Order.from_row(r) for r in rows]

    async def count_of_user(self, user_id: int) -> int:
        return int(
            await self._db.fetchval("SELECT count(*) FROM orders WHERE user_id = ?", (user_id,))
        )

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

    # -- the poller's side ------------------------------------------------------------------

    async def active_page(self, after_id: int, limit: int) -> list[PolledOrder]:
        """Up to `limit` placed, unfinished orders with ids above `after_id`, by id: the
        poller walks them page by page instead of loading them all."""
        rows = await self._db.fetchall(
            f"""SELECT id, user_id, panel_order_id, status, start_count, remains, panel_charge,
                       charge, refunded, quantity, fields
                FROM orders INDEXED BY orders_polled
                WHERE {_POLLED} AND panel_order_id IS NOT NULL AND id > ?
                ORDER BY id LIMIT ?""",
            (after_id, limit),
        )
        return [
            PolledOrder(
                id=r["id"],
                user_id=r["user_id"],
                panel_order_id=r["panel_order_id"],
                status=r["status"],
                start_count=r["start_count"],
                remains=r["remains"],
                panel_charge=r["panel_charge"],
                charge=r["charge"],
                refunded=r["refunded"],
                quantity=r["quantity"],
                fields_json=r["fields"],
            )
            for r in rows
        ]

    async def record_progress(self, rows: Sequence[Progress], now: str) -> None:
        """Store what the panel said; the first Completed starts the refill period."""
        await self._db.executemany(
            """UPDATE orders SET status = ?, start_count = ?, remains = ?, panel_charge = ?,
                   completed_at = CASE WHEN ? = 'completed' THEN coalesce(completed_at, ?)
                                       ELSE completed_at END,
                   updated_at = ?
               WHERE id = ?""",
            [
                (p.status, p.start_count, p.remains, p.panel_charge, p.status, now, now, p.order_id)
                for p in rows
            ],
        )

    async def unnotified_page(self, after_id: int, limit: int) -> list[tuple[Order, User]]:
        """Placed orders whose status the customer has not been told yet, with the customer."""
        rows = await self._db.fetchall(
            f"SELECT o.*, s.name AS service_name{RECIPIENT_COLUMNS} "
            "FROM orders o INDEXED BY orders_unnotified "
            "JOIN services s ON s.id = o.service_id JOIN users u ON u.id = o.user_id "
            f"WHERE {_UNNOTIFIED} AND o.id > ? ORDER BY o.id LIMIT ?",
            (after_id, limit),
        )
        return [(Order.from_row(r), recipient_from_row(r, r["user_id"])) for r in rows]

    async def mark_notified(self, told: Sequence[tuple[int, str]]) -> None:
        """Record, per (order id, status), that the customer has been told that status."""
        await self._db.executemany(
            "UPDATE orders SET notified_status = ? WHERE id = ?",
            [(status, order_id) for order_id, status in told],
        )
