"""Every error string and code of the seeds maps onto its typed exception, in every form."""

from __future__ import annotations

import pytest

from bot.panel import (
    AnswerNumberRequired,
    BadLink,
    EligibleId,
    IncorrectOrderId,
    IncorrectRefillId,
    IncorrectRequest,
    IncorrectService,
    InsufficientInventory,
    InvalidKey,
    InvalidServiceNumber,
    NotEnoughFunds,
    PanelError,
    PanelRejected,
    QuantityAboveMaximum,
    QuantityBelowMinimum,
    UnknownPanelError,
    UnknownProduct,
    UnsupportedAction,
    WrongOperation,
)
from bot.panel.dialects import BtjDialect, Dialect
from bot.panel.errors import rejection_from_code, rejection_from_message
from tests.panel.conftest import ReplayPanel, fast_client

# seed 001's table, plus the per-id errors of seeds 002-004
SEED_TEXTS = [
    ("Invalid API key", InvalidKey),
    ("Incorrect request", IncorrectRequest),
    ("Incorrect service ID", IncorrectService),
    ("Bad link", BadLink),
    ("Quantity less than minimum", QuantityBelowMinimum),
    ("Quantity more than maximum", QuantityAboveMaximum),
    ("Not enough funds on balance", NotEnoughFunds),
    ("Incorrect order ID", IncorrectOrderId),
    ("Answer number is required", AnswerNumberRequired),
    ("Refill not found", IncorrectRefillId),
    ("Incorrect refill ID", IncorrectRefillId),
]

# seed 000's table (400 is success)
SEED_CODES = [
    (401, InsufficientInventory),
    (402, InvalidServiceNumber),
    (403, InvalidKey),
    (404, WrongOperation),
    (405, UnknownProduct),
    (501, EligibleId),
]


@pytest.mark.parametrize(("text", "cls"), SEED_TEXTS)
def test_seed_error_text_maps_to_its_class(text: str, cls: type[PanelRejected]) -> None:
    error = rejection_from_message(text, action="add")
    assert type(error) is cls
    assert error.message == text and error.action == "add"


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("not enough funds", NotEnoughFunds),
        ("NOT_ENOUGH_FUNDS", NotEnoughFunds),
        ("  Not  enough funds on balance. ", NotEnoughFunds),
        ("Insufficient balance", NotEnoughFunds),
        ("incorrect order id", IncorrectOrderId),
        ("Incorrect order ID.", IncorrectOrderId),
        ("Order not found", IncorrectOrderId),
        ("invalid api key", InvalidKey),
        ("Invalid key", InvalidKey),
        ("bad link!", BadLink),
        ("Link is required", BadLink),
        ("quantity less than minimum 50", QuantityBelowMinimum),
        ("Minimum quantity is 50", QuantityBelowMinimum),
        ("Quantity more than maximum 10000", QuantityAboveMaximum),
        ("answer_number is required", AnswerNumberRequired),
        ("Service not found", IncorrectService),
        ("Invalid service number", InvalidServiceNumber),
        ("Unknown action", UnsupportedAction),
        ("Invalid action", UnsupportedAction),
        ("This action is not supported", UnsupportedAction),
        ("Wrong operation or parameter", WrongOperation),
        ("Insufficient inventory", InsufficientInventory),
        ("Unknown product", UnknownProduct),
        ("Eligible ID", EligibleId),
        ("401", InsufficientInventory),
    ],
)
def test_error_text_is_matched_tolerantly(text: str, cls: type[PanelRejected]) -> None:
    assert type(rejection_from_message(text)) is cls


def test_unknown_text_keeps_the_panel_words() -> None:
    error = rejection_from_message("Service is on vacation till Monday")
    assert type(error) is UnknownPanelError
    assert error.panel_message == "Service is on vacation till Monday"


@pytest.mark.parametrize(("code", "cls"), SEED_CODES)
def test_btj_code_maps_to_its_class(code: int, cls: type[PanelRejected]) -> None:
    error = rejection_from_code(code)
    assert type(error) is cls and error is not None and error.code == code


def test_btj_400_is_success_and_unknown_code_is_kept() -> None:
    assert rejection_from_code(400) is None
    other = rejection_from_code(499)
    assert isinstance(other, UnknownPanelError) and other.code == 499


@pytest.mark.parametrize(("code", "cls"), SEED_CODES)
@pytest.mark.parametrize(
    "shape",
    ["error", "error_text", "status_error", "status", "http"],
)
def test_btj_code_in_every_arrival_form(code: int, cls: type[PanelRejected], shape: str) -> None:
    bodies: dict[str, tuple[object, int]] = {
        "error": ({"error": code}, 200),
        "error_text": ({"error": str(code)}, 200),
        "status_error": ({"status": "error", "error": code}, 200),
        "status": ({"status": code, "message": "x"}, 200),
        "http": (None, code),
    }
    body, http_status = bodies[shape]
    error = BtjDialect().rejection(body, http_status, "add")
    assert type(error) is cls


def test_btj_400_in_body_or_http_status_is_success() -> None:
    dialect = BtjDialect()
    assert dialect.rejection({"status": 400, "order": "5"}, 200, "add") is None
    assert dialect.rejection({"order": "5"}, 400, "add") is None
    assert dialect.rejection({"status": "success", "balance": 1}, 200, "balance") is None


def test_v2_error_forms_and_refill_status_error_word() -> None:
    dialect = Dialect()
    assert type(dialect.rejection({"error": "Bad link"}, 200, "add")) is BadLink
    found = dialect.rejection({"status": "error", "message": "Incorrect service ID"}, 200, "add")
    assert type(found) is IncorrectService
    # {"status": "Error"} is a refill status, not an error answer
    assert dialect.rejection({"status": "Error"}, 200, "refill_status") is None


@pytest.mark.parametrize(
    ("cls", "store_fault"),
    [
        (InvalidKey, True),
        (NotEnoughFunds, True),
        (InsufficientInventory, True),
        (IncorrectRequest, True),
        (WrongOperation, True),
        (UnsupportedAction, True),
        (IncorrectService, True),
        (UnknownProduct, True),
        (UnknownPanelError, True),
        (BadLink, False),
        (QuantityBelowMinimum, False),
        (QuantityAboveMaximum, False),
        (IncorrectOrderId, False),
        (AnswerNumberRequired, False),
        (EligibleId, False),
    ],
)
def test_store_fault_says_whose_cause_it_is(cls: type[PanelRejected], store_fault: bool) -> None:
    assert cls.store_fault is store_fault


def test_hierarchy_lets_callers_catch_broadly() -> None:
    assert issubclass(InsufficientInventory, NotEnoughFunds)
    assert issubclass(InvalidServiceNumber, IncorrectService)
    assert issubclass(UnsupportedAction, WrongOperation)
    assert issubclass(WrongOperation, PanelRejected) and issubclass(PanelRejected, PanelError)


@pytest.mark.parametrize(("text", "cls"), SEED_TEXTS)
async def test_client_raises_each_seed_error(
    replay: ReplayPanel, text: str, cls: type[PanelRejected]
) -> None:
    replay.answer({"error": text})
    async with fast_client(replay.url, "replay-key") as panel:
        with pytest.raises(cls) as caught:
            await panel.balance()
    assert caught.value.message == text
    assert len(replay.forms) == 1  # a rejection is never retried
