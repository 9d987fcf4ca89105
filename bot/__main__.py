"""`python -m bot` runs the shop; `python -m bot check` audits the books."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from bot.config import DatabaseSettings, SettingsError, load_settings

USAGE = "usage: python -m bot [run|check]"


def run() -> int:
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"storefront: {exc}", file=sys.stderr)
        return 2
    # Heavy imports only after the settings are known to be good: a bad .env fails fast.
    from bot.app import Application
    from bot.logs import setup_logging

    setup_logging([settings.bot_token.get_secret_value(), settings.panel_key.get_secret_value()])
    asyncio.run(Application(settings).run_until_signal())
    return 0


async def audit(path: Path) -> int:
    """Print every disagreement of the books; 0 when there is none."""
    from bot.db.connection import Database
    from bot.db.ledger import LedgerRepository

    db = await Database.open(path)
    try:
        problems = await LedgerRepository(db).audit()
        wallets = await db.fetchval("SELECT count(*) FROM wallets")
        entries = await db.fetchval("SELECT count(*) FROM ledger")
    finally:
        await db.close()
    for problem in problems:
        print(f"user {problem.user_id}: {problem.text}")
    if problems:
        print(f"check FAILED: {len(problems)} problem(s)")
        return 1
    print(f"check passed: {wallets} wallet(s) and {entries} ledger row(s) agree")
    return 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "run"
    if command == "run":
        return run()
    if command == "check":
        path = DatabaseSettings().database_path
        if not path.exists():  # opening would create an empty one and call it fine
            print(f"storefront: no database at {path}", file=sys.stderr)
            return 2
        return asyncio.run(audit(path))
    print(f"storefront: unknown command {command!r}; {USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
