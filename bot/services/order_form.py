"""What each service type asks for, how each answer is checked, and what it costs.

One table of types and their fields drives one generic dialog: a new panel type is a new row
here, not a new handler. Messages are locale keys (`form-ask-<field>`, `form-bad-<reason>`);
this module knows no aiogram and no language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from bot.db.catalog import Service
from bot.money import charge_minor


class Kind(StrEnum):
    LINK = "link"
    COUNT = "count"  # a whole number
    LINES = "lines"  # one item per line
    WORD = "word"  # one short item (a username, a hashtag)
    URL = "url"
    DATE = "date"


@dataclass(frozen=True)
class Field:
    name: str  # also the panel's parameter name
    kind: Kind
    optional: bool = False


LINK = Field("link", Kind.LINK)
QUANTITY = Field("quantity", Kind.COUNT)
COMMENTS = Field("comments", Kind.LINES)
USERNAMES = Field("usernames", Kind.LINES)
HASHTAGS = Field("hashtags", Kind.LINES)
HASHTAG = Field("hashtag", Kind.WORD)
USERNAME = Field("username", Kind.WORD)
MEDIA = Field("media", Kind.URL)
ANSWER_NUMBER = Field("answer_number", Kind.COUNT)
GROUPS = Field("groups", Kind.LINES)
KEYWORDS = Field("keywords", Kind.LINES)
SUB_MIN = Field("min", Kind.COUNT)
SUB_MAX = Field("max", Kind.COUNT)
DELAY = Field("delay", Kind.COUNT)
POSTS = Field("posts", Kind.COUNT)
OLD_POSTS = Field("old_posts", Kind.COUNT, optional=True)
EXPIRY = Field("expiry", Kind.DATE, optional=True)
RUNS = Field("runs", Kind.COUNT, optional=True)
INTERVAL = Field("interval", Kind.COUNT, optional=True)

# The spec's table, keyed by the type as the panel spells it (compared case-insensitively).
ORDER_TYPES: dict[str, tuple[Field, ...]] = {
    "default": (LINK, QUANTITY),
    "package": (LINK,),
    "custom comments": (LINK, COMMENTS),
    "custom comments package": (LINK, COMMENTS),
    "mentions": (LINK, QUANTITY, USERNAMES),
    "mentions custom list": (LINK, USERNAMES),
    "mentions with hashtags": (LINK, QUANTITY, USERNAMES, HASHTAGS),
    "mentions hashtag": (LINK, QUANTITY, HASHTAG),
    "mentions user followers": (LINK, QUANTITY, USERNAME),
    "comment likes": (LINK, QUANTITY, USERNAME),
    "comment replies": (LINK, USERNAME, COMMENTS),
    "mentions media likers": (LINK, QUANTITY, MEDIA),
    "poll": (LINK, QUANTITY, ANSWER_NUMBER),
    "invites from groups": (LINK, QUANTITY, GROUPS),
    "seo": (LINK, QUANTITY, KEYWORDS),
    # Posts is asked (the panel makes it optional) so that the charge has an upper bound.
    "subscriptions": (USERNAME, SUB_MIN, SUB_MAX, DELAY, POSTS, OLD_POSTS, EXPIRY),
}
# Types whose charge is the rate of one package, whatever the list holds.
PACKAGE_TYPES = frozenset({"package", "custom comments package"})
# Types whose quantity is the number of lines of this field.
QUANTITY_FROM_LINES = {
    "custom comments": "comments",
    "mentions custom list": "usernames",
    "comment replies": "comments",
}
MAX_LINE = 500
MAX_LINES = 10_000
MAX_DELAY_MINUTES = 10_080
MAX_RUNS = 1_000


def is_known_type(service_type: str) -> bool:
    return service_type.strip().lower() in ORDER_TYPES


def fields_for(service: Service) -> tuple[Field, ...]:
    """The questions of `service`'s form, in order. Unknown types ask link and quantity."""
    fields = ORDER_TYPES.get(service.type.strip().lower(), ORDER_TYPES["default"])
    if service.dripfeed and QUANTITY in fields:
        fields = (*fields, RUNS, INTERVAL)
    return fields


def is_complete(service: Service, answers: dict[str, Any]) -> bool:
    """Whether `answers` answer every question of `service`'s form as it is now (a sync may
    have changed the service's type since the form began)."""
    return all(f.name in answers for f in fields_for(service))


def is_telegram(service: Service) -> bool:
    """Telegram services take t.me links or @usernames; we tell them by name."""
    text = f"{service.category} {service.name}".lower()
    return "telegram" in text or re.search(r"\btg\b", text) is not None


