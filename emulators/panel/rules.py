"""Rules shared by the emulated panel's books: its error table and request-field readers."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TypeVar

Json = object
T = TypeVar("T")
Params = dict[str, str]

#: kind -> (v2 error text, btj code). Texts and codes are those of the seeds where they exist.
ERRORS: dict[str, tuple[str, int]] = {
    "key": ("Invalid API key", 403),
    "request": ("Incorrect request", 404),
    "action": ("Unknown action", 404),
    "service": ("Incorrect service ID", 402),
    "link": ("Bad link", 404),
    "min": ("Quantity less than minimum", 404),
    "max": ("Quantity more than maximum", 404),
    "funds": ("Not enough funds on balance", 401),
    "order": ("Incorrect order ID", 404),
    "answer": ("Answer number is required", 404),
    "refill_id": ("Refill not found", 404),
    "product": ("Unknown product", 405),
    "stock": ("Out of stock", 404),
    "eligible": ("Eligible ID", 501),
    "no_refill": ("Refill is disabled for this service", 404),
    "no_cancel": ("Cancel is disabled for this service", 404),
    "not_done": ("Order is not completed yet", 404),
    "finished": ("Order is already finished", 404),
}

V2_ACTIONS = frozenset(
    {
        "services",
        "add",
        "status",
        "refill",
        "refill_status",
        "cancel",
        "balance",
        "products",
        "add_product_order",
        "product_order_status",
    }
)
BTJ_ACTIONS = frozenset(
    {"services", "add", "status", "screen", "search", "info", "balance", "addfunds"}
)


class Reject(Exception):
    """The emulated panel refuses a request."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.message, self.code = ERRORS[kind]


def money(value: Decimal) -> str:
    """Money as plain decimal text, the way seeds 002-004 send it."""
    return format(value, "f")


def int_field(
    params: Params, name: str, *, required: bool = False, kind: str = "request"
) -> int | None:
    """A whole-number field; absent -> None, or ``Reject(kind)`` when ``required``."""
    raw = params.get(name, "").strip()
    if not raw:
        if required:
            raise Reject(kind)
        return None
    try:
        return int(raw)
    except ValueError:
        raise Reject("request") from None


def lines_field(params: Params, name: str) -> list[str]:
    """A newline-joined list field (comments, usernames...)."""
    return [line for line in params.get(name, "").splitlines() if line.strip()]


def id_list(raw: str) -> list[str]:
    """``orders=1,2,3``: at most 100 ids, as real panels allow."""
    ids = [part.strip() for part in raw.split(",") if part.strip()]
    if not ids or len(ids) > 100:
        raise Reject("request")
    return ids


def lookup(table: Mapping[int, T], raw: str) -> T | None:
    """The record with the numeric id ``raw``, or None."""
    try:
        return table.get(int(raw.strip()))
    except ValueError:
        return None


def row_id(raw: str) -> int | str:
    """An id echoed back in a list answer: a number where it is one (as the seeds show)."""
    return int(raw) if raw.isdigit() else raw
