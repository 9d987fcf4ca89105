"""One HTTP exchange with a panel, its fault classification and the retry policy.

Classification decides what the store may do next, so it errs on the safe side: a failure is
:class:`PanelUnavailable` only when the request provably never reached the panel; anything
after the request may have been sent is :class:`PanelOutcomeUnknown`.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Mapping

import aiohttp
from pydantic import SecretStr
from yarl import URL

from bot.panel import parsing
from bot.panel.dialects import Dialect
from bot.panel.errors import (
    PanelBadResponse,
    PanelError,
    PanelOutcomeUnknown,
    PanelUnavailable,
)

log = logging.getLogger("bot.panel")

#: Actions that change nothing on the panel, so a lost answer may simply be asked again.
#: add, add_product_order, refill, cancel and addfunds are absent on purpose: never resent.
READ_ONLY_ACTIONS = frozenset(
    {
        "services", "status", "refill_status", "balance", "products", "product_order_status",
        "info", "screen", "search",
    }
)  # fmt: skip

_SNIPPET = 120


def safe_url(url: str) -> str:
    """``url`` without user info, query or fragment: fit for logs and ``repr``."""
    try:
        parsed = URL(url)
        return str(parsed.with_user(None).with_query(None).with_fragment(None))
    except (ValueError, TypeError):
        return "<invalid url>"


class Transport:
    """Sends one action as a POST form and returns the parsed JSON body."""

    def __init__(
        self,
        url: str,
        key: SecretStr,
        dialect: Dialect,
        *,
        timeout: float,
        connect_timeout: float,
        retries: int,
        backoff: float,
        session: aiohttp.ClientSession | None,
    ) -> None:
        self.url = url
        self._key = key
        self._dialect = dialect
        self._timeout = aiohttp.ClientTimeout(
            total=timeout, connect=min(connect_timeout, timeout), sock_connect=connect_timeout
        )
        self._retries = max(retries, 0)
        self._backoff = backoff
        self._session = session
        self._owns_session = session is None
        # replaceable, so tests can observe the backoff
        self.sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def __repr__(self) -> str:
        return f"Transport(url={safe_url(self.url)!r}, dialect={self._dialect.name!r})"

    async def close(self) -> None:
        """Close the session if this transport created it."""
        if self._session is not None and self._owns_session and not self._session.closed:
            await self._session.close()
        if self._owns_session:
            self._session = None

    def _session_now(self) -> aiohttp.ClientSession:
        # created lazily: a ClientSession wants a running event loop
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
            self._owns_session = True
        return self._session

    async def call(self, action: str, params: Mapping[str, str]) -> object:
        """Send ``action``; retry with backoff on transport faults only for read-only actions."""
        attempts = 1 + (self._retries if action in READ_ONLY_ACTIONS else 0)
        for attempt in range(1, attempts + 1):
            try:
                return await self._once(action, params)
            except (PanelUnavailable, PanelOutcomeUnknown) as exc:
                if attempt >= attempts:
                    raise
                # exponential backoff with jitter, so many clients do not retry in step
                delay = self._backoff * 2 ** (attempt - 1) * random.uniform(0.5, 1.5)
                log.warning(
                    "panel %s %s failed (%s), retry %d/%d in %.2fs",
                    safe_url(self.url), action, type(exc).__name__, attempt, attempts - 1, delay,
                )  # fmt: skip
                await self.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _once(self, action: str, params: Mapping[str, str]) -> object:
        form = {**params, "key": self._key.get_secret_value(), "action": action}
        log.debug("panel %s -> %s %s", safe_url(self.url), action, sorted(params))
        try:
            session = self._session_now()
            async with session.post(self.url, data=form, timeout=self._timeout) as response:
                raw = await response.read()
                http_status = response.status
                content_type = response.content_type
        except Exception as exc:
            raise self._classify(exc, action) from None
        return self._read(action, http_status, content_type, raw)

    def _classify(self, exc: BaseException, action: str) -> PanelError:
        """Map a transport exception; the chained cause is dropped so no request data leaks."""
        text = self._redact(f"{type(exc).__name__}: {exc}")
        if isinstance(exc, (aiohttp.ConnectionTimeoutError, aiohttp.ClientConnectorError)):
            # refused, DNS, TLS handshake or connect timeout: nothing was sent
            return PanelUnavailable(f"cannot connect: {text}", action=action)
        if isinstance(exc, (aiohttp.InvalidURL, ValueError)):
            return PanelUnavailable(f"bad panel url: {text}", action=action)
        if isinstance(exc, TimeoutError):
            limit = self._timeout.total
            return PanelOutcomeUnknown(f"no answer within {limit}s: {text}", action=action)
        if isinstance(exc, (aiohttp.ClientError, OSError)):
            return PanelOutcomeUnknown(f"connection lost: {text}", action=action)
        return PanelOutcomeUnknown(f"unexpected failure: {text}", action=action)

    def _read(self, action: str, http_status: int, content_type: str, raw: bytes) -> object:
        text = raw.decode("utf-8-sig", errors="replace")
        try:
            body: object = parsing.loads(text)
        except ValueError:
            body = _UNREADABLE
        rejection = self._dialect.rejection(
            None if body is _UNREADABLE else body, http_status, action
        )
        if rejection is not None:
            rejection.message = self._redact(rejection.message)
            log.info("panel %s %s rejected: %s", safe_url(self.url), action, rejection)
            raise rejection
        if http_status == 429:
            # rate limited: the panel refused before doing anything
            raise PanelUnavailable("rate limited (HTTP 429)", action=action)
        if http_status >= 500:
            raise PanelOutcomeUnknown(f"HTTP {http_status}: {self._snippet(text)}", action=action)
        if body is _UNREADABLE:
            raise PanelOutcomeUnknown(
                f"unreadable answer (HTTP {http_status}, {content_type}): {self._snippet(text)}",
                action=action,
            )
        if not (200 <= http_status < 300 or http_status in self._dialect_success()):
            raise PanelBadResponse(f"HTTP {http_status}: {self._snippet(text)}", action=action)
        return body

    def _dialect_success(self) -> frozenset[int]:
        # btj's table: "400 & status | Yes - Successful - Registered"
        return frozenset({400}) if self._dialect.name == "btj" else frozenset()

    def _snippet(self, text: str) -> str:
        return self._redact(" ".join(text.split())[:_SNIPPET])

    def _redact(self, text: str) -> str:
        secret = self._key.get_secret_value()
        # a key of a few letters would also blank ordinary words; real keys are long
        return text.replace(secret, "***") if len(secret) >= 6 else text


class _Unreadable:
    """Marks a body that is not JSON (``None`` is valid JSON, so it cannot mark that)."""


_UNREADABLE = _Unreadable()
