"""Fixtures of the panel tests: emulators of both dialects, clients on them, a replay panel."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiohttp import web

from bot.panel import PanelClient
from emulators.panel import PanelEmulator

FIXTURES = Path(__file__).parent / "fixtures"


def fast_client(url: str, key: str, **options: object) -> PanelClient:
    """A client with short timeouts and backoff, so the whole panel suite stays fast."""
    defaults: dict[str, object] = {"timeout": 2.0, "connect_timeout": 1.0, "backoff": 0.01}
    return PanelClient(url, key, **{**defaults, **options})  # type: ignore[arg-type]


def seed(name: str) -> str:
    """The text of a seed example response kept in ``fixtures/``."""
    return (FIXTURES / name).read_text(encoding="utf-8")


@dataclass
class ReplayPanel:
    """A server that answers each request with the next queued body (for seed contract tests).

    It records what it was asked, so tests can check the form a client sent.
    """

    answers: deque[tuple[str, int, str]] = field(default_factory=deque)
    forms: list[dict[str, str]] = field(default_factory=list)
    url: str = ""

    def answer(self, body: str | object, status: int = 200, content_type: str = "") -> None:
        """Queue one answer; non-strings are sent as JSON."""
        text = body if isinstance(body, str) else json.dumps(body)
        self.answers.append((text, status, content_type or "application/json"))

    async def handle(self, request: web.Request) -> web.Response:
        form = {k: str(v) for k, v in (await request.post()).items()}
        self.forms.append(form)
        text, status, content_type = self.answers.popleft()
        return web.Response(text=text, status=status, content_type=content_type)


@pytest.fixture
async def replay() -> AsyncIterator[ReplayPanel]:
    panel = ReplayPanel()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", panel.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    panel.url = f"http://127.0.0.1:{port}/api/v2"
    yield panel
    await runner.cleanup()


@pytest.fixture
async def v2_emu() -> AsyncIterator[PanelEmulator]:
    async with PanelEmulator("v2", hang_seconds=5) as emu:
        yield emu


@pytest.fixture
async def btj_emu() -> AsyncIterator[PanelEmulator]:
    async with PanelEmulator("btj", hang_seconds=5) as emu:
        yield emu


@pytest.fixture
async def v2(v2_emu: PanelEmulator) -> AsyncIterator[PanelClient]:
    async with fast_client(v2_emu.url, v2_emu.key) as client:
        yield client


@pytest.fixture
async def btj(btj_emu: PanelEmulator) -> AsyncIterator[PanelClient]:
    async with fast_client(btj_emu.url, btj_emu.key, dialect="btj", currency="Toman") as client:
        yield client
