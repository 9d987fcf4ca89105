"""Middlewares run on every update: who the user is, their language, floods and bans."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import CallbackQuery, Message, TelegramObject, Update
from aiogram.types import User as TelegramUser

from bot.db.users import User, UserRepository
from bot.i18n import Translator
from bot.logs import current_update

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class UpdateContextMiddleware(BaseMiddleware):
    """Tags logs with the update id, registers or refreshes the user, picks their texts."""

    def __init__(self, users: UserRepository, translator: Translator) -> None:
        self._users = users
        self._translator = translator

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        token = current_update.set(str(event.update_id) if isinstance(event, Update) else "-")
        try:
            sender: TelegramUser | None = data.get("event_from_user")
            user: User | None = None
            if sender is not None and not sender.is_bot:
                user = await self._users.touch(
                    sender.id, sender.first_name, sender.username, sender.language_code
                )
            locale = self._translator.pick(
                user.locale if user else None, user.language_code if user else None
            )
            data["user"] = user
            data["texts"] = self._translator.texts(locale)
            return await handler(event, data)
        finally:
            current_update.reset(token)


class BanMiddleware(BaseMiddleware):
    """A banned user is told once, then ignored."""

    def __init__(self, users: UserRepository) -> None:
        self._users = users

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user: User | None = data.get("user")
        if user is None or not user.is_banned:
            return await handler(event, data)
        if isinstance(event, CallbackQuery):
            await event.answer()
        if not user.ban_notified:
            await self._users.mark_ban_notified(user.id)
            text = data["texts"]("banned")
            if isinstance(event, Message):
                await event.answer(text)
            elif isinstance(event, CallbackQuery):
                await event.answer(text, show_alert=True)
        return None


class ThrottleMiddleware(BaseMiddleware):
    """At most `rate` events per `per` seconds a user; past that, one "slow down" and silence
    until the window has room again. Button presses are still answered, so no spinner hangs."""

    def __init__(
        self, rate: int = 8, per: float = 4.0, now: Callable[[], float] = time.monotonic
    ) -> None:
        self._rate = rate
        self._per = per
        self._now = now
        self._events: dict[int, deque[float]] = {}
        self._warned: set[int] = set()

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        sender: TelegramUser | None = data.get("event_from_user")
        if sender is None:
            return await handler(event, data)
        now = self._now()
        if len(self._events) > 10_000:  # forget users who have gone quiet
            self._events = {k: v for k, v in self._events.items() if v and now - v[-1] <= self._per}
        window = self._events.setdefault(sender.id, deque())
        while window and now - window[0] > self._per:
            window.popleft()
        if len(window) < self._rate:
            window.append(now)
            self._warned.discard(sender.id)
            return await handler(event, data)
        if isinstance(event, CallbackQuery) or (
            sender.id not in self._warned and isinstance(event, Message)
        ):
            await event.answer(data["texts"]("throttled"))
        self._warned.add(sender.id)
        return None
