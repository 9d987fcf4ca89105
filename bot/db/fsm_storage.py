"""aiogram FSM state kept in the bot's SQLite database, so a restart loses no dialog."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import (
    BaseStorage,
    DefaultKeyBuilder,
    KeyBuilder,
    StateType,
    StorageKey,
)

from bot.db.connection import Database


class SQLiteStorage(BaseStorage):
    """A `BaseStorage` over the `fsm` table. Data must be JSON-serialisable."""

    def __init__(self, db: Database, key_builder: KeyBuilder | None = None) -> None:
        self._db = db
        self._keys = key_builder or DefaultKeyBuilder(with_bot_id=True, with_destiny=True)

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        value = state.state if isinstance(state, State) else state
        await self._db.execute(
            "INSERT INTO fsm (key, state) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET state = excluded.state",
            (self._keys.build(key), value),
        )

    async def get_state(self, key: StorageKey) -> str | None:
        value = await self._db.fetchval(
            "SELECT state FROM fsm WHERE key = ?", (self._keys.build(key),)
        )
        return None if value is None else str(value)

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        await self._db.execute(
            "INSERT INTO fsm (key, data) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET data = excluded.data",
            (self._keys.build(key), json.dumps(dict(data), ensure_ascii=False)),
        )

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        value = await self._db.fetchval(
            "SELECT data FROM fsm WHERE key = ?", (self._keys.build(key),)
        )
        return {} if value is None else dict(json.loads(value))

    async def close(self) -> None:
        # The database belongs to the application, which closes it.
        return None
