"""Transport faults: how each is classified, and which calls are retried (only read-only ones)."""

from __future__ import annotations

import socket
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import aiohttp
import pytest
from aiohttp.abc import AbstractResolver, ResolveResult
from pydantic import SecretStr

from bot.panel import (
    AddOrder,
    EligibleId,
    IncorrectOrderId,
    NotEnoughFunds,
    OrderStatus,
    PanelBadResponse,
    PanelClient,
    PanelOutcomeUnknown,
    PanelUnavailable,
)
from bot.panel.dialects import Dialect
from bot.panel.transport import Transport
from emulators.panel import PanelEmulator
from tests.panel.conftest import ReplayPanel, fast_client

TRANSPORT_FAULTS = ["http500", "html", "hang", "drop"]
Call = Callable[[PanelClient], Awaitable[Any]]


def quick(emu: PanelEmulator, **options: Any) -> PanelClient:
    """A client whose timeout is short enough for "hang" tests."""
    return fast_client(emu.url, emu.key, dialect=emu.dialect, timeout=0.3, **options)


async def completed_order(emu: PanelEmulator) -> str:
    async with quick(emu) as panel:
        order_id = await panel.add(AddOrder(service_id="1", link="https://x", quantity=100))
    emu.set_status(order_id, "Completed")
    emu.requests.clear()
    return order_id


# -- writes are sent exactly once -------------------------------------------------------------

WRITES: dict[str, Call] = {
    "add": lambda p: p.add(AddOrder(service_id="1", link="https://x", quantity=100)),
    "add_product_order": lambda p: p.add_product_order("1", 1, "me"),
    "refill": lambda p: p.refill("23501"),
    "cancel": lambda p: p.cancel(["23501"]),
}


@pytest.mark.parametrize("kind", TRANSPORT_FAULTS)
@pytest.mark.parametrize("action", list(WRITES))
async def test_a_write_with_a_lost_answer_is_sent_once(
    v2_emu: PanelEmulator, action: str, kind: str
) -> None:
    await completed_order(v2_emu)
    v2_emu.fail_next(action, kind)
    async with quick(v2_emu) as panel:
        with pytest.raises(PanelOutcomeUnknown):
            await WRITES[action](panel)
    assert len(v2_emu.requests_of(action)) == 1


@pytest.mark.parametrize("kind", TRANSPORT_FAULTS)
async def test_btj_addfunds_is_never_resent(btj_emu: PanelEmulator, kind: str) -> None:
    btj_emu.fail_next("addfunds", kind)
    async with quick(btj_emu) as panel:
        with pytest.raises(PanelOutcomeUnknown):
            await panel.addfunds(Decimal(1000))
    assert len(btj_emu.requests_of("addfunds")) == 1


async def test_add_that_times_out_may_still_have_been_placed(v2_emu: PanelEmulator) -> None:
    v2_emu.fail_next("add", "hang", apply=True)
    async with quick(v2_emu) as panel:
        with pytest.raises(PanelOutcomeUnknown, match="no answer within"):
            await WRITES["add"](panel)
    assert len(v2_emu.requests_of("add")) == 1
    assert len(v2_emu.book.orders) == 1  # why "unknown" must never be resent blindly


# -- reads are retried ------------------------------------------------------------------------

READS_V2: dict[str, Call] = {
    "services": lambda p: p.services(),
    "status": lambda p: p.status("23501"),
    "refill_status": lambda p: p.refill_status("1"),
    "balance": lambda p: p.balance(),
    "products": lambda p: p.products(),
    "product_order_status": lambda p: p.product_order_status("7001"),
}
READS_BTJ: dict[str, Call] = {
    "info": lambda p: p.info("@chan"),
    "screen": lambda p: p.screen("@chan"),
    "search": lambda p: p.search("@chan"),
    "status": lambda p: p.status("23501"),
}


async def prepare_reads(emu: PanelEmulator) -> None:
    async with quick(emu) as panel:
        order_id = await panel.add(
            AddOrder(service_id="1", link="@chan", quantity=1000 if emu.dialect == "btj" else 100)
        )
        emu.set_status(order_id, "Completed")
        if emu.dialect == "v2":
            await panel.refill(order_id)
            await panel.add_product_order("3", 1, None)
    emu.requests.clear()


@pytest.mark.parametrize("kind", TRANSPORT_FAULTS)
@pytest.mark.parametrize("action", list(READS_V2))
async def test_a_read_is_retried_after_a_fault_and_succeeds(
    v2_emu: PanelEmulator, action: str, kind: str
) -> None:
    await prepare_reads(v2_emu)
    v2_emu.fail_next(action, kind)
    async with quick(v2_emu) as panel:
        await READS_V2[action](panel)
    assert len(v2_emu.requests_of(action)) == 2


@pytest.mark.parametrize("action", list(READS_BTJ))
async def test_btj_reads_are_retried(btj_emu: PanelEmulator, action: str) -> None:
    await prepare_reads(btj_emu)
    btj_emu.fail_next(action, "html")
    async with quick(btj_emu) as panel:
        await READS_BTJ[action](panel)
    assert len(btj_emu.requests_of(action)) == 2


