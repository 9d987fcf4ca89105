"""The panel emulator on its own: raw HTTP in both dialects, GET and POST, rules and faults."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from decimal import Decimal

import aiohttp
import pytest

from emulators.panel import PanelEmulator


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def ask(
    http: aiohttp.ClientSession, emu: PanelEmulator, method: str = "POST", **fields: str
) -> tuple[int, object]:
    fields.setdefault("key", emu.key)
    if method == "GET":
        request = http.get(emu.url, params=fields)
    else:
        request = http.post(emu.url, data=fields)
    async with request as response:
        return response.status, json.loads(await response.text())


async def test_get_query_and_post_form_are_both_served(
    http: aiohttp.ClientSession, v2_emu: PanelEmulator
) -> None:
    assert await ask(http, v2_emu, "GET", action="balance") == (
        200,
        {"balance": "1000", "currency": "USD"},
    )
    await ask(http, v2_emu, action="balance")
    assert [r.method for r in v2_emu.requests] == ["GET", "POST"]
    assert v2_emu.requests[0].key == v2_emu.key and v2_emu.requests[0].params == {}


def add(**fields: str) -> dict[str, str]:
    return {"action": "add", "link": "x", "quantity": "100", **fields}


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"key": "nope", "action": "balance"}, "Invalid API key"),
        ({}, "Incorrect request"),
        ({"action": "teleport"}, "Unknown action"),
        (add(service="99"), "Incorrect service ID"),
        (add(service="1", link=""), "Bad link"),
        (add(service="1", quantity="5"), "Quantity less than minimum"),
        (add(service="1", quantity="99999"), "Quantity more than maximum"),
        (add(service="3"), "Answer number is required"),
        ({"action": "status", "order": "1"}, "Incorrect order ID"),
        ({"action": "status", "orders": ",".join(map(str, range(101)))}, "Incorrect request"),
        ({"action": "add_product_order", "product": "9", "quantity": "1"}, "Unknown product"),
        (
            {"action": "add_product_order", "product": "2", "quantity": "1", "require": "a"},
            "Out of stock",
        ),
    ],
)
async def test_v2_validates_like_a_real_panel(
    http: aiohttp.ClientSession, v2_emu: PanelEmulator, fields: dict[str, str], error: str
) -> None:
    assert await ask(http, v2_emu, **fields) == (200, {"error": error})


async def test_funds_are_checked_and_charged(
    http: aiohttp.ClientSession, v2_emu: PanelEmulator
) -> None:
    v2_emu.balance = Decimal("0.1")
    fields = {"action": "add", "service": "1", "link": "x", "quantity": "100"}  # 0.90 per 1000
    assert await ask(http, v2_emu, **fields) == (200, {"order": 23501})
    assert v2_emu.balance == Decimal("0.01")
    assert await ask(http, v2_emu, **fields) == (200, {"error": "Not enough funds on balance"})
    assert v2_emu.balance == Decimal("0.01") and len(v2_emu.book.orders) == 1


async def test_dripfeed_multiplies_by_runs(v2_emu: PanelEmulator) -> None:
    v2_emu.add_service("Drip", rate="2", dripfeed=True, service_id=9, max=1000)
    v2_emu.book.add({"service": "9", "link": "x", "quantity": "100", "runs": "3"})
    order = v2_emu.order(23501)
    assert (order.quantity, order.charge) == (300, Decimal("0.6"))


async def test_statuses_and_refunds(v2_emu: PanelEmulator) -> None:
    v2_emu.book.add({"service": "4", "link": "x", "quantity": "1000"})  # 60.00000
    before = v2_emu.balance
    v2_emu.set_status(23501, "Partial", remains=250)
    assert v2_emu.order(23501).charge == Decimal("45")
    assert v2_emu.balance == before + Decimal("15")


async def test_btj_error_arrival_forms(http: aiohttp.ClientSession, btj_emu: PanelEmulator) -> None:
    btj_emu.fail_next("balance", 401, form="error")
    btj_emu.fail_next("balance", 401, form="status_error")
    btj_emu.fail_next("balance", 401, form="status")
    btj_emu.fail_next("balance", 401, form="http")
    answers = [await ask(http, btj_emu, action="balance") for _ in range(5)]
    assert answers[0] == (200, {"error": 401})
    assert answers[1] == (200, {"status": "error", "error": 401})
    assert answers[2][1] == {"status": 401, "message": "Not enough funds on balance"}
    assert answers[3][0] == 401
    assert answers[4] == (200, {"status": "success", "balance": 100000000, "currency": "Toman"})


async def test_btj_shapes(http: aiohttp.ClientSession, btj_emu: PanelEmulator) -> None:
    _, services = await ask(http, btj_emu, "GET", action="services")
    assert isinstance(services, list) and services[0]["rate"] == "8000"
    assert services[0]["currency"] == "Toman" and "type" not in services[0]
    _, added = await ask(http, btj_emu, action="add", service="1", link="@c", quantity="1000")
    assert added == {"status": 400, "order": "23501"}
    btj_emu.set_status(23501, "Completed", start_count=7)
    _, state = await ask(http, btj_emu, action="status", order="23501")
    assert isinstance(state, dict)
    assert (state["status"], state["startcount"], state["remains"]) == ("Done", "7", "0")
    assert await ask(http, btj_emu, action="status", orders="23501") == (200, {"error": 404})


async def test_fail_next_counts_and_wildcard(
    http: aiohttp.ClientSession, v2_emu: PanelEmulator
) -> None:
    v2_emu.fail_next("balance", "Incorrect request", count=2)
    v2_emu.fail_next("*", "Bad link")
    results = [await ask(http, v2_emu, action="balance") for _ in range(3)]
    assert [r[1] for r in results] == [
        {"error": "Incorrect request"},
        {"error": "Incorrect request"},
        {"error": "Bad link"},
    ]
    assert (await ask(http, v2_emu, action="balance"))[0] == 200


async def test_fault_kinds_on_the_wire(http: aiohttp.ClientSession, v2_emu: PanelEmulator) -> None:
    v2_emu.fail_next("balance", "http500")
    v2_emu.fail_next("balance", "html")
    v2_emu.fail_next("balance", "drop")
    async with http.post(v2_emu.url, data={"key": v2_emu.key, "action": "balance"}) as r:
        assert r.status == 500
    async with http.post(v2_emu.url, data={"key": v2_emu.key, "action": "balance"}) as r:
        assert r.status == 200 and r.content_type == "text/html"
    with pytest.raises(aiohttp.ServerDisconnectedError):
        async with http.post(v2_emu.url, data={"key": v2_emu.key, "action": "balance"}) as r:
            await r.read()


async def test_hang_is_released_by_stop(http: aiohttp.ClientSession) -> None:
    emu = PanelEmulator("v2", hang_seconds=30)
    await emu.start()
    emu.fail_next("balance", "hang")
    timeout = aiohttp.ClientTimeout(total=0.2)
    with pytest.raises(asyncio.TimeoutError):
        async with http.post(emu.url, data={"key": emu.key, "action": "balance"}, timeout=timeout):
            pass
    loop = asyncio.get_running_loop()
    began = loop.time()
    await emu.stop()
    assert loop.time() - began < 2
