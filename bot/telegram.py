"""The aiogram `Bot`: pointed at the configured Bot API server, HTML by default, and patient
with Telegram's flood control."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import GetUpdates, TelegramMethod
from aiogram.methods.base import Response, TelegramType

log = logging.getLogger(__name__)


class RetryAfterMiddleware(BaseRequestMiddleware):
    """Waits out a 429's `retry_after` and sends the same request again, a few times at most.

    Every call of the bot goes through here, so a reply in a handler and a push from the poller
    both survive a flood-control answer instead of being lost.
    """

    def __init__(self, attempts: int = 4, longest_wait: float = 60.0) -> None:
        self._attempts = attempts
        self._longest_wait = longest_wait

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        for attempt in range(1, self._attempts + 1):
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as exc:
                if attempt == self._attempts or exc.retry_after > self._longest_wait:
                    raise
                if not isinstance(method, GetUpdates):
                    log.warning(
                        "%s hit flood control; waiting %ss", type(method).__name__, exc.retry_after
                    )
                await asyncio.sleep(exc.retry_after)
        raise AssertionError("unreachable")  # pragma: no cover


def build_bot(token: str, api_url: str | None, **session_options: Any) -> Bot:
    """A Bot for `token`, talking to `api_url` (a local Bot API server or an emulator) if given."""
    session = (
        AiohttpSession(api=TelegramAPIServer.from_base(api_url), **session_options)
        if api_url
        else AiohttpSession(**session_options)
    )
    session.middleware(RetryAfterMiddleware())
    return Bot(token, session=session, default=DefaultBotProperties(parse_mode=ParseMode.HTML))
