"""Pydantic models of the panels' JSON answers, and their conversion to our dataclasses.

The models are deliberately tolerant of spelling (``start_count``/``startcount``, numbers as
strings) and strict about meaning (money never a float, an unknown status is an error).
Every function raises ``ValueError`` (pydantic's ``ValidationError`` is one) on a shape it
cannot read; the client turns that into :class:`~bot.panel.errors.PanelBadResponse`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Annotated, TypeVar

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, PlainValidator

from bot.panel import parsing
from bot.panel.models import (
    Balance,
    FundsLink,
    ItemError,
    OrderState,
    OrderStatus,
    PanelProduct,
    PanelService,
    ProductOrderState,
    RefillState,
    RefillStatus,
)

log = logging.getLogger(__name__)

Money = Annotated[Decimal | None, PlainValidator(parsing.to_decimal)]
Count = Annotated[int | None, PlainValidator(parsing.to_int)]
LooseCount = Annotated[int | None, PlainValidator(parsing.to_int_lenient)]
Text = Annotated[str | None, PlainValidator(parsing.to_text)]
Flag = Annotated[bool | None, PlainValidator(parsing.to_flag)]
Days = Annotated[int | None, PlainValidator(parsing.to_days)]
OrderWord = Annotated[OrderStatus, PlainValidator(parsing.order_status)]
RefillWord = Annotated[RefillStatus, PlainValidator(parsing.refill_status)]


# btj spells it "startcount" (seed 000)
_START_COUNT = AliasChoices("start_count", "startcount")


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class WireService(_Wire):
    """One row of ``services`` (seeds 000-004)."""

    service: Text = None
    name: Text = None
    type: Text = None
    category: Text = None
    rate: Money = None
    min: Count = None
    max: Count = None
    refill: Flag = None
    cancel: Flag = None
    dripfeed: Flag = None
    description: Text = None
    refill_time: Days = Field(None, validation_alias=AliasChoices("refill_time", "refill_days"))
    currency: Text = None


class WireOrderState(_Wire):
    """An answer of ``status`` for one order."""

    status: OrderWord
    charge: Money = None
    start_count: LooseCount = Field(None, validation_alias=_START_COUNT)
    remains: Count = None
    currency: Text = None


class WireRefillState(_Wire):
    """An answer of ``refill_status`` for one refill."""

    status: RefillWord


class WireProduct(_Wire):
    """One row of ``products`` (seed 004)."""

    product: Text = Field(None, validation_alias=AliasChoices("product", "product_id", "id"))
    name: Text = None
    category: Text = None
    rate: Money = None
    min: Count = None
    max: Count = None
    require: Text = None
    status: Text = None
    inventory: Count = None
    type: Text = None


class WireProductOrderState(_Wire):
    """An answer of ``product_order_status`` for one product order."""

    status: OrderWord
    charge: Money = None
    result: Text = None
    note: Text = None


class WireBalance(_Wire):
    """An answer of ``balance``."""

    balance: Money = None
    currency: Text = None


class WireFunds(_Wire):
    """An answer of btj's ``addfunds``."""

    link: Text = Field(None, validation_alias=AliasChoices("link", "url"))
    code: Text = None
    amount: Money = None
    currency: Text = None


M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")


def _model(model: type[M], data: object) -> M:
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    return model.model_validate(data)


def _need(value: T | None, what: str) -> T:
    if value is None:
        raise ValueError(f"{what} is missing")
    return value


def service(data: object, currency: str) -> PanelService:
    """One ``services`` row as a :class:`PanelService`."""
    row = _model(WireService, data)
    return PanelService(
        service_id=_need(row.service, "service"),
        name=row.name or "",
        type=row.type or "Default",
        category=row.category or "",
        rate=_need(row.rate, "rate"),
        min=_need(row.min, "min"),
        max=_need(row.max, "max"),
        refill=bool(row.refill),
        cancel=bool(row.cancel),
        dripfeed=bool(row.dripfeed),
        description=row.description,
        refill_days=row.refill_time,
        currency=row.currency or currency,
    )


def services(data: object, currency: str) -> list[PanelService]:
    """The ``services`` answer; a row that cannot be read is skipped and logged, not fatal."""
    rows = data if isinstance(data, list) else None
    if rows is None:
        raise ValueError("services: expected a JSON list")
    result: list[PanelService] = []
    for row in rows:
        try:
            result.append(service(row, currency))
        except ValueError as exc:
            log.warning("panel service row skipped: %s", _short(exc))
    return result


def order_state(data: object, currency: str) -> OrderState:
    """One order's status; negative ``remains`` (seed 004 sends ``"-2"``) becomes 0."""
    row = _model(WireOrderState, data)
    remains = None if row.remains is None else max(row.remains, 0)
    return OrderState(
        status=row.status,
        charge=row.charge,
        start_count=row.start_count,
        remains=remains,
        currency=row.currency or currency,
    )


