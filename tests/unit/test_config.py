from __future__ import annotations

import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from bot.config import SettingsError, load_settings

ROOT = Path(__file__).resolve().parents[2]
GOOD = {
    "bot_token": "123:abc",
    "panel_url": "http://127.0.0.1:1/api/v2",
    "panel_key": "k-secret",
    "admin_chat_id": "-100",
}


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.upper() in {k.upper() for k in (*GOOD, "MARKUP_PERCENT", "WEBHOOK_URL")}:
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_defaults() -> None:
    settings = load_settings(**GOOD)
    assert settings.panel_dialect == "v2"
    assert settings.panel_currency_rate == Decimal(1)
    assert settings.markup_percent == Decimal(0)
    assert settings.poll_interval == 60
    assert settings.default_locale == "en"
    assert settings.database_path == Path("data/storefront.db")
    assert "k-secret" not in repr(settings)
    assert "abc" not in repr(settings)


@pytest.mark.parametrize(
    ("override", "expected"),
    [
        ({"admin_chat_id": "abc"}, "setting ADMIN_CHAT_ID is invalid"),
        ({"bot_token": "not-a-token"}, "setting BOT_TOKEN is invalid"),
        ({"panel_dialect": "v3"}, "setting PANEL_DIALECT is invalid"),
        ({"panel_currency_rate": "0"}, "setting PANEL_CURRENCY_RATE is invalid"),
        ({"database_url": "postgres://x"}, "setting DATABASE_URL is invalid"),
        ({"webhook_url": "https://shop.example"}, "WEBHOOK_SECRET is required"),
    ],
)
def test_invalid_setting_is_named(override: dict[str, str], expected: str) -> None:
    with pytest.raises(SettingsError, match=expected):
        load_settings(**{**GOOD, **override})


def test_missing_setting_is_named() -> None:
    values = dict(GOOD)
    del values["panel_key"]
    with pytest.raises(SettingsError, match="setting PANEL_KEY is required"):
        load_settings(**values)


def test_python_m_bot_without_token_exits_2_with_one_line(tmp_path: Path) -> None:
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path)}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=10,
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert lines == ["storefront: setting BOT_TOKEN is required but not set"]
    assert elapsed < 2.0
