"""Every action of the btj dialect (seed 000), client against the emulator."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.panel import (
    AddOrder,
    Balance,
    EligibleId,
    FundsLink,
    InsufficientInventory,
    InvalidKey,
    InvalidServiceNumber,
    ItemError,
    NotEnoughFunds,
    OrderState,
    OrderStatus,
    PanelClient,
    UnsupportedAction,
    WrongOperation,
)
from emulators.panel import PanelEmulator
from tests.panel.conftest import fast_client


def members(quantity: int = 1000, service: str = "1") -> AddOrder:
    return AddOrder(service_id=service, link="@channel", quantity=quantity)


async def test_services_in_toman(btj: PanelClient) -> None:
    services = await btj.services()
    assert [(s.service_id, s.rate, s.currency) for s in services] == [
        ("1", Decimal("8000"), "Toman"),
        ("2", Decimal("12000"), "Toman"),
    ]


async def test_add_and_status_with_startcount_and_done(
    btj: PanelClient, btj_emu: PanelEmulator
) -> None:
    order_id = await btj.add(members(2000))  # answered {"status": 400, "order": ...}
    assert btj_emu.order(order_id).charge == Decimal("16000")
    btj_emu.set_status(order_id, "In progress", start_count=120, remains=500)
    assert await btj.status(order_id) == OrderState(
        OrderStatus.IN_PROGRESS, Decimal("16000"), 120, 500, "Toman"
    )
    btj_emu.set_status(order_id, "Completed")  # btj shows it as "Done"
    assert (await btj.status(order_id)).status is OrderStatus.COMPLETED


async def test_statuses_use_single_calls_at_bounded_concurrency(
    btj: PanelClient, btj_emu: PanelEmulator
) -> None:
    ids = [await btj.add(members()) for _ in range(3)]
    result = await btj.statuses([*ids, "999"])
    assert all(isinstance(result[i], OrderState) for i in ids)
    assert isinstance(result["999"], ItemError)
    asked = btj_emu.requests_of("status")
    assert len(asked) == 4 and all("orders" not in r.params for r in asked)


@pytest.mark.parametrize("form", ["error", "status_error", "status", "http"])
@pytest.mark.parametrize(
    ("code", "error"),
    [(401, InsufficientInventory), (402, InvalidServiceNumber), (403, InvalidKey),
     (404, WrongOperation), (501, EligibleId)],
)  # fmt: skip
async def test_add_errors_in_every_arrival_form(
    btj: PanelClient, btj_emu: PanelEmulator, form: str, code: int, error: type[Exception]
) -> None:
    btj_emu.fail_next("add", code, form=form)  # type: ignore[arg-type]
    with pytest.raises(error):
        await btj.add(members())
    assert len(btj_emu.requests_of("add")) == 1


async def test_real_validation_answers_codes(btj_emu: PanelEmulator) -> None:
    async with fast_client(btj_emu.url, "wrong-key-123", dialect="btj") as wrong:
        with pytest.raises(InvalidKey):
            await wrong.balance()
    async with fast_client(btj_emu.url, btj_emu.key, dialect="btj") as panel:
        with pytest.raises(InvalidServiceNumber):
            await panel.add(members(service="77"))
        btj_emu.balance = Decimal(10)
        with pytest.raises(NotEnoughFunds):  # 401, InsufficientInventory, is a NotEnoughFunds
            await panel.add(members())


async def test_balance_addfunds_and_payment(btj: PanelClient, btj_emu: PanelEmulator) -> None:
    before = await btj.balance()
    assert before == Balance(Decimal("100000000"), "Toman")
    link = await btj.addfunds(Decimal("50000"))
    assert isinstance(link, FundsLink) and link.amount == Decimal("50000")
    assert link.url.endswith(f"code={link.code}") and link.currency == "Toman"
    assert btj_emu.requests_of("addfunds")[0].params == {"amount": "50000"}
    btj_emu.pay(link.code)
    btj_emu.pay(link.code)  # paid once, credited once
    assert (await btj.balance()).amount == Decimal("100050000")


async def test_channel_tools(btj: PanelClient, btj_emu: PanelEmulator) -> None:
    btj_emu.set_channel("@shop", subscribers=1234, add="5k")
    assert (await btj.screen("@shop")).endswith(".png")
    assert await btj.search("@shop") == "5k"
    assert await btj.info("@shop") == 1234
    with pytest.raises(EligibleId):
        await btj.info("not a channel")


@pytest.mark.parametrize("call", ["refill", "refill_status", "products", "product_order_status"])
async def test_v2_only_actions_are_unsupported_without_a_request(
    btj: PanelClient, btj_emu: PanelEmulator, call: str
) -> None:
    with pytest.raises(UnsupportedAction):
        if call == "products":
            await btj.products()
        else:
            await getattr(btj, call)("1")
    with pytest.raises(UnsupportedAction):
        await btj.cancel(["1"])
    with pytest.raises(UnsupportedAction):
        await btj.add_product_order("1", 1, None)
    assert btj_emu.requests == []
