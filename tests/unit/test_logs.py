from __future__ import annotations

import logging

from bot.logs import RedactingFormatter


def test_secrets_are_redacted_in_messages_and_tracebacks() -> None:
    formatter = RedactingFormatter("%(message)s", ["123:SECRET-TOKEN", "panel-key-xyz"])
    try:
        raise ValueError("GET https://api/bot123:SECRET-TOKEN/getMe key=panel-key-xyz")
    except ValueError as exc:
        record = logging.LogRecord(
            "t", logging.ERROR, __file__, 1, "failed %s", ("panel-key-xyz",), (type(exc), exc, None)
        )
    text = formatter.format(record)
    assert "SECRET-TOKEN" not in text
    assert "panel-key-xyz" not in text
    assert text.count("***") >= 3
