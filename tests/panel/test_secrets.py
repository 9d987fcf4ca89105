"""The API key never shows in repr/str of the client or its errors, nor in any log line."""

from __future__ import annotations

import logging

import pytest
from pydantic import SecretStr

from bot.panel import AddOrder, PanelClient, PanelError, PanelOutcomeUnknown, UnknownPanelError
from emulators.panel import PanelEmulator
from tests.panel.conftest import ReplayPanel, fast_client

KEY = "sk-live-7f3a9c2e51d84b06"


def test_key_not_in_repr_or_str_or_vars() -> None:
    panel = PanelClient("https://user:pw@panel.example/api/v2?key=" + KEY, SecretStr(KEY))
    for text in (repr(panel), str(panel), repr(vars(panel)), repr(panel._transport)):
        assert KEY not in text
    assert "pw" not in repr(panel) and repr(panel).startswith("PanelClient(url='https://panel")


async def test_key_is_sent_to_the_panel(replay: ReplayPanel) -> None:
    replay.answer({"balance": "1", "currency": "USD"})
    async with fast_client(replay.url, KEY) as panel:
        await panel.balance()
    assert replay.forms[0]["key"] == KEY


async def test_key_echoed_by_a_panel_is_redacted_from_errors(replay: ReplayPanel) -> None:
    replay.answer({"error": f"Key {KEY} has expired"})
    replay.answer(f"<html>Fatal error for key={KEY}</html>", status=500, content_type="text/html")
    async with fast_client(replay.url, KEY, retries=0) as panel:
        with pytest.raises(UnknownPanelError) as rejected:
            await panel.balance()
        with pytest.raises(PanelOutcomeUnknown) as unknown:
            await panel.balance()
    for error in (rejected.value, unknown.value):
        assert KEY not in str(error) and KEY not in repr(error) and KEY not in error.message
        assert "***" in str(error)


async def test_key_not_in_logs_through_faults_and_rejections(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    async with PanelEmulator("v2", key=KEY) as emu:
        emu.fail_next("status", "html")
        emu.fail_next("balance", "drop")
        emu.fail_next("services", "Invalid API key")
        async with fast_client(emu.url, KEY, timeout=0.3) as panel:
            order_id = await panel.add(AddOrder(service_id="1", link="https://x", quantity=100))
            await panel.status(order_id)
            await panel.balance()
            with pytest.raises(PanelError):
                await panel.services()
            emu.fail_next("add", "hang")
            with pytest.raises(PanelOutcomeUnknown):
                await panel.add(AddOrder(service_id="1", link="https://x", quantity=100))
    assert caplog.records, "the client is expected to log its retries and rejections"
    assert "retry" in caplog.text
    assert KEY not in caplog.text
    for record in caplog.records:
        assert KEY not in record.getMessage()