def refill_state(data: object) -> RefillState:
    """One refill's status, from ``{"status": "Completed"}`` or a bare status word."""
    if isinstance(data, str):
        return RefillState(status=parsing.refill_status(data))
    return RefillState(status=_model(WireRefillState, data).status)


def product(data: object) -> PanelProduct:
    """One ``products`` row; ``status`` "In stock"/"Out of stock" becomes ``in_stock``."""
    row = _model(WireProduct, data)
    stock_word = parsing.normalise_stock(row.status)
    # no stock word: trust the inventory count when there is one
    in_stock = stock_word if stock_word is not None else row.inventory != 0
    return PanelProduct(
        product_id=_need(row.product, "product"),
        name=row.name or "",
        category=row.category or "",
        rate=_need(row.rate, "rate"),
        min=_need(row.min, "min"),
        max=_need(row.max, "max"),
        require=row.require,
        in_stock=in_stock,
        inventory=row.inventory,
        type=row.type,
    )


def products(data: object) -> list[PanelProduct]:
    """The ``products`` answer; unreadable rows are skipped and logged."""
    if not isinstance(data, list):
        raise ValueError("products: expected a JSON list")
    result: list[PanelProduct] = []
    for row in data:
        try:
            result.append(product(row))
        except ValueError as exc:
            log.warning("panel product row skipped: %s", _short(exc))
    return result


def product_order_state(data: object) -> ProductOrderState:
    """One product order's status with its delivered ``result`` or ``note``."""
    row = _model(WireProductOrderState, data)
    return ProductOrderState(status=row.status, charge=row.charge, result=row.result, note=row.note)


def balance(data: object, currency: str) -> Balance:
    """The ``balance`` answer."""
    row = _model(WireBalance, data)
    return Balance(amount=_need(row.balance, "balance"), currency=row.currency or currency)


def funds_link(data: object, currency: str, asked: Decimal) -> FundsLink:
    """btj's ``addfunds`` answer (payment link and code)."""
    row = _model(WireFunds, data)
    return FundsLink(
        url=_need(row.link, "link"),
        code=_need(row.code, "code"),
        amount=row.amount if row.amount is not None else asked,
        currency=row.currency or currency,
    )


def field(data: object, *names: str) -> str:
    """The first present, non-empty field among ``names`` as text (``order``, ``refill``...)."""
    if isinstance(data, dict):
        for name in names:
            text = parsing.to_text(data.get(name))
            if text is not None:
                return text
    raise ValueError(f"answer has no {'/'.join(names)}")


def item_error(value: object) -> ItemError | None:
    """``{"error": "..."}`` inside a multi answer as an :class:`ItemError`, else ``None``."""
    if isinstance(value, dict) and value.get("error") not in (None, ""):
        return ItemError(message=str(value["error"]))
    return None


def keyed(
    data: object, ids: Sequence[str], parse_one: Callable[[object], T]
) -> dict[str, T | ItemError]:
    """A multi answer keyed by id (``status``, ``product_order_status``), for ``ids``."""
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise ValueError("expected a JSON object keyed by id")
    return {i: _one(data.get(i), parse_one) for i in ids}


def listed(
    data: object,
    ids: Sequence[str],
    id_field: str,
    value_field: str,
    parse_value: Callable[[object], T],
) -> dict[str, T | ItemError]:
    """A multi answer as a list of ``{id_field: .., value_field: ..}`` (refill, cancel...)."""
    if not isinstance(data, list):
        raise ValueError("expected a JSON list")
    by_id: dict[str, object] = {}
    for row in data:
        if isinstance(row, dict) and parsing.to_text(row.get(id_field)) is not None:
            by_id[str(parsing.to_text(row.get(id_field)))] = row.get(value_field)
    return {i: _one(by_id.get(i), parse_value) for i in ids}


def _one(value: object, parse: Callable[[object], T]) -> T | ItemError:
    if value is None:
        return ItemError(message="missing from the panel's answer")
    error = item_error(value)
    if error is not None:
        return error
    try:
        return parse(value)
    except ValueError as exc:
        return ItemError(message=f"unreadable: {_short(exc)}")


def accepted(value: object) -> bool:
    """A ``cancel`` item: ``1``, ``{"status": 1}``, ``true`` -> True; ``0`` -> False."""
    if isinstance(value, dict):
        value = value.get("status", value.get("cancel"))
    flag = parsing.to_flag(value)
    if flag is None:
        raise ValueError(f"not an acknowledgement: {value!r}")
    return flag


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:200]


def is_single_shape(data: object) -> bool:
    """True for a one-order answer (``{"status": "Pending", ...}``) rather than a keyed map."""
    return isinstance(data, dict) and isinstance(data.get("status"), str)
