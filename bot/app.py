"""The composition root: settings in, a running bot out.

Builds the database, the bot, the dispatcher with its middlewares and routers, and runs long
polling or the webhook server. This is the one module of `bot/` that knows `handlers/`.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from contextlib import suppress

from aiogram import Bot, Dispatcher
from aiogram.fsm.storage.base import DefaultKeyBuilder
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.db.catalog import CatalogRepository
from bot.db.connection import Database
from bot.db.fsm_storage import SQLiteStorage
from bot.db.ledger import LedgerRepository
from bot.db.orders import OrderRepository
from bot.db.refills import RefillRepository
from bot.db.users import UserRepository
from bot.i18n import Translator
from bot.notices import AdminNotices
from bot.panel import PanelClient, PanelError
from bot.sender import Sender
from bot.services.aftercare import AftercareService
from bot.services.catalog import CatalogService, Pricing
from bot.services.ordering import OrderingService
from bot.services.poller import Poller
from bot.services.pushes import StatusPushes
from bot.telegram import build_bot

log = logging.getLogger(__name__)

COMMANDS = ("start", "order", "orders", "balance", "language", "help", "cancel")
WEBHOOK_PATH = "/telegram/webhook"
CATALOGUE_SYNC_EVERY = 6 * 3600.0
STARTUP_PANEL_WAIT = 10.0
DIALECT_CURRENCY = {"v2": "USD", "btj": "Toman"}


class Application:
    """One running storefront. `start()` returns once updates are being received."""

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock | None = None,
        throttle_rate: int = 8,
        throttle_per: float = 4.0,
        polling_timeout: int = 10,
        panel_timeout: float = 15.0,
        panel_backoff: float = 0.5,
        poll_jitter: float = 0.1,
        run_poller: bool = True,
    ) -> None:
        """`run_poller=False` keeps the background poller from starting (tests then call
        `app.poller.run_round()` themselves); `poll_jitter` is the fraction of POLL_INTERVAL by
        which each pause between rounds varies."""
        self.settings = settings
        self.clock = clock or SystemClock()
        self.translator = Translator(settings.default_locale)
        self._throttle = (throttle_rate, throttle_per)
        self._polling_timeout = polling_timeout
        self._poll_jitter = poll_jitter
        self._run_poller = run_poller
        self._panel_options = {"timeout": panel_timeout, "backoff": panel_backoff}
        self._polling: asyncio.Task[None] | None = None
        self._web: web.AppRunner | None = None
        self._background: list[asyncio.Task[None]] = []
        # Set once the first catalogue sync has ended, well or not (tests wait for it).
        self.catalogue_synced = asyncio.Event()
        self.db: Database
        self.bot: Bot
        self.dp: Dispatcher
        self.panel: PanelClient
        self.poller: Poller

    async def start(self) -> None:
        """Open the database and the panel, sync the catalogue, wire the dispatcher, and begin
        receiving updates."""
        settings = self.settings
        self.db = await Database.open(settings.database_path)
        self.panel = PanelClient(
            settings.panel_url,
            settings.panel_key,
            dialect=settings.panel_dialect,
            currency=DIALECT_CURRENCY[settings.panel_dialect],
            **self._panel_options,  # type: ignore[arg-type]
        )
        self.users = UserRepository(self.db, self.clock)
        self.catalog = CatalogRepository(self.db)
        self.orders = OrderRepository(self.db)
        self.ledger = LedgerRepository(self.db)
        self.refills = RefillRepository(self.db)
        self.aftercare = AftercareService(self.refills, self.catalog, self.panel, self.clock)
        self.catalog_service = CatalogService(self.catalog, self.panel, self.clock)
        self.ordering = OrderingService(self.db, self.orders, self.ledger, self.panel, self.clock)
        self.pricing = Pricing(
            currency_rate=settings.panel_currency_rate,
            default_markup=settings.markup_percent,
            currency=settings.store_currency or await self._panel_currency(),
        )
        self.bot = build_bot(settings.bot_token.get_secret_value(), settings.telegram_api_url)
        self.sender = Sender(self.bot, self.users)
        self.notices = AdminNotices(
            self.sender,
            self.translator,
            settings.admin_chat_id,
            settings.default_locale,
            self.pricing.currency,
        )
        self.poller = self._build_poller()
        self.dp = self._build_dispatcher(self.users)
        if self.settings.webhook_url:
            await self._start_webhook()
        else:
            ready = asyncio.Event()
            self.dp.startup.register(ready.set)
            self._polling = asyncio.create_task(
                self.dp.start_polling(
                    self.bot,
                    handle_signals=False,
                    close_bot_session=False,
                    polling_timeout=self._polling_timeout,
                    allowed_updates=self.dp.resolve_used_update_types(),
                )
            )
            ready_wait = asyncio.create_task(ready.wait())
            await asyncio.wait({self._polling, ready_wait}, return_when=asyncio.FIRST_COMPLETED)
            ready_wait.cancel()
            if self._polling.done():  # start-up failed: surface the reason
                self._polling.result()

    def _build_dispatcher(self, users: UserRepository) -> Dispatcher:
        # Imported here: the composition root is the one place bot/ reaches into handlers/.
        from handlers import get_routers
        from handlers.middlewares import BanMiddleware, ThrottleMiddleware, UpdateContextMiddleware

        dp = Dispatcher(
            storage=SQLiteStorage(self.db, DefaultKeyBuilder(with_bot_id=True, with_destiny=True)),
            # One user's updates run one at a time: a double click cannot race itself.
            events_isolation=SimpleEventIsolation(),
        )
        # Singletons as workflow data: handlers name what they need.
        dp.workflow_data.update(
            settings=self.settings,
            users=users,
            translator=self.translator,
            clock=self.clock,
            panel=self.panel,
            catalog=self.catalog,
            catalog_service=self.catalog_service,
            orders=self.orders,
            ledger=self.ledger,
            ordering=self.ordering,
            aftercare=self.aftercare,
            pricing=self.pricing,
            notices=self.notices,
            sender=self.sender,
        )
        dp.update.outer_middleware(UpdateContextMiddleware(users, self.translator))
        for observer in (dp.message, dp.callback_query):
            observer.outer_middleware(BanMiddleware(users))
            observer.outer_middleware(ThrottleMiddleware(*self._throttle))
        dp.include_routers(*get_routers())
        dp.startup.register(self._on_startup)
        dp.shutdown.register(self._on_shutdown)
        return dp

    async def _on_startup(self) -> None:
        """Where background work hangs: it starts with the dispatcher and stops with it."""
        await self._set_commands()
        self._background.append(asyncio.create_task(self._report_unsettled()))
        self._background.append(asyncio.create_task(self._sync_periodically()))
        if self._run_poller:
            self._background.append(asyncio.create_task(self.poller.run_forever()))
        log.info("storefront started")

    def _build_poller(self) -> Poller:
        pushes = StatusPushes(
            orders=self.orders,
            refills=self.refills,
            catalog=self.catalog,
            aftercare=self.aftercare,
            sender=self.sender,
            translator=self.translator,
            currency=self.pricing.currency,
        )
        return Poller(
            db=self.db,
            orders=self.orders,
            refills=self.refills,
            ledger=self.ledger,
            panel=self.panel,
            pushes=pushes,
            clock=self.clock,
            interval=self.settings.poll_interval,
            jitter=self._poll_jitter,
        )

    async def _on_shutdown(self) -> None:
        log.info("storefront stopping")
        for task in self._background:
            task.cancel()
        await asyncio.gather(*self._background, return_exceptions=True)
        self._background.clear()

    async def _panel_currency(self) -> str:
        """The panel's own currency, asked once; the dialect's usual one if it will not say.
        Bounded, so a slow panel cannot keep the shop from opening."""
        try:
            return (await asyncio.wait_for(self.panel.balance(), STARTUP_PANEL_WAIT)).currency
        except (PanelError, TimeoutError) as exc:
            log.warning("panel balance unavailable at start (%s); currency assumed", exc)
            return DIALECT_CURRENCY[self.settings.panel_dialect]

    async def _sync_catalogue(self) -> None:
        try:
            await self.catalog_service.sync()
        except PanelError as exc:
            # The shop still opens with the catalogue it had; the next round retries.
            log.warning("catalogue sync failed: %s", exc)

    async def _sync_periodically(self) -> None:
        """At start (in the background: a slow panel must not delay the shop), then every
        few hours."""
        while True:
            await self._sync_catalogue()
            self.catalogue_synced.set()
            await asyncio.sleep(CATALOGUE_SYNC_EVERY)

    async def _report_unsettled(self) -> None:
        """Orders a crash caught mid-send, or still unknown, go to the admin group again."""
        unsettled = await self.ordering.recover()
        await self.notices.unknown_backlog(
            [(order, await self.users.get(order.user_id)) for order in unsettled]
        )

    async def _set_commands(self) -> None:
        # A failure here (Telegram briefly away) must not keep the shop from starting.
        try:
            for locale in self.translator.locales:
                texts = self.translator.texts(locale)
                commands = [BotCommand(command=c, description=texts(f"cmd-{c}")) for c in COMMANDS]
                await self.bot.set_my_commands(
                    commands,
                    scope=BotCommandScopeAllPrivateChats(),
                    language_code=None if locale == self.settings.default_locale else locale,
                )
        except Exception:
            log.warning("could not set the bot's command menu", exc_info=True)

    async def _start_webhook(self) -> None:
        assert self.settings.webhook_url and self.settings.webhook_secret
        secret = self.settings.webhook_secret.get_secret_value()
        app = web.Application()
        # The handler rejects any request without the right X-Telegram-Bot-Api-Secret-Token.
        SimpleRequestHandler(dispatcher=self.dp, bot=self.bot, secret_token=secret).register(
            app, path=WEBHOOK_PATH
        )
        setup_application(app, self.dp, bot=self.bot)
        self._web = web.AppRunner(app)
        await self._web.setup()
        await web.TCPSite(self._web, self.settings.web_host, self.settings.web_port).start()
        await self.bot.set_webhook(
            self.settings.webhook_url.rstrip("/") + WEBHOOK_PATH,
            secret_token=secret,
            allowed_updates=self.dp.resolve_used_update_types(),
        )

    async def stop(self) -> None:
        """Stop receiving, let handlers in flight finish, close everything."""
        if self._polling is not None:
            with suppress(RuntimeError):  # polling already stopped
                await self.dp.stop_polling()
            with suppress(asyncio.CancelledError):
                await self._polling
            self._polling = None
        if self._web is not None:
            await self._web.cleanup()  # runs the dispatcher's shutdown via setup_application
            self._web = None
        from handlers import detach_routers

        detach_routers(self.dp)
        await self.bot.session.close()
        await self.panel.close()
        await self.db.close()

    async def run_until_signal(self) -> None:
        """Run until SIGINT or SIGTERM, then shut down gracefully."""
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await self.start()
        try:
            await stop.wait()
        finally:
            await self.stop()
