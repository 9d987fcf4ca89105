"""The real bot, in-process, against the Telegram and panel emulators; one database per shop."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from bot.app import Application
from bot.clock import to_db
from bot.config import Settings, load_settings
from bot.db.ledger import EntryKind
from bot.money import parse_amount
from emulators.panel import PanelEmulator
from emulators.telegram import FakeGroup, FakeUser, TelegramEmulator

ADMIN_CHAT_ID = -1001000000001


class Shop:
    """A running storefront and the two emulators it talks to."""

    def __init__(
        self,
        telegram: TelegramEmulator,
        panel: PanelEmulator,
        database: Path,
        settings_overrides: dict[str, Any],
        app_options: dict[str, Any],
    ) -> None:
        self.telegram = telegram
        self.panel = panel
        self.database = database
        self.settings_overrides = settings_overrides
        self.app_options = {
            "throttle_rate": 1000,
            "polling_timeout": 1,
            "panel_timeout": 1.0,
            "panel_backoff": 0.01,
            **app_options,
        }
        self.admin: FakeGroup = telegram.group(chat_id=ADMIN_CHAT_ID, title="Shop admins")
        self.owner: FakeUser = telegram.user(first_name="Owner", username="owner")
        self._app: Application | None = None
        self._next_user = 5000
        # Every test's shop must end with books that balance; a test that corrupts them on
        # purpose says so.
        self.expect_clean_books = True

    @property
    def settings(self) -> Settings:
        return load_settings(
            bot_token=self.telegram.token,
            telegram_api_url=self.telegram.base_url,
            panel_url=self.panel.url,
            panel_key=self.panel.key,
            panel_dialect=self.panel.dialect,
            admin_chat_id=ADMIN_CHAT_ID,
            database_url=f"sqlite:///{self.database}",
            **self.settings_overrides,
        )

    @property
    def app(self) -> Application:
        assert self._app is not None, "the shop is not running"
        return self._app

    async def start(self) -> Application:
        self._app = Application(self.settings, **self.app_options)
        await self._app.start()
        await self._app.catalogue_synced.wait()
        return self._app

    async def stop(self) -> None:
        if self._app is not None:
            await self._app.stop()
            self._app = None

    async def restart(self) -> Application:
        await self.stop()
        return await self.start()

    def customer(self, first_name: str = "Ann", language_code: str = "en", **kw: Any) -> FakeUser:
        self._next_user += 1
        return self.telegram.user(
            user_id=self._next_user, first_name=first_name, language_code=language_code, **kw
        )

    async def fund(self, user: FakeUser, amount: str) -> None:
        """Set-up shortcut: put money on a wallet through the ledger (a top-up row)."""
        app = self.app
        await app.users.touch(user.id, user.user["first_name"], None, "en")
        minor = parse_amount(amount)
        assert minor is not None
        cause = f"test-topup:{user.id}:{await app.ledger.balance(user.id)}:{amount}"
        await app.ledger.post(user.id, minor, EntryKind.TOPUP, cause, to_db(app.clock.now()))

    async def balance(self, user: FakeUser) -> Decimal:
        return Decimal(await self.app.ledger.balance(user.id)) / 10**6


@asynccontextmanager
async def running_shop(
    tmp_path: Path,
    *,
    dialect: Literal["v2", "btj"] = "v2",
    panel_options: dict[str, Any] | None = None,
    settings: dict[str, Any] | None = None,
    app_options: dict[str, Any] | None = None,
    start: bool = True,
) -> AsyncIterator[Shop]:
    async with (
        TelegramEmulator() as telegram,
        PanelEmulator(dialect, **(panel_options or {})) as panel,
    ):
        shop = Shop(telegram, panel, tmp_path / "shop.db", settings or {}, app_options or {})
        try:
            if start:
                await shop.start()
            yield shop
            if shop.expect_clean_books and shop._app is not None:
                problems = await shop.app.ledger.audit()
                assert problems == [], f"the books do not balance: {problems}"
        finally:
            await shop.stop()
