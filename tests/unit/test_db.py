from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiogram.fsm.storage.base import StorageKey

from bot.clock import FrozenClock
from bot.db.connection import Database
from bot.db.fsm_storage import SQLiteStorage
from bot.db.migrations import MIGRATIONS
from bot.db.users import UserRepository


async def test_open_creates_folder_migrates_and_sets_pragmas(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "deep" / "shop.db")
    try:
        assert await db.fetchval("PRAGMA user_version") == max(MIGRATIONS)
        assert await db.fetchval("PRAGMA journal_mode") == "wal"
        assert await db.fetchval("PRAGMA foreign_keys") == 1
        assert await db.fetchval("PRAGMA busy_timeout") == 5000
    finally:
        await db.close()
    again = await Database.open(tmp_path / "deep" / "shop.db")  # re-opening is a no-op
    assert await again.fetchval("PRAGMA user_version") == max(MIGRATIONS)
    await again.close()


async def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "t.db")
    users = UserRepository(db, FrozenClock())
    await users.touch(1, "Ann", None, "en")
    with pytest.raises(RuntimeError):
        async with db.transaction():
            await db.execute("UPDATE users SET first_name = 'Bob' WHERE id = 1")
            raise RuntimeError("boom")
    assert (await users.get(1)).first_name == "Ann"  # type: ignore[union-attr]
    await db.close()


async def test_concurrent_transactions_do_not_interleave(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "t.db")
    await db.execute("CREATE TABLE counter (n INTEGER)")
    await db.execute("INSERT INTO counter VALUES (0)")

    async def bump() -> None:
        async with db.transaction():
            n = await db.fetchval("SELECT n FROM counter")
            await asyncio.sleep(0)  # another task would read the same n without the lock
            await db.execute("UPDATE counter SET n = ?", (n + 1,))

    await asyncio.gather(*(bump() for _ in range(50)))
    assert await db.fetchval("SELECT n FROM counter") == 50
    await db.close()


async def test_users_touch_find_and_flags(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "t.db")
    users = UserRepository(db, FrozenClock())
    user = await users.touch(42, "Ann", "AnnShop", "ru")
    assert (user.id, user.locale, user.is_banned) == (42, None, False)
    assert (await users.find("@annshop")) == user
    assert (await users.find("42")) == user
    assert await users.find("@nobody") is None
    await users.set_locale(42, "tr")
    await users.mark_blocked(42)
    assert (await users.get(42)).is_blocked  # type: ignore[union-attr]
    again = await users.touch(42, "Ann", "AnnShop", "ru")  # they came back
    assert again.locale == "tr" and not again.is_blocked
    assert await users.count() == 1
    await db.close()


async def test_fsm_storage_survives_reopen(tmp_path: Path) -> None:
    key = StorageKey(bot_id=1, chat_id=2, user_id=2)
    db = await Database.open(tmp_path / "t.db")
    storage = SQLiteStorage(db)
    await storage.set_state(key, "Form:link")
    await storage.set_data(key, {"service": 5, "link": "https://t.me/x"})
    await db.close()
    db = await Database.open(tmp_path / "t.db")
    storage = SQLiteStorage(db)
    assert await storage.get_state(key) == "Form:link"
    assert await storage.get_data(key) == {"service": 5, "link": "https://t.me/x"}
    await storage.set_state(key, None)
    assert await storage.get_state(key) is None
    other = StorageKey(bot_id=1, chat_id=3, user_id=3)
    assert await storage.get_data(other) == {}
    await db.close()
