"""Wallets and their ledger. A balance changes only together with a ledger row, in one
transaction; a row's `cause` is unique, so a repeated event cannot apply twice."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.db.connection import Database


class EntryKind(StrEnum):
    TOPUP = "topup"
    ORDER = "order"
    REFUND = "refund"
    ADJUSTMENT = "adjustment"


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    user_id: int
    amount: int
    kind: EntryKind
    cause: str
    order_id: int | None
    note: str | None
    created_at: str


class InsufficientBalance(Exception):
    """The debit would take the balance below zero; nothing was written."""


@dataclass(frozen=True)
class AuditProblem:
    user_id: int | None
    text: str


class LedgerRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def post(
        self,
        user_id: int,
        amount: int,
        kind: EntryKind,
        cause: str,
        now: str,
        *,
        order_id: int | None = None,
        note: str | None = None,
    ) -> bool:
        """Apply `amount` (signed micro-units) to the wallet with its ledger row.

        Returns False, changing nothing, when `cause` was applied before. Raises
        `InsufficientBalance` (and writes nothing) when a debit exceeds the balance.
        """
        async with self._db.transaction():
            inserted = await self._db.execute(
                """INSERT INTO ledger (user_id, amount, kind, cause, order_id, note, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (cause) DO NOTHING""",
                (user_id, amount, kind.value, cause, order_id, note, now),
            )
            if not inserted:
                return False
            await self._db.execute(
                "INSERT INTO wallets (user_id) VALUES (?) ON CONFLICT DO NOTHING", (user_id,)
            )
            changed = await self._db.execute(
                "UPDATE wallets SET balance = balance + ? WHERE user_id = ? AND balance + ? >= 0",
                (amount, user_id, amount),
            )
            if not changed:
                raise InsufficientBalance(user_id)
        return True

    async def balance(self, user_id: int) -> int:
        value = await self._db.fetchval("SELECT balance FROM wallets WHERE user_id = ?", (user_id,))
        return int(value or 0)

    async def recent(self, user_id: int, limit: int = 5) -> list[LedgerEntry]:
        rows = await self._db.fetchall(
            "SELECT * FROM ledger WHERE user_id = ? ORDER BY id DESC LIMIT ?", (user_id, limit)
        )
        return [
            LedgerEntry(
                id=r["id"],
                user_id=r["user_id"],
                amount=r["amount"],
                kind=EntryKind(r["kind"]),
                cause=r["cause"],
                order_id=r["order_id"],
                note=r["note"],
                created_at=r["created_at"],
            )
            for r in rows
        ]

    async def has_cause(self, cause: str) -> bool:
        return await self._db.fetchone("SELECT 1 FROM ledger WHERE cause = ?", (cause,)) is not None

    async def audit(self) -> list[AuditProblem]:
        """Every way the books disagree with themselves: a wallet that is not the sum of its
        ledger, an order debited more than once or refunded past its charge."""
        problems: list[AuditProblem] = []
        rows = await self._db.fetchall(
            """SELECT u.user_id, coalesce(w.balance, 0) AS balance, coalesce(l.total, 0) AS total
               FROM (SELECT user_id FROM wallets UNION SELECT user_id FROM ledger) u
               LEFT JOIN wallets w ON w.user_id = u.user_id
               LEFT JOIN (SELECT user_id, sum(amount) AS total FROM ledger GROUP BY user_id) l
                    ON l.user_id = u.user_id
               WHERE coalesce(w.balance, 0) != coalesce(l.total, 0)"""
        )
        problems += [
            AuditProblem(r["user_id"], f"balance {r['balance']} != ledger sum {r['total']}")
            for r in rows
        ]
        rows = await self._db.fetchall(
            """SELECT o.id, o.user_id, o.charge, o.refunded,
                      coalesce(sum(CASE WHEN l.kind = 'order' THEN -l.amount END), 0) AS debited,
                      count(CASE WHEN l.kind = 'order' THEN 1 END) AS debits,
                      coalesce(sum(CASE WHEN l.kind = 'refund' THEN l.amount END), 0) AS refunds
               FROM orders o LEFT JOIN ledger l ON l.order_id = o.id
               GROUP BY o.id
               HAVING debits != 1 OR debited != o.charge OR refunds > o.charge
                      OR refunds != o.refunded"""
        )
        problems += [
            AuditProblem(
                r["user_id"],
                f"order {r['id']}: charge {r['charge']}, {r['debits']} debit(s) totalling "
                f"{r['debited']}, refunds {r['refunds']} (order says {r['refunded']})",
            )
            for r in rows
        ]
        return problems
