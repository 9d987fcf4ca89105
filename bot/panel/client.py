"""The panel client: one interface over both dialects, one ``aiohttp.ClientSession`` per panel.

Every method returns normalised, typed results (``models.py``) or raises a typed error
(``errors.py``). Per-id failures inside multi calls are :class:`ItemError` values.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from decimal import Decimal
from functools import partial
from types import TracebackType
from typing import Literal, Self, TypeVar

import aiohttp
from pydantic import SecretStr

from bot.panel import batching, parsing, wire
from bot.panel.dialects import dialect_for
from bot.panel.errors import (
    PanelBadResponse,
    PanelRejected,
    UnsupportedAction,
    rejection_from_message,
)
from bot.panel.models import (
    AddOrder,
    Balance,
    Capabilities,
    FundsLink,
    ItemError,
    OrderState,
    PanelProduct,
    PanelService,
    ProductOrderState,
    RefillState,
)
from bot.panel.transport import Transport, safe_url

log = logging.getLogger("bot.panel")

T = TypeVar("T")
Params = dict[str, str]


class PanelClient:
    """Async client of one SMM panel. Use as ``async with PanelClient(...) as panel``."""

    def __init__(
        self,
        url: str,
        key: str | SecretStr,
        *,
        dialect: Literal["v2", "btj"] = "v2",
        currency: str = "USD",
        timeout: float = 15.0,
        connect_timeout: float = 5.0,
        retries: int = 3,
        backoff: float = 0.5,
        multi_status_concurrency: int = 8,
        session: aiohttp.ClientSession | None = None,
        capabilities: Capabilities | None = None,
    ) -> None:
        """``capabilities`` overrides what the dialect assumes (e.g. a v2 panel with screen)."""
        self._dialect = dialect_for(dialect)
        self.dialect = self._dialect.name
        self.currency = currency
        self.capabilities = (capabilities or self._dialect.capabilities()).copy()
        secret = key if isinstance(key, SecretStr) else SecretStr(key)
        self._transport = Transport(
            url,
            secret,
            self._dialect,
            timeout=timeout,
            connect_timeout=connect_timeout,
            retries=retries,
            backoff=backoff,
            session=session,
        )
        self._limit = asyncio.Semaphore(max(1, multi_status_concurrency))

    def __repr__(self) -> str:
        return f"PanelClient(url={safe_url(self._transport.url)!r}, dialect={self.dialect!r})"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the HTTP session (only if the client created it)."""
        await self._transport.close()

    # -- plumbing ---------------------------------------------------------------------------

    def _require(self, capability: str, action: str) -> None:
        if not getattr(self.capabilities, capability):
            raise UnsupportedAction(f"the panel has no {action!r}", action=action)

    def _learn(self, capability: str, why: str) -> None:
        if getattr(self.capabilities, capability):
            setattr(self.capabilities, capability, False)
            log.warning(
                "panel %s: %s switched off (%s)", safe_url(self._transport.url), capability, why
            )

    async def _call(self, action: str, params: Params, capability: str | None = None) -> object:
        """Send ``action``; an "unknown action" answer switches ``capability`` off."""
        if capability is not None:
            self._require(capability, action)
        try:
            return await self._transport.call(action, params)
        except PanelRejected as exc:
            if capability is None or not self._dialect.means_unsupported(exc, action):
                raise
            self._learn(capability, exc.message)
            if isinstance(exc, UnsupportedAction):
                raise
            raise UnsupportedAction(exc.message, action=action, code=exc.code) from exc

    @staticmethod
    def _read(action: str, parse: Callable[[], T]) -> T:
        """Run a parser; a shape we cannot read is :class:`PanelBadResponse`."""
        try:
            return parse()
        except ValueError as exc:
            first = str(exc).splitlines()[0][:200]
            raise PanelBadResponse(f"unreadable answer: {first}", action=action) from None

    @staticmethod
    def _raise_nested(action: str, body: object, name: str) -> None:
        # a single refill may come back as {"refill": {"error": "..."}}
        if isinstance(body, dict):
            nested = wire.item_error(body.get(name))
            if nested is not None:
                raise rejection_from_message(nested.message, action=action)

    async def _multi(
        self,
        ids: Sequence[str],
        *,
        flag: str,
        batch: Callable[[list[str]], Awaitable[dict[str, T | ItemError]]],
        one: Callable[[str], Awaitable[T]],
        shape_counts: bool,
    ) -> dict[str, T | ItemError]:
        """Batches of 100 while the panel takes them (``flag``), else single calls."""
        wanted = batching.unique_ids(ids)
        results: dict[str, T | ItemError] = {}
        if getattr(self.capabilities, flag):
            for chunk in batching.chunks(wanted):
                try:
                    results.update(await batch(chunk))
                except PanelRejected as exc:
                    if not batching.is_batch_refusal(exc, shape_counts=shape_counts):
                        raise
                    self._learn(flag, exc.message)
                    break
                except PanelBadResponse as exc:
                    if not shape_counts:
                        raise
                    self._learn(flag, exc.message)
                    break
        rest = [item for item in wanted if item not in results]
        if rest:
            results.update(await batching.singly(rest, one, self._limit))
        return {item: results[item] for item in wanted}

    # -- catalogue and orders ---------------------------------------------------------------

    async def services(self) -> list[PanelService]:
        """The panel's catalogue; rates are per 1000 in the panel's currency."""
        body = await self._call("services", {})
        return self._read("services", lambda: wire.services(body, self.currency))

    async def add(self, order: AddOrder) -> str:
        """Place an order; returns the panel's order id. Sent once, never retried."""
        body = await self._call("add", order.to_params())
        return self._read("add", lambda: wire.field(body, "order"))

    async def status(self, order_id: str) -> OrderState:
        """Status of one order."""
        body = await self._call("status", {"order": order_id})
        return self._read("status", lambda: wire.order_state(body, self.currency))

    async def statuses(self, order_ids: Sequence[str]) -> dict[str, OrderState | ItemError]:
        """Status of any number of orders: batches of 100, or single calls where the panel
        has no multi-status (seed 000)."""

        async def batch(chunk: list[str]) -> dict[str, OrderState | ItemError]:
            body = await self._call("status", {"orders": ",".join(chunk)})
            one = partial(wire.order_state, currency=self.currency)
            if len(chunk) == 1 and wire.is_single_shape(body):
                # a panel may answer a one-id multi call in the single shape
                return {chunk[0]: self._read("status", partial(one, body))}
            return self._read("status", partial(wire.keyed, body, chunk, one))

        return await self._multi(
            order_ids, flag="multi_status", batch=batch, one=self.status, shape_counts=True
        )

    async def cancel(self, order_ids: Sequence[str]) -> dict[str, bool | ItemError]:
        """Ask to cancel orders; ``True`` = the panel accepted the request. Never retried."""
        self._require("cancel", "cancel")
        results: dict[str, bool | ItemError] = {}
        for chunk in batching.chunks(batching.unique_ids(order_ids)):
            body = await self._call("cancel", {"orders": ",".join(chunk)}, "cancel")
            parse = partial(wire.listed, body, chunk, "order", "cancel", wire.accepted)
            results.update(self._read("cancel", parse))
        return results

    # -- refills ----------------------------------------------------------------------------

    async def refill(self, order_id: str) -> str:
        """Ask for a refill of one order; returns the refill id. Never retried."""
        body = await self._call("refill", {"order": order_id}, "refill")
        self._raise_nested("refill", body, "refill")
        return self._read("refill", lambda: wire.field(body, "refill"))

    async def refills(self, order_ids: Sequence[str]) -> dict[str, str | ItemError]:
        """Refills of many orders; per-id refusals are :class:`ItemError` values."""
        self._require("refill", "refill")

        async def batch(chunk: list[str]) -> dict[str, str | ItemError]:
            body = await self._call("refill", {"orders": ",".join(chunk)}, "refill")
            return self._read(
                "refill", lambda: wire.listed(body, chunk, "order", "refill", _refill_id)
            )

        # a multi refill with an unreadable answer may have been applied: no fallback then
        return await self._multi(
            order_ids, flag="multi_refill", batch=batch, one=self.refill, shape_counts=False
        )

    async def refill_status(self, refill_id: str) -> RefillState:
        """Status of one refill."""
        body = await self._call("refill_status", {"refill": refill_id}, "refill")
        self._raise_nested("refill_status", body, "status")
        return self._read("refill_status", lambda: wire.refill_state(body))

    async def refill_statuses(
        self, refill_ids: Sequence[str]
    ) -> dict[str, RefillState | ItemError]:
        """Status of many refills, batched like :meth:`statuses`."""
        self._require("refill", "refill_status")

        async def batch(chunk: list[str]) -> dict[str, RefillState | ItemError]:
            body = await self._call("refill_status", {"refills": ",".join(chunk)}, "refill")
            return self._read(
                "refill_status",
                lambda: wire.listed(body, chunk, "refill", "status", wire.refill_state),
            )

        return await self._multi(
            refill_ids, flag="multi_status", batch=batch, one=self.refill_status, shape_counts=True
        )

    # -- money ------------------------------------------------------------------------------

    async def balance(self) -> Balance:
        """The store's balance on the panel."""
        body = await self._call("balance", {})
        return self._read("balance", lambda: wire.balance(body, self.currency))

    async def addfunds(self, amount: Decimal) -> FundsLink:
        """A payment link for topping up the panel balance (btj). Never retried."""
        body = await self._call("addfunds", {"amount": _plain(amount)}, "addfunds")
        return self._read("addfunds", lambda: wire.funds_link(body, self.currency, amount))

    # -- btj channel tools ------------------------------------------------------------------

    async def screen(self, link: str) -> str:
        """URL of a preview picture of a Telegram channel or group."""
        body = await self._call("screen", {"link": link}, "screen")
        return self._read("screen", lambda: wire.field(body, "link", "screen", "url"))

    async def search(self, link: str) -> str:
        """How many members can still be added, in the panel's words (e.g. ``"80k"``)."""
        body = await self._call("search", {"link": link}, "search")
        return self._read("search", lambda: wire.field(body, "add"))

    async def info(self, link: str) -> int:
        """Subscriber count of a channel or group."""
        body = await self._call("info", {"link": link}, "info")
        return self._read("info", lambda: _count(wire.field(body, "subscribers", "count")))

    # -- digital products -------------------------------------------------------------------

    async def products(self) -> list[PanelProduct]:
        """The catalogue of digital products (seed 004)."""
        body = await self._call("products", {}, "products")
        return self._read("products", lambda: wire.products(body))

    async def add_product_order(self, product_id: str, quantity: int, require: str | None) -> str:
        """Order a product; returns the product order id. Never retried."""
        params = {"product": product_id, "quantity": str(quantity)}
        if require is not None:
            params["require"] = require
        body = await self._call("add_product_order", params, "products")
        return self._read("add_product_order", lambda: wire.field(body, "order", "id"))

    async def product_order_status(self, order_id: str) -> ProductOrderState:
        """Status of one product order, with the delivered ``result`` once completed."""
        body = await self._call("product_order_status", {"order": order_id}, "products")
        return self._read("product_order_status", lambda: wire.product_order_state(body))

    async def product_order_statuses(
        self, ids: Sequence[str]
    ) -> dict[str, ProductOrderState | ItemError]:
        """Status of many product orders, batched like :meth:`statuses`."""
        action = "product_order_status"
        self._require("products", action)

        async def batch(chunk: list[str]) -> dict[str, ProductOrderState | ItemError]:
            body = await self._call(action, {"orders": ",".join(chunk)}, "products")
            if len(chunk) == 1 and wire.is_single_shape(body):
                return {chunk[0]: self._read(action, partial(wire.product_order_state, body))}
            return self._read(action, partial(wire.keyed, body, chunk, wire.product_order_state))

        return await self._multi(
            ids, flag="multi_status", batch=batch, one=self.product_order_status, shape_counts=True
        )


def _refill_id(value: object) -> str:
    text = parsing.to_text(value)
    if text is None:
        raise ValueError("empty refill id")
    return text


def _count(text: str) -> int:
    number = parsing.to_int(text.replace(",", "").replace(" ", ""))
    if number is None:
        raise ValueError("empty count")
    return number


def _plain(amount: Decimal) -> str:
    # "50000", not "5E+4": panels parse plain decimal text
    return format(amount, "f")
