"""Typed results of the panel client: plain frozen dataclasses and the two status enums.

Everything here is already normalised: money is ``Decimal``, counts are ``int``, empty strings
are ``None``, status words of every panel are one enum member. Parsing lives in ``wire.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal
from enum import StrEnum

# A module-level alias: AddOrder has fields named ``list`` and ``min``/``max`` which shadow the
# builtins inside the class body, so annotations there must not say ``list[...]``.
Lines = list[str]


class OrderStatus(StrEnum):
    """One status of an order or product order, whatever the panel's spelling."""

    PENDING = "pending"
    PROCESSING = "processing"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    PARTIAL = "partial"
    CANCELED = "canceled"

    @property
    def is_final(self) -> bool:
        """True when the panel will not change this order any more."""
        return self in _FINAL_ORDER


_FINAL_ORDER = frozenset({OrderStatus.COMPLETED, OrderStatus.PARTIAL, OrderStatus.CANCELED})


class RefillStatus(StrEnum):
    """One status of a refill request."""

    PENDING = "pending"
    PROCESSING = "processing"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    REJECTED = "rejected"
    ERROR = "error"
    CANCELED = "canceled"

    @property
    def is_final(self) -> bool:
        """True when the refill will not change any more."""
        return self in _FINAL_REFILL


_FINAL_REFILL = frozenset(
    {RefillStatus.COMPLETED, RefillStatus.REJECTED, RefillStatus.ERROR, RefillStatus.CANCELED}
)


@dataclass
class Capabilities:
    """Optional actions a panel has. Mutable: the client switches a flag off when it learns
    at run time that the panel does not know an action."""

    refill: bool = True
    cancel: bool = True
    products: bool = True
    addfunds: bool = False
    screen: bool = False
    info: bool = False
    search: bool = False
    multi_status: bool = True
    multi_refill: bool = True

    def copy(self) -> Capabilities:
        """An independent copy (each client learns on its own)."""
        return Capabilities(**{f.name: getattr(self, f.name) for f in fields(self)})


@dataclass(frozen=True)
class PanelService:
    """A service of the panel's catalogue; ``rate`` is per 1000 in the panel's currency."""

    service_id: str
    name: str
    type: str
    category: str
    rate: Decimal
    min: int
    max: int
    refill: bool
    cancel: bool
    dripfeed: bool
    description: str | None
    refill_days: int | None
    currency: str


@dataclass(frozen=True)
class AddOrder:
    """What to send with ``add``. ``None`` fields are not sent; lists are joined with newlines.

    ``list``/``suggest``/``search`` are the YouTube fields of seed 004; ``username``, ``min``,
    ``max``, ``delay``, ``posts``, ``old_posts`` and ``expiry`` the Subscriptions fields.
    """

    service_id: str
    link: str | None = None
    quantity: int | None = None
    runs: int | None = None
    interval: int | None = None
    comments: Lines | None = None
    usernames: Lines | None = None
    hashtags: Lines | None = None
    hashtag: str | None = None
    username: str | None = None
    media: str | None = None
    answer_number: int | None = None
    groups: Lines | None = None
    keywords: Lines | None = None
    min: int | None = None
    max: int | None = None
    delay: int | None = None
    posts: int | None = None
    old_posts: int | None = None
    expiry: str | None = None
    order_style: str | None = None
    list: Lines | None = None
    suggest: Lines | None = None
    search: Lines | None = None

    def to_params(self) -> dict[str, str]:
        """The form fields of this order (without ``key`` and ``action``)."""
        params = {"service": self.service_id}
        for f in fields(self):
            if f.name == "service_id":
                continue
            value = getattr(self, f.name)
            if value is None:
                continue
            if isinstance(value, (list, tuple)):
                params[f.name] = "\n".join(str(item) for item in value)
            else:
                params[f.name] = str(value)
        return params


@dataclass(frozen=True)
class OrderState:
    """Status of one order. ``remains`` is never negative; ``currency`` is never empty."""

    status: OrderStatus
    charge: Decimal | None
    start_count: int | None
    remains: int | None
    currency: str


@dataclass(frozen=True)
class RefillState:
    """Status of one refill request."""

    status: RefillStatus


@dataclass(frozen=True)
class ProductOrderState:
    """Status of one product order; ``result`` is what was delivered (e.g. an account)."""

    status: OrderStatus
    charge: Decimal | None
    result: str | None
    note: str | None


@dataclass(frozen=True)
class PanelProduct:
    """A digital product of seed 004's second catalogue."""

    product_id: str
    name: str
    category: str
    rate: Decimal
    min: int
    max: int
    require: str | None
    in_stock: bool
    inventory: int | None
    type: str | None


@dataclass(frozen=True)
class Balance:
    """The store's balance on the panel."""

    amount: Decimal
    currency: str


@dataclass(frozen=True)
class FundsLink:
    """A payment link from btj's ``addfunds``."""

    url: str
    code: str
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class ItemError:
    """A per-id error inside a multi answer (a value, not an exception)."""

    message: str
