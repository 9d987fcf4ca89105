"""One aiosqlite connection per process, with serialised transactions.

SQLite has one writer at a time, and a shared connection would let two coroutines' statements
land inside each other's transactions; so every statement and transaction goes through one
asyncio lock, re-entered freely by the task that holds a transaction.
"""

from __future__ import annotations

import contextvars
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from bot.db.migrations import migrate

Params = Sequence[Any] | dict[str, Any]

_inside_transaction: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "inside_transaction", default=False
)


class Database:
    """The bot's SQLite database: WAL, a busy timeout, foreign keys, migrations applied."""

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = _ReentrantTaskLock()

    @classmethod
    async def open(cls, path: Path | str) -> Database:
        """Open (creating it and its folder if needed) and migrate the database at `path`."""
        path = Path(path)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, nothing implicit.
        conn = await aiosqlite.connect(path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute("PRAGMA busy_timeout=5000")
        await conn.execute("PRAGMA foreign_keys=ON")
        await conn.execute("PRAGMA synchronous=NORMAL")
        await migrate(conn)
        return cls(conn, path)

    async def close(self) -> None:
        await self._conn.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """`BEGIN IMMEDIATE` ... `COMMIT`, rolled back on any exception.

        IMMEDIATE takes the write lock up front, so a guarded read-then-write inside cannot
        race another process's writer.
        """
        if _inside_transaction.get():
            yield
            return
        async with self._lock:
            token = _inside_transaction.set(True)
            try:
                await self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield
                except BaseException:
                    await self._conn.execute("ROLLBACK")
                    raise
                await self._conn.execute("COMMIT")
            finally:
                _inside_transaction.reset(token)

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the number of rows it changed."""
        async with self._lock:
            cursor = await self._conn.execute(sql, params)
            changed = cursor.rowcount
            await cursor.close()
            return changed

    async def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT; returns the new row's id."""
        async with self._lock:
            cursor = await self._conn.execute(sql, params)
            row_id = cursor.lastrowid
            await cursor.close()
            if row_id is None:  # pragma: no cover - sqlite always sets it after an INSERT
                raise RuntimeError("INSERT produced no rowid")
            return row_id

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        async with self._lock:
            await self._conn.executemany(sql, rows)

    async def fetchone(self, sql: str, params: Params = ()) -> aiosqlite.Row | None:
        async with self._lock, self._conn.execute(sql, params) as cursor:
            return await cursor.fetchone()

    async def fetchall(self, sql: str, params: Params = ()) -> list[aiosqlite.Row]:
        async with self._lock, self._conn.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        row = await self.fetchone(sql, params)
        return None if row is None else row[0]


class _ReentrantTaskLock:
    """An asyncio lock that the task inside `Database.transaction` passes through."""

    def __init__(self) -> None:
        import asyncio

        self._lock = asyncio.Lock()

    async def __aenter__(self) -> None:
        if not _inside_transaction.get():
            await self._lock.acquire()

    async def __aexit__(self, *exc: object) -> None:
        if not _inside_transaction.get():
            self._lock.release()
