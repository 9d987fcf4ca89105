"""The one money type: an `int` count of micro-units (10^-6) of a currency.

A micro-unit is fine enough for per-unit prices such as 0.00090 USD, and 64-bit integers still
hold 9 * 10^12 units, so Toman balances fit too. Rates and multiplications use `Decimal`;
a charge rounds up to the micro-unit, a refund rounds down, so the store never pays out more
than it took. Nothing here touches `float`.
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

MICRO = 10**6
_MICRO = Decimal(MICRO)
_PLAIN_AMOUNT = re.compile(r"^\d{1,13}(\.\d{1,6})?$")


def charge_minor(amount: Decimal) -> int:
    """A charge in micro-units, rounded up."""
    return int((amount * _MICRO).to_integral_value(rounding=ROUND_CEILING))


def refund_minor(amount: Decimal) -> int:
    """A refund in micro-units, rounded down."""
    return int((amount * _MICRO).to_integral_value(rounding=ROUND_FLOOR))


def to_decimal(minor: int) -> Decimal:
    return Decimal(minor) / _MICRO


def parse_amount(text: str) -> int | None:
    """What an admin or customer typed ("12.5", "12,50", "1 000") as micro-units, or None when
    it is not a positive amount of plain digits with at most six decimals."""
    cleaned = text.strip().replace(" ", "").replace("_", "").replace(",", ".")
    if not _PLAIN_AMOUNT.match(cleaned):
        return None
    minor = int(Decimal(cleaned) * _MICRO)
    return minor if 0 < minor < 10**18 else None


def format_amount(minor: int, currency: str = "") -> str:
    """`12.50 USD`; precision grows past two decimals only when the amount needs it
    (0.00090 USD stays readable); thousands are grouped with a thin space."""
    value = to_decimal(minor)
    shown = value.quantize(Decimal("0.01"))
    if shown != value:
        shown = value.normalize()
    sign = "-" if shown < 0 else ""
    whole, _, fraction = f"{abs(shown):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", "\u202f")
    number = f"{sign}{grouped}.{fraction}" if fraction else f"{sign}{grouped}"
    return f"{number} {currency}".strip()
