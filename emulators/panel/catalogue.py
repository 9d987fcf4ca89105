"""Records the panel emulator keeps, and the example catalogues of the seed documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class EmuService:
    """A service of the emulated catalogue (rate per 1000)."""

    service_id: int
    name: str
    category: str
    rate: Decimal
    min: int
    max: int
    type: str = "Default"
    refill: bool = False
    cancel: bool = False
    dripfeed: bool = False
    refill_time: int | None = None
    description: str | None = None


@dataclass
class EmuOrder:
    """An order as the emulated panel stores it; ``status`` is kept in the panel's words."""

    order_id: int
    service_id: int
    link: str | None
    quantity: int
    charge: Decimal
    params: dict[str, str]
    status: str = "Pending"
    start_count: int | None = None
    remains: int | None = None


@dataclass
class EmuRefill:
    """A refill request."""

    refill_id: int
    order_id: int
    status: str = "Pending"


@dataclass
class EmuProduct:
    """A digital product (seed 004)."""

    product_id: int
    name: str
    category: str
    rate: Decimal
    min: int
    max: int
    require: str | None = None
    inventory: int | None = None
    type: str = "Auto"


@dataclass
class EmuProductOrder:
    """An order of a digital product."""

    order_id: int
    product_id: int
    quantity: int
    charge: Decimal
    require: str | None
    status: str = "Pending"
    result: str | None = None
    note: str | None = None


@dataclass
class EmuPayment:
    """A payment link handed out by ``addfunds`` (btj)."""

    code: int
    amount: Decimal
    paid: bool = False


@dataclass
class Channel:
    """What btj's ``info``/``search``/``screen`` report about a channel."""

    subscribers: int = 28106
    add: str = "80k"
    screens: list[str] = field(default_factory=list)


def v2_services() -> list[EmuService]:
    """The example services of seeds 001-004, renumbered so their ids do not collide."""
    return [
        EmuService(
            1,
            "Followers",
            "First Category",
            Decimal("0.90"),
            50,
            10000,
            refill=True,
            cancel=True,
            refill_time=30,
            description="example description",
        ),
        EmuService(
            2,
            "Comments",
            "Second Category",
            Decimal("8"),
            10,
            1500,
            type="Custom Comments",
            cancel=True,
            refill_time=365,
            description="example description",
        ),
        EmuService(
            3,
            "Poll Votes — Telegram",
            "Telegram Votes",
            Decimal("36.00000"),
            10,
            50000,
            type="Poll",
            cancel=True,
        ),
        EmuService(
            4,
            "7-day Join — Telegram Members",
            "Telegram Members",
            Decimal("60.00000"),
            10,
            100000,
            cancel=True,
        ),
        EmuService(5, "Youtube views", "Youtube", Decimal("2.5"), 200, 10000, refill=True),
        EmuService(
            6, "Facebook comments", "Facebook", Decimal("4"), 10, 1500, type="Custom Comments"
        ),
    ]


def btj_services() -> list[EmuService]:
    """The two example services of seed 000 (Toman)."""
    return [
        EmuService(1, "Hayden Telegram ad", "Member-real-mandatory", Decimal("8000"), 1000, 100000),
        EmuService(2, "fick Telegram ad", "Member-no drop-fick", Decimal("12000"), 500, 10000),
    ]


def v2_products() -> list[EmuProduct]:
    """The example products of seed 004."""
    return [
        EmuProduct(
            1,
            "Netflix premium 1 month",
            "Netflix",
            Decimal("2.5"),
            1,
            10,
            require="Input your account",
            inventory=40,
        ),
        EmuProduct(
            2,
            "Youtube premium 1 month",
            "Youtube",
            Decimal("5"),
            1,
            1,
            require="Input your account",
            inventory=0,
        ),
        EmuProduct(
            3, "Facebook account 5000 friends", "Facebook", Decimal("0.5"), 1, 2, type="Service"
        ),
    ]
