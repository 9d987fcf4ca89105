"""Users: who talks to the bot, their language and their standing."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from bot.clock import Clock, to_db
from bot.db.connection import Database


@dataclass(frozen=True)
class User:
    id: int
    first_name: str
    username: str | None
    language_code: str | None
    locale: str | None
    is_banned: bool
    ban_notified: bool
    is_blocked: bool

    @classmethod
    def from_row(cls, row: aiosqlite.Row) -> User:
        return cls(
            id=row["id"],
            first_name=row["first_name"],
            username=row["username"],
            language_code=row["language_code"],
            locale=row["locale"],
            is_banned=bool(row["is_banned"]),
            ban_notified=bool(row["ban_notified"]),
            is_blocked=bool(row["is_blocked"]),
        )


class UserRepository:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def touch(
        self, user_id: int, first_name: str, username: str | None, language_code: str | None
    ) -> User:
        """Register the user, or refresh their name and last-seen time; a message from a user
        who had blocked the bot means they are back."""
        now = to_db(self._clock.now())
        # One statement on every update: the upsert hands the row back itself.
        row = await self._db.fetchone(
            """
            INSERT INTO users (id, first_name, username, language_code, created_at, seen_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                first_name = excluded.first_name, username = excluded.username,
                language_code = excluded.language_code, seen_at = excluded.seen_at,
                is_blocked = 0
            RETURNING *
            """,
            (user_id, first_name, username, language_code, now, now),
        )
        assert row is not None
        return User.from_row(row)

    async def get(self, user_id: int) -> User | None:
        row = await self._db.fetchone("SELECT * FROM users WHERE id = ?", (user_id,))
        return None if row is None else User.from_row(row)

    async def find(self, reference: str) -> User | None:
        """A user by numeric id or by @username (case-insensitive)."""
        reference = reference.strip()
        if reference.lstrip("-").isdigit():
            return await self.get(int(reference))
        row = await self._db.fetchone(
            "SELECT * FROM users WHERE lower(username) = lower(?)", (reference.lstrip("@"),)
        )
        return None if row is None else User.from_row(row)

    async def set_locale(self, user_id: int, locale: str) -> None:
        await self._db.execute("UPDATE users SET locale = ? WHERE id = ?", (locale, user_id))

    async def set_banned(self, user_id: int, banned: bool) -> bool:
        changed = await self._db.execute(
            "UPDATE users SET is_banned = ?, ban_notified = 0 WHERE id = ?", (int(banned), user_id)
        )
        return changed > 0

    async def mark_ban_notified(self, user_id: int) -> None:
        await self._db.execute("UPDATE users SET ban_notified = 1 WHERE id = ?", (user_id,))

    async def mark_blocked(self, user_id: int) -> None:
        await self._db.execute("UPDATE users SET is_blocked = 1 WHERE id = ?", (user_id,))

    async def count(self) -> int:
        return int(await self._db.fetchval("SELECT count(*) FROM users"))
