from __future__ import annotations

from decimal import Decimal

import pytest

from bot.money import charge_minor, format_amount, parse_amount, refund_minor


def test_charge_rounds_up_and_refund_rounds_down() -> None:
    assert charge_minor(Decimal("0.0000001")) == 1
    assert charge_minor(Decimal("0.30")) == 300_000
    assert refund_minor(Decimal("0.0000019")) == 1
    assert refund_minor(Decimal("0.30")) == 300_000


@pytest.mark.parametrize(
    ("minor", "currency", "shown"),
    [
        (12_500_000, "USD", "12.50 USD"),
        (900, "USD", "0.0009 USD"),
        (8_000_000_000, "Toman", "8\u202f000.00 Toman"),
        (-1_234_567_890_123, "UZS", "-1\u202f234\u202f567.890123 UZS"),
        (0, "USD", "0.00 USD"),
    ],
)
def test_format_amount(minor: int, currency: str, shown: str) -> None:
    assert format_amount(minor, currency) == shown


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("12.5", 12_500_000),
        ("12,50", 12_500_000),
        ("1 000", 1_000_000_000),
        ("0.000001", 1),
        ("0", None),
        ("-5", None),
        ("1e3", None),
        ("NaN", None),
        ("Infinity", None),
        ("1.0000001", None),
        ("abc", None),
        ("", None),
        ("99999999999999", None),
    ],
)
def test_parse_amount(text: str, minor: int | None) -> None:
    assert parse_amount(text) == minor
