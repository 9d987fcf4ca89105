"""`python -m bot` runs the shop; `python -m bot check` audits the ledger."""

from __future__ import annotations

import asyncio
import sys

from bot.config import SettingsError, load_settings


def main(argv: list[str]) -> int:
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"storefront: {exc}", file=sys.stderr)
        return 2
    # Heavy imports only after the settings are known to be good: a bad .env fails fast.
    from bot.app import Application
    from bot.logs import setup_logging

    setup_logging([settings.bot_token.get_secret_value(), settings.panel_key.get_secret_value()])
    command = argv[0] if argv else "run"
    if command == "run":
        asyncio.run(Application(settings).run_until_signal())
        return 0
    print(f"storefront: unknown command {command!r}; use 'run' or 'check'", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