class Invalid(Exception):
    """An answer that cannot be used; `key` and `args` make the message."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args


_TG_USERNAME = re.compile(r"^@?([A-Za-z][A-Za-z0-9_]{3,31})$")
_TG_LINK = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog)/(\S+)$", re.IGNORECASE
)
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*\.[^\s]+$|^https?://[^\s/$.?#]+\.[^\s]{2,}$", re.I)
_WORD = re.compile(r"^[#@]?[\w.]{1,64}$")


def check(field_: Field, text: str, service: Service, answers: dict[str, Any], today: date) -> Any:
    """The value of `field_` from what the customer typed, or `Invalid`."""
    text = text.strip()
    if not text:
        raise Invalid("form-bad-empty")
    if field_.kind is Kind.LINK:
        return _check_link(text, telegram=is_telegram(service))
    if field_.kind is Kind.URL:
        if len(text) > 2048 or not _URL.match(text):
            raise Invalid("form-bad-url")
        return text
    if field_.kind is Kind.COUNT:
        return _check_count(field_, text, service, answers)
    if field_.kind is Kind.LINES:
        return _check_lines(field_, text, service)
    if field_.kind is Kind.WORD:
        if not _WORD.match(text):
            raise Invalid("form-bad-word")
        return text.lstrip("@") if field_.name == "username" else text
    if field_.kind is Kind.DATE:
        return _check_date(text, today)
    raise AssertionError(field_.kind)  # pragma: no cover


def _check_link(text: str, *, telegram: bool) -> str:
    if len(text) > 2048 or any(ch.isspace() for ch in text):
        raise Invalid("form-bad-link-telegram" if telegram else "form-bad-link")
    if telegram:
        if match := _TG_USERNAME.match(text):
            return f"https://t.me/{match.group(1)}"
        if match := _TG_LINK.match(text):
            return f"https://t.me/{match.group(1)}"
        raise Invalid("form-bad-link-telegram")
    if not _URL.match(text):
        raise Invalid("form-bad-link")
    return text


def _whole_number(text: str) -> int:
    cleaned = text.replace(" ", "").replace("_", "").replace("\u202f", "")
    if not cleaned.isdigit() or not cleaned.isascii():
        raise Invalid("form-bad-number")
    return int(cleaned)


def _check_count(field_: Field, text: str, service: Service, answers: dict[str, Any]) -> int:
    value = _whole_number(text)
    low, high = service.min_quantity, service.max_quantity
    if field_ in (QUANTITY, SUB_MIN, SUB_MAX):
        if field_ is SUB_MAX:
            low = max(low, int(answers.get("min", low)))
        if not low <= value <= high:
            raise Invalid("form-bad-range", low=str(low), high=str(high))
        return value
    if field_ is RUNS:
        quantity = int(answers.get("quantity", low))
        most = min(MAX_RUNS, high // max(quantity, 1))
        if not 2 <= value <= most:
            if most < 2:
                raise Invalid("form-bad-runs-none")
            raise Invalid("form-bad-range", low="2", high=str(most))
        return value
    if field_ is DELAY:
        if value > MAX_DELAY_MINUTES:
            raise Invalid("form-bad-range", low="0", high=str(MAX_DELAY_MINUTES))
        return value
    if value < 1:
        raise Invalid("form-bad-positive")
    return value


def _check_lines(field_: Field, text: str, service: Service) -> list[str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise Invalid("form-bad-empty")
    if any(len(line) > MAX_LINE for line in lines):
        raise Invalid("form-bad-line-long", limit=MAX_LINE)
    if field_.name == "usernames":
        lines = [line.lstrip("@") for line in lines]
    service_type = service.type.strip().lower()
    if QUANTITY_FROM_LINES.get(service_type) == field_.name:
        low, high = service.min_quantity, min(service.max_quantity, MAX_LINES)
        if not low <= len(lines) <= high:
            raise Invalid("form-bad-lines-count", count=len(lines), low=str(low), high=str(high))
    elif len(lines) > MAX_LINES:
        raise Invalid("form-bad-lines-count", count=len(lines), low="1", high=str(MAX_LINES))
    return lines


def _check_date(text: str, today: date) -> str:
    for pattern in ("%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            day = datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        if day <= today:
            raise Invalid("form-bad-date-past")
        return day.strftime("%d/%m/%Y")
    raise Invalid("form-bad-date")


@dataclass(frozen=True)
class Quote:
    """What the finished form will cost and what goes to the panel."""

    fields: dict[str, Any]
    link: str | None
    quantity: int | None  # what the customer gets (per run for drip-feed)
    units: Decimal  # how many "per 1000" units are charged
    charge: int  # micro-units of the store currency
    extra: dict[str, Any] = field(default_factory=dict)


def quote(service: Service, answers: dict[str, Any], price_per_1000: Decimal) -> Quote:
    """The charge for `answers`: price x quantity (x runs) / 1000, rounded up; a package
    costs its price; a subscription costs max x posts."""
    service_type = service.type.strip().lower()
    quantity: int | None = answers.get("quantity")
    if service_type in QUANTITY_FROM_LINES:
        quantity = len(answers[QUANTITY_FROM_LINES[service_type]])
    if service_type in PACKAGE_TYPES:
        units = Decimal(1)
    elif service_type == "subscriptions":
        units = Decimal(int(answers["max"]) * int(answers["posts"])) / 1000
    else:
        runs = int(answers.get("runs") or 1)
        units = Decimal((quantity or 0) * runs) / 1000
    # The panel gets exactly the answers; a quantity counted from lines is ours alone.
    fields = {name: value for name, value in answers.items() if value is not None}
    return Quote(
        fields=fields,
        link=answers.get("link"),
        quantity=quantity,
        units=units,
        charge=charge_minor(price_per_1000 * units),
    )
