"""Numbered schema migrations, tracked in `PRAGMA user_version`.

Append only: a migration that has shipped is never edited; a change is a new number.
"""

from __future__ import annotations

import aiosqlite

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE users (
        id            INTEGER PRIMARY KEY,          -- the Telegram user id
        first_name    TEXT NOT NULL DEFAULT '',
        username      TEXT,
        language_code TEXT,                         -- what Telegram says the client speaks
        locale        TEXT,                         -- chosen with /language; NULL = not chosen
        is_banned     INTEGER NOT NULL DEFAULT 0,
        ban_notified  INTEGER NOT NULL DEFAULT 0,   -- a banned user is told once
        is_blocked    INTEGER NOT NULL DEFAULT 0,   -- the user blocked the bot (403)
        created_at    TEXT NOT NULL,
        seen_at       TEXT NOT NULL
    );
    CREATE INDEX users_username ON users (lower(username));

    CREATE TABLE fsm (
        key   TEXT PRIMARY KEY,
        state TEXT,
        data  TEXT NOT NULL DEFAULT '{}'
    );
    """,
}


async def migrate(conn: aiosqlite.Connection) -> int:
    """Apply every migration newer than the database; returns the resulting version."""
    async with conn.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    version = int(row[0]) if row else 0
    for number in sorted(n for n in MIGRATIONS if n > version):
        # One script, one transaction: a failure leaves the previous version intact.
        await conn.executescript(
            f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\nPRAGMA user_version = {number};\nCOMMIT;"
        )
        version = number
    return version
