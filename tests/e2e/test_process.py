"""The real `python -m bot` process, and webhook mode, against the emulators."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import aiohttp

from emulators.panel import PanelEmulator
from emulators.telegram import TelegramEmulator
from tests.e2e.harness import ADMIN_CHAT_ID, running_shop

ROOT = Path(__file__).resolve().parents[2]


async def test_python_m_bot_serves_a_user_and_stops_on_sigterm(tmp_path: Path) -> None:
    async with TelegramEmulator() as telegram, PanelEmulator("v2", key="panel-secret-key") as panel:
        env = {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(ROOT),
            "BOT_TOKEN": telegram.token,
            "TELEGRAM_API_URL": telegram.base_url,
            "PANEL_URL": panel.url,
            "PANEL_KEY": "panel-secret-key",
            "ADMIN_CHAT_ID": str(ADMIN_CHAT_ID),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'shop.db'}",
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            cwd=tmp_path,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            ann = telegram.user(first_name="Ann", language_code="ru")
            await ann.send("/start")
            reply = await ann.next_message(timeout=15.0)
            assert "Здравствуйте, <b>Ann</b>" in reply.text
        finally:
            process.send_signal(signal.SIGTERM)
            _, stderr = await asyncio.wait_for(process.communicate(), timeout=15.0)
        assert process.returncode == 0, stderr.decode()
        logs = stderr.decode()
        assert "storefront started" in logs
        assert "storefront stopping" in logs
        assert telegram.token not in logs
        assert telegram.token.split(":")[1] not in logs
        assert "panel-secret-key" not in logs
        # The catalogue was synced at start, with the key sent to the panel but never logged.
        assert panel.requests_of("services")


async def test_webhook_mode_checks_the_secret_token(tmp_path: Path, unused_tcp_port: int) -> None:
    settings = {
        "webhook_url": f"http://127.0.0.1:{unused_tcp_port}",
        "webhook_secret": "s3cret-token",
        "web_host": "127.0.0.1",
        "web_port": unused_tcp_port,
    }
    async with running_shop(tmp_path, settings=settings) as shop:
        hook = shop.telegram.calls_of("setWebhook")
        assert len(hook) == 1
        assert hook[0].params["url"] == f"http://127.0.0.1:{unused_tcp_port}/telegram/webhook"
        assert hook[0].params["secret_token"] == "s3cret-token"
        ann = shop.customer()
        update = {
            "update_id": 1,
            "message": {
                "message_id": 1,
                "date": 0,
                "chat": {"id": ann.id, "type": "private"},
                "from": ann.user,
                "text": "/help",
                "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
            },
        }
        async with aiohttp.ClientSession() as http:
            url = hook[0].params["url"]
            for bad in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
                async with http.post(url, json=update, headers=bad) as response:
                    assert response.status == 401
            await ann.expect_silence(0.3)
        # The emulator delivers through the webhook with the secret the bot registered.
        shop.telegram.deliver_via_webhook = True
        await ann.send("/help")
        assert "How the shop works" in (await ann.next_message()).text
