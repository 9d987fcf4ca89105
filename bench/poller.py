"""How long one poller round takes over 10,000 and 100,000 active orders, and what it costs.

    .venv/bin/python bench/poller.py            # 10,000 and 100,000
    .venv/bin/python bench/poller.py 2000       # other sizes

The panel emulator serves real HTTP on localhost from a child process (so its own book of
orders does not count in this process's memory); the database is a fresh SQLite file, seeded
directly with placed orders and users. Each size runs four rounds:

    first sight   every order still Pending; start count, remains and charge stored
    steady        nothing changed: the usual round
    all moved     every order In progress: every row written, every customer pushed
    all partial   every order Partial: every row written, refunded and pushed

Pushes go to a stub sender that counts them (nothing is sent to Telegram, whose limit of
30 messages a second would make the round last N/30 seconds by design). Each size runs
twice: plainly, for wall time and the process's peak RSS so far; then under tracemalloc
(slower, so untimed) for the peak of Python allocations during each round.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import resource
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from decimal import Decimal
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aiogram.types import InlineKeyboardMarkup  # noqa: E402

from bot.clock import SystemClock  # noqa: E402
from bot.db.catalog import CatalogRepository  # noqa: E402
from bot.db.connection import Database  # noqa: E402
from bot.db.ledger import LedgerRepository  # noqa: E402
from bot.db.orders import OrderRepository  # noqa: E402
from bot.db.refills import RefillRepository  # noqa: E402
from bot.db.users import User  # noqa: E402
from bot.i18n import Translator  # noqa: E402
from bot.panel import PanelClient  # noqa: E402
from bot.sender import Delivery  # noqa: E402
from bot.services.aftercare import AftercareService  # noqa: E402
from bot.services.poller import Poller, RoundReport  # noqa: E402
from bot.services.pushes import StatusPushes  # noqa: E402

FIRST_PANEL_ID = 100_000
USERS = 1_000
QUANTITY = 1_000
CHARGE = 1_000_000  # 1.00 in micro-units
ROUNDS = (
    ("first sight", None),
    ("steady", None),
    ("all moved", ("In progress", None)),
    ("all partial", ("Partial", 400)),
)


# -- the panel's side (child process) --------------------------------------------------------


def serve_panel(size: int, db_path: str, pipe: Connection) -> None:
    asyncio.run(_serve_panel(size, db_path, pipe))


async def _serve_panel(size: int, db_path: str, pipe: Connection) -> None:
    from emulators.panel import PanelEmulator
    from emulators.panel.catalogue import EmuOrder

    await _seed_database(Path(db_path), size)
    emulator = PanelEmulator("v2", preload=False)
    service = emulator.add_service("Bench likes", rate="1.00", min=10, max=100_000)
    for number in range(FIRST_PANEL_ID, FIRST_PANEL_ID + size):
        emulator.book.orders[number] = EmuOrder(
            number, service.service_id, "https://x.test/p", QUANTITY, Decimal(1), {},
            remains=QUANTITY,
        )  # fmt: skip
    await emulator.start()
    pipe.send(emulator.url)
    loop = asyncio.get_running_loop()
    while True:
        command = await loop.run_in_executor(None, pipe.recv)
        if command[0] == "stop":
            break
        if command[0] == "move":
            for order in emulator.book.orders.values():
                emulator.book.set_order_status(order, command[1], remains=command[2])
            pipe.send(None)
        elif command[0] == "count":  # status requests since the last count
            pipe.send(len(emulator.requests_of("status")))
            emulator.requests.clear()
    await emulator.stop()


async def _seed_database(path: Path, size: int) -> None:
    await (await Database.open(path)).close()  # create and migrate
    now = "2026-01-01 12:00:00"
    fields = json.dumps({"link": "https://x.test/p", "quantity": QUANTITY})
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO users (id, first_name, language_code, created_at, seen_at) "
            "VALUES (?, 'Bench', 'en', ?, ?)",
            [(user_id, now, now) for user_id in range(1, USERS + 1)],
        )
        conn.execute("INSERT INTO categories (id, name) VALUES (1, 'Bench')")
        conn.execute(
            "INSERT INTO services (id, panel_service_id, category_id, name, type, rate, "
            "min_quantity, max_quantity, synced_at) VALUES (1, '1', 1, 'Bench likes', "
            "'Default', '1', 10, 100000, ?)",
            (now,),
        )
        conn.executemany(
            "INSERT INTO orders (user_id, service_id, request_key, fields, link, quantity, "
            "charge, placement, status, panel_order_id, notified_status, created_at, updated_at)"
            " VALUES (?, 1, ?, ?, 'https://x.test/p', ?, ?, 'placed', 'pending', ?, 'pending',"
            " ?, ?)",
            [
                (1 + i % USERS, f"bench-{i}", fields, QUANTITY, CHARGE, str(FIRST_PANEL_ID + i),
                 now, now)
                for i in range(size)
            ],
        )  # fmt: skip


# -- the shop's side (this process) ----------------------------------------------------------


class CountingSender:
    """Stands in for `bot.sender.Sender`: counts pushes, sends nothing."""

    def __init__(self) -> None:
        self.count = 0

    async def push(
        self, recipient: User, text: str, *, reply_markup: InlineKeyboardMarkup | None = None
    ) -> Delivery:
        self.count += 1
        return Delivery.SENT


def _poller(db: Database, panel: PanelClient) -> Poller:
    clock = SystemClock()
    orders, refills, catalog = OrderRepository(db), RefillRepository(db), CatalogRepository(db)
    aftercare = AftercareService(refills, catalog, panel, clock)
    pushes = StatusPushes(
        orders=orders, refills=refills, catalog=catalog, aftercare=aftercare,
        sender=CountingSender(), translator=Translator(), currency="USD",
    )  # fmt: skip
    return Poller(
        db=db, orders=orders, refills=refills, ledger=LedgerRepository(db), panel=panel,
        pushes=pushes, clock=clock, interval=60,
    )  # fmt: skip


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


async def run_size(size: int, traced: bool) -> list[dict[str, Any]]:
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "bench.db"
        child = context.Process(target=serve_panel, args=(size, str(db_path), theirs))
        child.start()
        url = await asyncio.to_thread(ours.recv)
        db = await Database.open(db_path)
        panel = PanelClient(url, "test-key", timeout=120)
        poller = _poller(db, panel)
        results: list[dict[str, Any]] = [dict(label="(before)", rss=_peak_rss_mb())]
        try:
            for label, move in ROUNDS:
                if move is not None:
                    ours.send(("move", *move))
                    await asyncio.to_thread(ours.recv)
                if traced:
                    tracemalloc.start()
                started = time.perf_counter()
                report: RoundReport = await poller.run_round()
                wall = time.perf_counter() - started
                peak = tracemalloc.get_traced_memory()[1] / 2**20 if traced else 0.0
                tracemalloc.stop()
                ours.send(("count",))
                http = await asyncio.to_thread(ours.recv)
                results.append(
                    dict(label=label, wall=wall, http=http, report=report, traced=peak,
                         rss=_peak_rss_mb())
                )  # fmt: skip
        finally:
            ours.send(("stop",))
            child.join(30)
            await panel.close()
            await db.close()
    return results


def _print(size: int, plain: list[dict[str, Any]], traced: list[dict[str, Any]]) -> None:
    print(f"\n{size:,} active orders (pushes counted by a stub sender, none sent to Telegram)")
    head = (
        f"{'round':<12} {'wall s':>7} {'HTTP status calls':>17} {'updated':>8} "
        f"{'refunds':>8} {'pushes':>7} {'failures':>8} {'traced peak MiB':>15} {'peak RSS MiB':>12}"
    )
    print(head)
    before = "(before the rounds: interpreter, aiogram, pydantic...)"
    print(f"{before:<100}{plain[0]['rss']:>12.1f}")
    for row, shadow in zip(plain[1:], traced[1:], strict=True):
        report: RoundReport = row["report"]
        print(
            f"{row['label']:<12} {row['wall']:>7.2f} {row['http']:>17,} "
            f"{report.orders_updated:>8,} {report.refunds:>8,} {report.pushes:>7,} "
            f"{report.failures:>8} {shadow['traced']:>15.1f} {row['rss']:>12.1f}"
        )


async def main(sizes: list[int]) -> None:
    print("Poller round benchmark: panel emulator over real HTTP on localhost, SQLite on disk.")
    for size in sizes:
        # Plain first: tracemalloc's own bookkeeping would raise the peak RSS.
        plain = await run_size(size, traced=False)
        traced = await run_size(size, traced=True)
        _print(size, plain, traced)


if __name__ == "__main__":
    asyncio.run(main([int(arg) for arg in sys.argv[1:]] or [10_000, 100_000]))
