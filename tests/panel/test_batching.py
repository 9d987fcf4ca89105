"""Multi-id calls: batches of 100, the single-call fallback, and its bounded concurrency."""

from __future__ import annotations

import asyncio

import pytest

from bot.panel import AddOrder, ItemError, OrderState, PanelClient, PanelOutcomeUnknown
from bot.panel.batching import chunks, singly, unique_ids
from emulators.panel import PanelEmulator
from tests.panel.conftest import ReplayPanel, fast_client


async def place_orders(emu: PanelEmulator, count: int) -> list[str]:
    """Orders straight into the emulator's books (fast: no HTTP for 250 orders)."""
    ids = []
    for _ in range(count):
        emu.book.add({"service": "1", "link": "https://x", "quantity": "100"})
        ids.append(str(max(emu.book.orders)))
    return ids


async def test_250_ids_make_exactly_3_calls(v2: PanelClient, v2_emu: PanelEmulator) -> None:
    ids = await place_orders(v2_emu, 250)
    result = await v2.statuses(ids)
    calls = v2_emu.requests_of("status")
    assert len(calls) == 3
    assert [len(c.params["orders"].split(",")) for c in calls] == [100, 100, 50]
    assert list(result) == ids and all(isinstance(s, OrderState) for s in result.values())


async def test_batches_cover_refill_status_and_product_orders(
    v2: PanelClient, v2_emu: PanelEmulator
) -> None:
    ids = [str(n) for n in range(1, 151)]
    refills = await v2.refill_statuses(ids)
    products = await v2.product_order_statuses(ids)
    assert len(v2_emu.requests_of("refill_status")) == 2
    assert len(v2_emu.requests_of("product_order_status")) == 2
    assert refills["150"] == ItemError("Refill not found")
    assert products["1"] == ItemError("Incorrect order ID")


async def test_cancel_and_refill_many_are_batched(v2: PanelClient, v2_emu: PanelEmulator) -> None:
    ids = [str(n) for n in range(1, 201)]
    await v2.cancel(ids)
    await v2.refills(ids)
    assert len(v2_emu.requests_of("cancel")) == 2
    assert len(v2_emu.requests_of("refill")) == 2


async def test_panel_refusing_orders_falls_back_to_single_calls() -> None:
    async with PanelEmulator("v2", multi_status=False) as emu:
        ids = await place_orders(emu, 5)
        async with fast_client(emu.url, emu.key, multi_status_concurrency=2) as panel:
            first = await panel.statuses([*ids, "9"])
            assert not panel.capabilities.multi_status  # learned
            emu.requests.clear()
            second = await panel.statuses(ids)
        assert all(isinstance(first[i], OrderState) for i in ids)
        assert first["9"] == ItemError("Incorrect order ID")
        assert second == {i: first[i] for i in ids}
        # after learning, no more refused multi calls: one call per id
        assert [list(r.params) for r in emu.requests] == [["order"]] * 5


async def test_single_shape_for_one_id_is_accepted_without_learning(replay: ReplayPanel) -> None:
    replay.answer({"charge": "1", "status": "Pending", "remains": "5", "start_count": "0"})
    async with fast_client(replay.url, "replay-key") as panel:
        result = await panel.statuses(["7"])
        assert isinstance(result["7"], OrderState)
        assert panel.capabilities.multi_status


async def test_fallback_concurrency_is_bounded() -> None:
    running = 0
    peak = 0

    async def one(item: str) -> str:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.01)
        running -= 1
        return item

    result = await singly([str(n) for n in range(30)], one, asyncio.Semaphore(8))
    assert peak == 8 and len(result) == 30


async def test_fallback_transport_fault_cancels_the_rest() -> None:
    started: list[str] = []

    async def one(item: str) -> str:
        started.append(item)
        if item == "0":
            raise PanelOutcomeUnknown("lost", action="status")
        await asyncio.sleep(1)
        return item

    loop = asyncio.get_running_loop()
    began = loop.time()
    with pytest.raises(PanelOutcomeUnknown):
        await singly([str(n) for n in range(5)], one, asyncio.Semaphore(2))
    assert loop.time() - began < 0.5  # the others were cancelled, not awaited
    assert len(started) < 5


def test_ids_are_deduplicated_and_checked() -> None:
    assert unique_ids([" 1", "2", "1"]) == ["1", "2"]
    assert [len(c) for c in chunks([str(n) for n in range(201)])] == [100, 100, 1]
    with pytest.raises(ValueError):
        unique_ids(["1,2"])
    with pytest.raises(ValueError):
        unique_ids([""])


async def test_v2_always_batches_even_one_id(v2: PanelClient, v2_emu: PanelEmulator) -> None:
    order_id = await v2.add(AddOrder(service_id="1", link="https://x", quantity=100))
    await v2.statuses([order_id])
    assert v2_emu.requests_of("status")[0].params == {"orders": order_id}
