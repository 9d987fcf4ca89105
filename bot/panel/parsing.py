"""Normalisation of the scalar values panels send: numbers, flags, texts and status words.

Panels send the same number as ``157``, ``"157"`` or ``" 157 "``, money as ``"0.27819"`` or
``7.5``; we read JSON with ``parse_float=Decimal`` so no float ever exists, and turn each
value into an exact ``Decimal`` or ``int``. Empty strings mean "absent" and become ``None``.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from bot.panel.models import OrderStatus, RefillStatus


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-finite number {name} in JSON")


def loads(text: str) -> Any:
    """Parse JSON exactly: floats become ``Decimal``; NaN/Infinity are refused."""
    return json.loads(text, parse_float=Decimal, parse_constant=_reject_constant)


def to_decimal(value: object) -> Decimal | None:
    """A number, numeric string or ``Decimal`` as an exact ``Decimal``; ``""``/``None`` -> None."""
    if value is None:
        return None
    if isinstance(value, (bool, float)):
        # bool is an int subclass; float would lose money - both mean a bug upstream
        raise ValueError(f"not an exact number: {value!r}")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"not a number: {value!r}") from None
    else:
        raise ValueError(f"not a number: {value!r}")
    if not number.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return number


def to_int(value: object) -> int | None:
    """A whole number from ``12``, ``"12"``, ``"12.0"``; ``""``/``None`` -> None."""
    number = to_decimal(value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise ValueError(f"not a whole number: {value!r}")
    return int(number)


def to_int_lenient(value: object) -> int | None:
    """Like :func:`to_int`, but an unreadable value is ``None``: for display-only counts
    (seed 000 literally sends ``"startcount": "channel/group count"``)."""
    try:
        return to_int(value)
    except ValueError:
        return None


def to_text(value: object) -> str | None:
    """A stripped string; numbers become their text; ``""``/``None`` -> None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, Decimal, str)):
        text = str(value).strip()
        return text or None
    raise ValueError(f"not a text: {value!r}")


_TRUE = frozenset({"1", "true", "yes", "on", "y"})
_FALSE = frozenset({"0", "false", "no", "off", "n", ""})


def to_flag(value: object) -> bool | None:
    """``true``/``1``/``"1"``/``"yes"`` -> True, their opposites -> False, absent -> None."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, Decimal)):
        return value != 0
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise ValueError(f"not a flag: {value!r}")


def to_days(value: object) -> int | None:
    """A period in days from ``"30"``, ``30`` or ``"30 days"``; ``"0"``/absent -> None."""
    if isinstance(value, str):
        match = re.match(r"\s*(\d+)", value)
        value = match.group(1) if match else value
    days = to_int(value)
    return days if days else None


def normalise_stock(value: str | None) -> bool | None:
    """``"In stock"`` -> True, ``"Out of stock"`` -> False, absent or unknown -> None."""
    if value is None:
        return None
    word = _key(value)
    if word in {"instock", "available", "active", "enabled"}:
        return True
    if word in {"outofstock", "unavailable", "soldout", "disabled", "inactive"}:
        return False
    return None


def _key(word: str) -> str:
    # "In progress", "in_progress", "INPROGRESS", " In  Progress " all become "inprogress"
    return re.sub(r"[^a-z]", "", word.lower())


_ORDER_WORDS: dict[str, OrderStatus] = {
    "pending": OrderStatus.PENDING,
    "awaiting": OrderStatus.PENDING,
    "processing": OrderStatus.PROCESSING,
    "inprogress": OrderStatus.IN_PROGRESS,
    "active": OrderStatus.IN_PROGRESS,
    "completed": OrderStatus.COMPLETED,
    "complete": OrderStatus.COMPLETED,
    "done": OrderStatus.COMPLETED,
    "success": OrderStatus.COMPLETED,
    "partial": OrderStatus.PARTIAL,
    "partiallycompleted": OrderStatus.PARTIAL,
    "canceled": OrderStatus.CANCELED,
    "cancelled": OrderStatus.CANCELED,
    "refunded": OrderStatus.CANCELED,
}

_REFILL_WORDS: dict[str, RefillStatus] = {
    "pending": RefillStatus.PENDING,
    "processing": RefillStatus.PROCESSING,
    "inprogress": RefillStatus.IN_PROGRESS,
    "completed": RefillStatus.COMPLETED,
    "complete": RefillStatus.COMPLETED,
    "done": RefillStatus.COMPLETED,
    "rejected": RefillStatus.REJECTED,
    "error": RefillStatus.ERROR,
    "failed": RefillStatus.ERROR,
    "canceled": RefillStatus.CANCELED,
    "cancelled": RefillStatus.CANCELED,
}


def order_status(value: object) -> OrderStatus:
    """The one place that maps a panel's order status word onto :class:`OrderStatus`."""
    if isinstance(value, OrderStatus):
        return value
    if isinstance(value, str) and _key(value) in _ORDER_WORDS:
        return _ORDER_WORDS[_key(value)]
    raise ValueError(f"unknown order status: {value!r}")


def refill_status(value: object) -> RefillStatus:
    """The one place that maps a panel's refill status word onto :class:`RefillStatus`."""
    if isinstance(value, RefillStatus):
        return value
    if isinstance(value, str) and _key(value) in _REFILL_WORDS:
        return _REFILL_WORDS[_key(value)]
    raise ValueError(f"unknown refill status: {value!r}")
