"""The panel emulator's HTTP side: an aiohttp server speaking the v2 or btj dialect.

Usage::

    async with PanelEmulator(dialect="v2") as emu:
        client = PanelClient(emu.url, emu.key)
        order_id = await client.add(AddOrder(service_id="1", link="https://x", quantity=100))
        emu.set_status(order_id, "In progress", start_count=10, remains=60)
        emu.fail_next("status", "html")          # the next status call gets an HTML page
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import deque
from collections.abc import Mapping
from decimal import Decimal
from types import TracebackType
from typing import Literal, Self

from aiohttp import web

from emulators.panel.book import PanelBook
from emulators.panel.catalogue import (
    Channel,
    EmuOrder,
    EmuProduct,
    EmuProductOrder,
    EmuRefill,
    EmuService,
    btj_services,
    v2_products,
    v2_services,
)
from emulators.panel.faults import (
    HTML_PAGE,
    TRANSPORT_FAULTS,
    BtjForm,
    Fault,
    FaultQueue,
    RecordedRequest,
    fault_error,
)
from emulators.panel.rules import BTJ_ACTIONS, V2_ACTIONS, Params, Reject


class PanelEmulator:
    """A local SMM panel of either dialect, with every action of the seeds."""

    def __init__(
        self,
        dialect: Literal["v2", "btj"] = "v2",
        key: str = "test-key",
        currency: str | None = None,
        *,
        balance: Decimal | int | str | None = None,
        multi_status: bool = True,
        supports: set[str] | frozenset[str] | None = None,
        hang_seconds: float = 30.0,
        btj_form: BtjForm = "error",
        preload: bool = True,
    ) -> None:
        """``supports`` limits the actions answered (others get "unknown action");
        ``multi_status=False`` refuses ``orders=``; ``btj_form`` is how btj codes arrive."""
        self.dialect = dialect
        self.key = key
        default_currency, default_balance = (
            ("Toman", "100000000") if dialect == "btj" else ("USD", "1000")
        )
        self.book = PanelBook(
            dialect, currency or default_currency, Decimal(str(balance or default_balance))
        )
        self.book.multi_status = multi_status
        self.supports = (
            frozenset(supports)
            if supports is not None
            else (BTJ_ACTIONS if dialect == "btj" else V2_ACTIONS)
        )
        self.hang_seconds = hang_seconds
        self.btj_form: BtjForm = btj_form
        self.requests: list[RecordedRequest] = []
        self._faults = FaultQueue()
        self._runner: web.AppRunner | None = None
        self._stopping = asyncio.Event()
        self._port = 0
        self._host = "127.0.0.1"
        if preload:
            for service in btj_services() if dialect == "btj" else v2_services():
                self.book.services[service.service_id] = service
            if dialect == "v2":
                for product in v2_products():
                    self.book.products[product.product_id] = product

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Listen on ``host:port`` (0 = a free port); returns :attr:`url`."""
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # a short shutdown: a test's hanging answer must not hold up stop()
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        self._host = host
        self._port = self._runner.addresses[0][1]  # the bound port when 0 was asked
        return self.url

    async def stop(self) -> None:
        """Stop serving; a hanging answer is released at once."""
        self._stopping.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def url(self) -> str:
        """The API URL, e.g. ``http://127.0.0.1:41234/api/v2``."""
        path = "/api/" if self.dialect == "btj" else "/api/v2"
        return f"http://{self._host}:{self._port}{path}"

    # -- test controls -----------------------------------------------------------------------

    def requests_of(self, action: str) -> list[RecordedRequest]:
        """Every recorded request of ``action``, oldest first."""
        return [r for r in self.requests if r.action == action]

    def fail_next(
        self,
        action: str,
        kind: str | int,
        count: int = 1,
        *,
        form: BtjForm | None = None,
        apply: bool = False,
    ) -> None:
        """Fail the next ``count`` calls of ``action`` (``"*"`` = any action).

        ``kind``: an error text of the seeds (``"Not enough funds on balance"``), a btj code
        (``401``, arriving as ``form`` says), or ``"http500"``, ``"html"`` (200 with an HTML
        page), ``"hang"`` (answer after :attr:`hang_seconds`), ``"drop"`` (close the
        connection). ``apply=True`` carries out a transport-faulted request before failing,
        as when a panel placed an order but the answer got lost.
        """
        queue = self._faults.by_action.setdefault(action, deque())
        queue.append(Fault(kind, count, form, apply))

    def add_service(
        self,
        name: str,
        *,
        rate: Decimal | str | int = "1",
        min: int = 10,
        max: int = 10000,
        type: str = "Default",
        category: str = "Other",
        refill: bool = False,
        cancel: bool = False,
        dripfeed: bool = False,
        refill_time: int | None = None,
        description: str | None = None,
        service_id: int | None = None,
    ) -> EmuService:
        """Add a service to the catalogue (any type) and return it."""
        number = service_id or max_id(self.book.services) + 1
        service = EmuService(
            number,
            name,
            category,
            Decimal(str(rate)),
            min,
            max,
            type,
            refill,
            cancel,
            dripfeed,
            refill_time,
            description,
        )
        self.book.services[number] = service
        return service

    def add_product(
        self,
        name: str,
        *,
        rate: Decimal | str | int = "1",
        min: int = 1,
        max: int = 10,
        category: str = "Other",
        require: str | None = None,
        inventory: int | None = None,
        product_id: int | None = None,
    ) -> EmuProduct:
        """Add a digital product and return it."""
        number = product_id or max_id(self.book.products) + 1
        product = EmuProduct(
            number, name, category, Decimal(str(rate)), min, max, require, inventory
        )
        self.book.products[number] = product
        return product

    def order(self, order_id: str | int) -> EmuOrder:
        """The stored order ``order_id``."""
        return self.book.orders[int(order_id)]

    def set_status(
        self,
        order_id: str | int,
        status: str,
        *,
        start_count: int | None = None,
        remains: int | None = None,
        charge: Decimal | str | None = None,
    ) -> None:
        """Move an order to ``status`` (any spelling; btj shows Completed as "Done")."""
        self.book.set_order_status(
            self.order(order_id),
            status,
            start_count=start_count,
            remains=remains,
            charge=None if charge is None else Decimal(str(charge)),
        )

    def set_refill_status(self, refill_id: str | int, status: str) -> None:
        """Move a refill to ``status``."""
        self.refill(refill_id).status = status

    def refill(self, refill_id: str | int) -> EmuRefill:
        """The stored refill ``refill_id``."""
        return self.book.refills[int(refill_id)]

    def set_product_status(
        self,
        order_id: str | int,
        status: str,
        *,
        result: str | None = None,
        note: str | None = None,
    ) -> None:
        """Move a product order, with its delivered ``result`` or a ``note``."""
        order = self.product_order(order_id)
        order.status, order.result, order.note = status, result, note

    def product_order(self, order_id: str | int) -> EmuProductOrder:
        """The stored product order ``order_id``."""
        return self.book.product_orders[int(order_id)]

    def pay(self, code: int | str) -> None:
        """The payment link ``code`` of ``addfunds`` was paid: credit the balance once."""
        self.book.extras.pay(int(code))

    def set_channel(self, link: str, *, subscribers: int = 28106, add: str = "80k") -> None:
        """What ``info``/``search`` report for ``link`` (btj)."""
        self.book.channels[link] = Channel(subscribers, add)

    @property
    def balance(self) -> Decimal:
        """The store's balance on this panel."""
        return self.book.balance

    @balance.setter
    def balance(self, value: Decimal) -> None:
        self.book.balance = Decimal(value)

    # -- HTTP --------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        params: Params = {k: str(v) for k, v in request.query.items()}
        if request.method == "POST":
            form = await request.post()
            params.update({k: str(v) for k, v in form.items()})
        key = params.pop("key", None)
        action = params.pop("action", None)
        self.requests.append(RecordedRequest(action, dict(params), request.method, key))
        fault = self._faults.take(action) if action else None
        if fault is not None and fault.kind not in TRANSPORT_FAULTS:
            return self._error(fault_error(fault.kind), fault.form)
        answer = self._answer(key, action, params) if fault is None or fault.apply else None
        if fault is None:
            assert answer is not None
            return answer
        return await self._transport_fault(request, str(fault.kind), answer)

    def _answer(self, key: str | None, action: str | None, params: Params) -> web.Response:
        try:
            if key != self.key:
                raise Reject("key")
            if not action:
                raise Reject("request")
            if action not in self.supports or action not in self.book.handlers:
                raise Reject("action")
            if self.dialect == "btj" and ("orders" in params or "refills" in params):
                raise Reject("action")  # seed 000 documents single-order status only
            return _json(self.book.handlers[action](params))
        except Reject as exc:
            return self._error((exc.message, exc.code), None)

    def _error(self, error: tuple[str, int | None], form: BtjForm | None) -> web.Response:
        message, code = error
        if self.dialect == "v2" or code is None:
            return _json({"error": message})
        form = form or self.btj_form
        if form == "status_error":
            return _json({"status": "error", "error": code})
        if form == "status":
            return _json({"status": code, "message": message})
        if form == "http":
            return _json({"message": message}, status=code)
        return _json({"error": code})

    async def _transport_fault(
        self, request: web.Request, kind: str, answer: web.Response | None
    ) -> web.StreamResponse:
        if kind == "http500":
            return web.Response(status=500, text="Internal Server Error")
        if kind == "html":
            return web.Response(text=HTML_PAGE, content_type="text/html")
        if kind == "hang":
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.hang_seconds)
            return answer or _json({"error": "too late"})
        # "drop": close the socket without a word; the client sees a disconnect
        if request.transport is not None:
            request.transport.close()
        raise web.HTTPServiceUnavailable()  # never reaches the closed socket


def max_id(table: Mapping[int, object]) -> int:
    """The largest id in ``table`` (0 when empty)."""
    return max(table, default=0)


def _json(body: object, status: int = 200) -> web.Response:
    return web.Response(
        text=json.dumps(body, ensure_ascii=False), status=status, content_type="application/json"
    )
