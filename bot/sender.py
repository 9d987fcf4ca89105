"""The one way messages leave the bot unprompted (pushes, notices, broadcasts).

It paces to Telegram's limits — about 30 messages a second overall, one a second per chat,
twenty a minute per group — marks users who blocked the bot and skips them, and keeps one
chat's failure from touching the others. Flood-control answers (429) are waited out by the
bot session's middleware (`bot.telegram.RetryAfterMiddleware`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable
from enum import StrEnum

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError, TelegramNotFound
from aiogram.types import InlineKeyboardMarkup

from bot.db.users import User, UserRepository

log = logging.getLogger(__name__)


class Delivery(StrEnum):
    SENT = "sent"
    BLOCKED = "blocked"  # the user blocked the bot, or the chat is gone
    FAILED = "failed"


class Pacer:
    """Hands out send times that respect the overall, per-chat and per-group limits."""

    def __init__(
        self,
        per_second: float = 30.0,
        chat_interval: float = 1.0,
        group_per_minute: int = 20,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self._gap = 1.0 / per_second
        self._chat_interval = chat_interval
        self._group_per_minute = group_per_minute
        self._now = now
        self._next_global = 0.0
        self._next_chat: dict[int, float] = {}
        self._group_sends: dict[int, deque[float]] = {}
        self._lock = asyncio.Lock()

    async def reserve(self, chat_id: int) -> float:
        """Reserve a slot for `chat_id`; returns how long to wait before sending."""
        async with self._lock:
            now = self._now()
            at = max(now, self._next_global, self._next_chat.get(chat_id, 0.0))
            if chat_id < 0:
                sends = self._group_sends.setdefault(chat_id, deque())
                while sends and sends[0] <= at - 60.0:
                    sends.popleft()
                if len(sends) >= self._group_per_minute:
                    at = max(at, sends[0] + 60.0)
                sends.append(at)
            self._next_global = at + self._gap
            self._next_chat[chat_id] = at + self._chat_interval
            if len(self._next_chat) > 50_000:  # forget chats whose slot has long passed
                self._next_chat = {c: t for c, t in self._next_chat.items() if t > now}
            return at - now


class Sender:
    def __init__(self, bot: Bot, users: UserRepository, pacer: Pacer | None = None) -> None:
        self._bot = bot
        self._users = users
        self._pacer = pacer or Pacer()

    async def send(
        self,
        chat_id: int,
        text: str,
        *,
        reply_markup: InlineKeyboardMarkup | None = None,
        photo: str | None = None,
    ) -> Delivery:
        """Send a message (or a photo with `text` as its caption) when the limits allow."""
        delay = await self._pacer.reserve(chat_id)
        if delay > 0:
            await asyncio.sleep(delay)
        try:
            if photo is not None:
                await self._bot.send_photo(chat_id, photo, caption=text, reply_markup=reply_markup)
            else:
                await self._bot.send_message(chat_id, text, reply_markup=reply_markup)
        except (TelegramForbiddenError, TelegramNotFound):
            if chat_id > 0:
                await self._users.mark_blocked(chat_id)
            log.info("chat %d is unreachable (blocked the bot or gone)", chat_id)
            return Delivery.BLOCKED
        except TelegramAPIError as exc:
            log.warning("could not send to chat %d: %s", chat_id, exc)
            return Delivery.FAILED
        except Exception:
            # Whatever went wrong concerns this chat only: the caller goes on with the others.
            log.exception("unexpected failure sending to chat %d", chat_id)
            return Delivery.FAILED
        return Delivery.SENT

    async def push(
        self, recipient: User, text: str, *, reply_markup: InlineKeyboardMarkup | None = None
    ) -> Delivery:
        """Send to a customer unprompted, unless they blocked the bot: then nothing is sent,
        and a 403 now marks them blocked for the next time."""
        if recipient.is_blocked:
            return Delivery.BLOCKED
        return await self.send(recipient.id, text, reply_markup=reply_markup)
