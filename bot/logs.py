"""Logging: one line per event, tagged with the update being handled, secrets redacted."""

from __future__ import annotations

import contextvars
import logging
import sys
from collections.abc import Iterable

current_update: contextvars.ContextVar[str] = contextvars.ContextVar("current_update", default="-")


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then replaces every secret (and its URL-encoded form) with `***`.

    Redacting the final text catches secrets in arguments, exception messages and tracebacks
    alike, wherever a library put them.
    """

    def __init__(self, fmt: str, secrets: Iterable[str]) -> None:
        super().__init__(fmt)
        self._secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        record.update = current_update.get()
        text = super().format(record)
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text


def setup_logging(secrets: Iterable[str], level: int = logging.INFO) -> None:
    """Route all logs to stderr through the redacting formatter."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        RedactingFormatter(
            "%(asctime)s %(levelname)s %(name)s [upd %(update)s] %(message)s", secrets
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # aiohttp's access log would print webhook URLs; its own errors still come through.
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
