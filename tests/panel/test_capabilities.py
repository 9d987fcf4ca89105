"""Capabilities: known from the dialect, learned from "unknown action" answers at run time."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.panel import Capabilities, PanelClient, UnsupportedAction, WrongOperation
from emulators.panel import PanelEmulator
from tests.panel.conftest import fast_client


def test_dialect_defaults() -> None:
    v2 = PanelClient("http://x/api/v2", "secret-key-1")
    btj = PanelClient("http://x/api/", "secret-key-1", dialect="btj")
    assert v2.capabilities == Capabilities(
        refill=True, cancel=True, products=True, addfunds=False, screen=False, info=False,
        search=False, multi_status=True, multi_refill=True,
    )  # fmt: skip
    assert btj.capabilities == Capabilities(
        refill=False, cancel=False, products=False, addfunds=True, screen=True, info=True,
        search=True, multi_status=False, multi_refill=False,
    )  # fmt: skip


def test_each_client_learns_on_its_own() -> None:
    shared = Capabilities()
    first = PanelClient("http://x", "secret-key-1", capabilities=shared)
    first.capabilities.refill = False
    assert shared.refill and PanelClient("http://x", "secret-key-1").capabilities.refill


def test_unknown_dialect_is_refused() -> None:
    with pytest.raises(ValueError, match="dialect"):
        PanelClient("http://x", "secret-key-1", dialect="v3")  # type: ignore[arg-type]


async def test_v2_panel_without_refill_is_learned_once() -> None:
    supports = {"services", "add", "status", "balance", "cancel"}
    async with PanelEmulator("v2", supports=supports) as emu:
        async with fast_client(emu.url, emu.key) as panel:
            with pytest.raises(UnsupportedAction):
                await panel.refill("1")
            assert not panel.capabilities.refill
            with pytest.raises(UnsupportedAction):
                await panel.refill_status("1")
            with pytest.raises(UnsupportedAction):
                await panel.refills(["1", "2"])
        assert len(emu.requests_of("refill")) == 1  # then refused without asking


async def test_v2_panel_without_products_is_learned() -> None:
    async with PanelEmulator("v2", supports={"services", "add", "status"}) as emu:
        async with fast_client(emu.url, emu.key) as panel:
            with pytest.raises(UnsupportedAction):
                await panel.products()
            assert not panel.capabilities.products
            with pytest.raises(UnsupportedAction):
                await panel.add_product_order("1", 1, None)
        assert [r.action for r in emu.requests] == ["products"]


async def test_v2_panel_that_has_screen_when_told() -> None:
    supports = {"services", "add", "status", "screen", "info", "search"}
    async with PanelEmulator("v2", supports=supports) as emu:
        caps = Capabilities(screen=True, info=True, search=True)
        async with fast_client(emu.url, emu.key, capabilities=caps) as panel:
            assert await panel.info("@chan") == 28106
            with pytest.raises(UnsupportedAction):  # assumed, but the panel says no
                await panel.addfunds(Decimal(5))


async def test_btj_404_on_an_undocumented_action_switches_it_off() -> None:
    async with PanelEmulator("btj") as emu:
        caps = Capabilities(refill=True, cancel=True, products=True)
        async with fast_client(emu.url, emu.key, dialect="btj", capabilities=caps) as panel:
            with pytest.raises(UnsupportedAction):
                await panel.refill("1")
            with pytest.raises(UnsupportedAction):
                await panel.cancel(["1"])
            assert not (panel.capabilities.refill or panel.capabilities.cancel)
            assert panel.capabilities.products  # not asked yet, still assumed


async def test_btj_404_on_a_documented_action_is_a_bad_parameter() -> None:
    async with PanelEmulator("btj") as emu:
        emu.fail_next("screen", 404)
        async with fast_client(emu.url, emu.key, dialect="btj") as panel:
            with pytest.raises(WrongOperation) as caught:
                await panel.screen("@chan")
            assert not isinstance(caught.value, UnsupportedAction)
            assert panel.capabilities.screen
            assert (await panel.screen("@chan")).endswith(".png")
