"""Normalisation: status spellings, exact numbers, empty strings, negative remains, currency."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.panel import (
    ItemError,
    OrderState,
    OrderStatus,
    RefillStatus,
    order_status,
    refill_status,
    wire,
)
from bot.panel.parsing import loads, to_decimal, to_flag, to_int, to_text
from tests.panel.conftest import ReplayPanel, fast_client


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Pending", OrderStatus.PENDING),
        ("pending", OrderStatus.PENDING),
        ("Processing", OrderStatus.PROCESSING),
        ("In progress", OrderStatus.IN_PROGRESS),
        ("In Progress", OrderStatus.IN_PROGRESS),
        ("Inprogress", OrderStatus.IN_PROGRESS),
        ("in_progress", OrderStatus.IN_PROGRESS),
        ("  IN   PROGRESS ", OrderStatus.IN_PROGRESS),
        ("Completed", OrderStatus.COMPLETED),
        ("Complete", OrderStatus.COMPLETED),
        ("Done", OrderStatus.COMPLETED),
        ("done", OrderStatus.COMPLETED),
        ("COMPLETED", OrderStatus.COMPLETED),
        ("Partial", OrderStatus.PARTIAL),
        ("Canceled", OrderStatus.CANCELED),
        ("Cancelled", OrderStatus.CANCELED),
        ("Refunded", OrderStatus.CANCELED),
    ],
)
def test_every_status_spelling_maps_to_one_member(word: str, expected: OrderStatus) -> None:
    assert order_status(word) is expected


def test_final_statuses() -> None:
    assert {s for s in OrderStatus if s.is_final} == {
        OrderStatus.COMPLETED,
        OrderStatus.PARTIAL,
        OrderStatus.CANCELED,
    }


@pytest.mark.parametrize(
    ("word", "expected", "final"),
    [
        ("Pending", RefillStatus.PENDING, False),
        ("In progress", RefillStatus.IN_PROGRESS, False),
        ("Processing", RefillStatus.PROCESSING, False),
        ("Completed", RefillStatus.COMPLETED, True),
        ("Rejected", RefillStatus.REJECTED, True),
        ("Error", RefillStatus.ERROR, True),
        ("Canceled", RefillStatus.CANCELED, True),
        ("cancelled", RefillStatus.CANCELED, True),
    ],
)
def test_refill_statuses(word: str, expected: RefillStatus, final: bool) -> None:
    assert refill_status(word) is expected
    assert expected.is_final is final


def test_unknown_status_word_is_an_error_not_a_guess() -> None:
    with pytest.raises(ValueError):
        order_status("Teleported")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0.27819", Decimal("0.27819")),
        (" 8 ", Decimal("8")),
        (100000, Decimal("100000")),
        (Decimal("7.5"), Decimal("7.5")),
        ("", None),
        (None, None),
    ],
)
def test_money_is_exact_decimal(raw: object, expected: Decimal | None) -> None:
    assert to_decimal(raw) == expected


@pytest.mark.parametrize("raw", [0.1, True, "abc", "NaN", "Infinity", [1]])
def test_floats_and_garbage_are_refused(raw: object) -> None:
    with pytest.raises(ValueError):
        to_decimal(raw)


def test_counts_from_strings_or_numbers() -> None:
    assert to_int("157") == 157 and to_int(157) == 157 and to_int("12.0") == 12
    assert to_int("") is None
    with pytest.raises(ValueError):
        to_int("12.5")


def test_flags_and_texts() -> None:
    assert to_flag("1") is True and to_flag(0) is False and to_flag("false") is False
    assert to_flag(None) is None
    assert to_text("") is None and to_text(23501) == "23501" and to_text(" a ") == "a"


def test_json_floats_never_become_float() -> None:
    body = loads('{"charge": 7.5, "rate": 0.1, "n": 3}')
    assert body == {"charge": Decimal("7.5"), "rate": Decimal("0.1"), "n": 3}
    assert isinstance(body["charge"], Decimal)
    with pytest.raises(ValueError):
        loads('{"charge": NaN}')


def test_status_normalises_every_field() -> None:
    state = wire.order_state(
        {"status": " inprogress ", "charge": "", "start_count": "", "remains": "-5"}, "USD"
    )
    assert state == OrderState(OrderStatus.IN_PROGRESS, None, None, 0, "USD")


def test_multi_status_with_unreadable_item_keeps_the_rest() -> None:
    body = {"1": {"status": "Teleported"}, "2": {"status": "Pending"}}
    result = wire.keyed(body, ["1", "2", "3"], lambda item: wire.order_state(item, "USD"))
    assert isinstance(result["1"], ItemError) and "unreadable" in result["1"].message
    assert isinstance(result["2"], OrderState)
    assert result["3"] == ItemError("missing from the panel's answer")


def test_service_rows_that_cannot_be_read_are_skipped() -> None:
    rows = [{"service": 1, "name": "ok", "rate": "1", "min": 1, "max": 2}, {"service": 2}]
    assert [s.service_id for s in wire.services(rows, "USD")] == ["1"]


def test_service_flags_from_strings_and_dripfeed() -> None:
    row = {"service": "7", "name": "x", "rate": "1.5", "min": "1", "max": "9",
           "refill": "1", "cancel": "0", "dripfeed": True, "refill_time": "30 days"}  # fmt: skip
    service = wire.service(row, "USD")
    assert (service.refill, service.cancel, service.dripfeed) == (True, False, True)
    assert service.refill_days == 30


async def test_a_float_is_never_produced_end_to_end(replay: ReplayPanel) -> None:
    replay.answer('{"charge": 0.1, "start_count": 1, "status": "Pending", "remains": 2}')
    async with fast_client(replay.url, "replay-key", currency="UZS") as panel:
        state = await panel.status("1")
    assert state.charge == Decimal("0.1") and type(state.charge) is Decimal
    assert state.currency == "UZS"