async def test_status_html_once_is_retried_and_succeeds(v2_emu: PanelEmulator) -> None:
    await prepare_reads(v2_emu)
    v2_emu.fail_next("status", "html")
    async with quick(v2_emu) as panel:
        state = await panel.status("23501")
    assert state.status is OrderStatus.COMPLETED
    assert len(v2_emu.requests_of("status")) == 2


async def test_retries_give_up_with_backoff(v2_emu: PanelEmulator) -> None:
    v2_emu.fail_next("balance", "http500", count=10)
    async with quick(v2_emu, retries=3, backoff=0.01) as panel:
        delays: list[float] = []

        async def record(delay: float) -> None:
            delays.append(delay)

        panel._transport.sleep = record
        with pytest.raises(PanelOutcomeUnknown, match="HTTP 500"):
            await panel.balance()
    assert len(v2_emu.requests_of("balance")) == 4  # 1 + 3 retries
    assert len(delays) == 3
    for n, delay in enumerate(delays):  # 0.01 * 2**n, with jitter of 0.5..1.5
        assert 0.005 * 2**n <= delay <= 0.015 * 2**n


async def test_rejections_are_never_retried(v2_emu: PanelEmulator) -> None:
    v2_emu.fail_next("status", "Incorrect order ID")
    v2_emu.fail_next("balance", "Not enough funds on balance")
    async with quick(v2_emu) as panel:
        with pytest.raises(IncorrectOrderId):
            await panel.status("1")
        with pytest.raises(NotEnoughFunds):
            await panel.balance()
    assert len(v2_emu.requests) == 2


# -- classification ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_connection_refused_is_unavailable() -> None:
    url = f"http://127.0.0.1:{free_port()}/api/v2"
    async with fast_client(url, "secret-key-1") as panel:
        with pytest.raises(PanelUnavailable, match="cannot connect"):
            await panel.add(AddOrder(service_id="1", link="https://x", quantity=100))
        with pytest.raises(PanelUnavailable):
            await panel.status("1")  # retried, then still unavailable


class FailingResolver(AbstractResolver):
    """A resolver that knows no host: a DNS failure without touching the network."""

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        raise OSError(socket.EAI_NONAME, "Name or service not known")

    async def close(self) -> None:
        return None


async def test_dns_failure_is_unavailable() -> None:
    connector = aiohttp.TCPConnector(resolver=FailingResolver())
    async with aiohttp.ClientSession(connector=connector) as session:
        panel = PanelClient("http://panel.invalid/api/v2", "secret-key-1", session=session)
        with pytest.raises(PanelUnavailable):
            await panel.add(AddOrder(service_id="1", link="https://x", quantity=100))
        await panel.close()
        assert not session.closed  # a session passed in belongs to the caller


def test_connect_timeout_is_unavailable_but_read_timeout_is_unknown() -> None:
    transport = Transport(
        "http://x", SecretStr("k" * 8), Dialect(),
        timeout=1, connect_timeout=1, retries=0, backoff=0, session=None,
    )  # fmt: skip
    assert isinstance(
        transport._classify(aiohttp.ConnectionTimeoutError(), "add"), PanelUnavailable
    )
    for exc in (aiohttp.SocketTimeoutError(), TimeoutError(), aiohttp.ServerDisconnectedError()):
        assert isinstance(transport._classify(exc, "add"), PanelOutcomeUnknown)
    reset = aiohttp.ClientOSError(104, "Connection reset by peer")
    assert isinstance(transport._classify(reset, "add"), PanelOutcomeUnknown)


async def test_http_429_is_unavailable(replay: ReplayPanel) -> None:
    replay.answer("slow down", status=429, content_type="text/plain")
    async with fast_client(replay.url, "replay-key", retries=0) as panel:
        with pytest.raises(PanelUnavailable):
            await panel.add(AddOrder(service_id="1", link="https://x", quantity=100))


async def test_v2_error_body_wins_over_http_5xx(replay: ReplayPanel) -> None:
    replay.answer({"error": "Not enough funds"}, status=503)
    async with fast_client(replay.url, "replay-key") as panel:
        with pytest.raises(NotEnoughFunds):
            await panel.add(AddOrder(service_id="1", link="https://x", quantity=100))


async def test_btj_http_501_is_eligible_id_not_a_server_fault(replay: ReplayPanel) -> None:
    replay.answer("", status=501, content_type="text/plain")
    async with fast_client(replay.url, "replay-key", dialect="btj") as panel:
        with pytest.raises(EligibleId):
            await panel.add(AddOrder(service_id="1", link="@x", quantity=100))


async def test_add_answer_without_order_id_is_outcome_unknown(replay: ReplayPanel) -> None:
    replay.answer({"status": "ok"})
    async with fast_client(replay.url, "replay-key") as panel:
        with pytest.raises(PanelBadResponse) as caught:
            await panel.add(AddOrder(service_id="1", link="https://x", quantity=100))
    assert isinstance(caught.value, PanelOutcomeUnknown)
