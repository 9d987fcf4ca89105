"""The one sender: blocked users are marked and skipped, flood control is waited out, and one
chat's failure never stops the others. Against the Telegram emulator, with the real bot."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.clock import FrozenClock
from bot.db.connection import Database
from bot.db.users import User, UserRepository
from bot.sender import Delivery, Pacer, Sender
from bot.telegram import build_bot
from emulators.telegram import TelegramEmulator


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[tuple[TelegramEmulator, Sender, UserRepository]]:
    db = await Database.open(tmp_path / "s.db")
    users = UserRepository(db, FrozenClock())
    async with TelegramEmulator() as telegram:
        bot = build_bot(telegram.token, telegram.base_url)
        try:
            yield telegram, Sender(bot, users, Pacer(chat_interval=0.0)), users
        finally:
            await bot.session.close()
            await db.close()


async def _user(telegram: TelegramEmulator, users: UserRepository, user_id: int) -> User:
    telegram.user(user_id=user_id)
    return await users.touch(user_id, "U", None, "en")


def _sends(telegram: TelegramEmulator, chat_id: int) -> list[Any]:
    return [c for c in telegram.calls_of("sendMessage") if c.chat_id == chat_id]


async def test_a_403_marks_the_user_blocked_and_later_pushes_skip_them(
    world: tuple[TelegramEmulator, Sender, UserRepository],
) -> None:
    telegram, sender, users = world
    bob = await _user(telegram, users, 2)
    telegram.block(bob.id)
    assert await sender.push(bob, "hello") is Delivery.BLOCKED
    marked = await users.get(bob.id)
    assert marked is not None and marked.is_blocked
    assert await sender.push(marked, "again") is Delivery.BLOCKED
    assert len(_sends(telegram, bob.id)) == 1  # the second was never sent


async def test_flood_control_is_waited_out_and_others_still_get_theirs(
    world: tuple[TelegramEmulator, Sender, UserRepository],
) -> None:
    telegram, sender, users = world
    ann, bob, cem = [await _user(telegram, users, i) for i in (1, 2, 3)]
    telegram.block(bob.id)
    telegram.fail_next("sendMessage", status=429, retry_after=1, count=2, chat_id=ann.id)
    started = time.monotonic()
    results = await asyncio.gather(*(sender.push(u, f"hi {u.id}") for u in (ann, bob, cem)))
    assert results == [Delivery.SENT, Delivery.BLOCKED, Delivery.SENT]
    assert time.monotonic() - started >= 2.0  # two retry_after waits of 1 s
    assert [c.status for c in _sends(telegram, ann.id)] == [429, 429, 200]
    assert [c.status for c in _sends(telegram, cem.id)] == [200]


class _BrokenBot:
    async def send_message(self, chat_id: int, text: str, **kw: Any) -> None:
        if chat_id == 1:
            raise RuntimeError("a bug in a library")


async def test_an_unexpected_failure_is_one_chats_failure(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "s.db")
    try:
        users = UserRepository(db, FrozenClock())
        sender = Sender(_BrokenBot(), users, Pacer(chat_interval=0.0))  # type: ignore[arg-type]
        results = [await sender.send(chat_id, "x") for chat_id in (1, 2)]
        assert results == [Delivery.FAILED, Delivery.SENT]
    finally:
        await db.close()


class _Ticks:
    """A monotonic clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_pacer_keeps_overall_per_chat_and_per_group_limits() -> None:
    ticks = _Ticks()
    pacer = Pacer(per_second=30, chat_interval=1.0, group_per_minute=20, now=ticks)
    # Thirty different chats: one slot every 1/30 s.
    waits = [await pacer.reserve(chat) for chat in range(1, 31)]
    assert waits[0] == 0
    assert waits[-1] == pytest.approx(29 / 30)
    # The same chat again waits for its own second, not just the overall gap.
    assert await pacer.reserve(1) == pytest.approx(1.0)

    ticks.now += 100
    group = -100123
    group_waits = [await pacer.reserve(group) for _ in range(21)]
    assert group_waits[:20] == pytest.approx([float(i) for i in range(20)])  # 1/s per chat
    assert group_waits[20] == pytest.approx(60.0)  # the 21st within a minute waits for it
