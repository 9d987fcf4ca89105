"""Every example response of the five seeds, served as-is, reads into the typed models."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from bot.panel import (
    AddOrder,
    Balance,
    Capabilities,
    FundsLink,
    ItemError,
    NotEnoughFunds,
    OrderState,
    OrderStatus,
    PanelClient,
    ProductOrderState,
    RefillState,
    RefillStatus,
)
from tests.panel.conftest import ReplayPanel, fast_client, seed

ALL = Capabilities(addfunds=True, screen=True, info=True, search=True)


def client(replay: ReplayPanel, dialect: str = "v2", currency: str = "USD") -> PanelClient:
    return fast_client(
        replay.url, "replay-key", dialect=dialect, currency=currency, capabilities=ALL
    )


# -- services ---------------------------------------------------------------------------------


async def test_seed000_services_have_toman_rates_and_default_type(replay: ReplayPanel) -> None:
    replay.answer(seed("000_services.json"))
    async with client(replay, "btj", "Toman") as panel:
        services = await panel.services()
    assert [s.service_id for s in services] == ["1", "2"]
    first = services[0]
    assert first.name == "Hayden Telegram ad"
    assert first.category == "Member-real-mandatory"
    assert first.rate == Decimal("8000") and first.currency == "Toman"
    assert (first.min, first.max) == (1000, 100000)
    assert first.type == "Default"  # btj sends no type
    assert not (first.refill or first.cancel or first.dripfeed)


async def test_seed001_services_numbers_as_json_numbers(replay: ReplayPanel) -> None:
    replay.answer(seed("001_services.json"))
    async with client(replay, currency="UZS") as panel:
        members, poll = await panel.services()
    assert members.service_id == "1" and members.rate == Decimal("60.00000")
    assert (members.min, members.max) == (10, 100000)
    assert members.cancel and not members.refill
    assert poll.type == "Poll" and poll.service_id == "3" and poll.currency == "UZS"


@pytest.mark.parametrize("name", ["002_services.json", "003_services.json"])
async def test_seed002_003_services_numbers_as_strings(replay: ReplayPanel, name: str) -> None:
    replay.answer(seed(name))
    async with client(replay) as panel:
        followers, comments = await panel.services()
    assert followers.rate == Decimal("0.90") and isinstance(followers.rate, Decimal)
    assert (followers.min, followers.max) == (50, 10000)
    assert followers.refill and followers.cancel
    assert comments.type == "Custom Comments" and comments.rate == Decimal("8")
    assert followers.currency == "USD"  # absent -> the configured currency


async def test_seed003_services_carry_description_and_refill_days(replay: ReplayPanel) -> None:
    replay.answer(seed("003_services.json"))
    async with client(replay) as panel:
        followers, comments = await panel.services()
    assert followers.description == "example description"
    assert (followers.refill_days, comments.refill_days) == (30, 365)


async def test_seed004_services_without_cancel_field(replay: ReplayPanel) -> None:
    replay.answer(seed("004_services.json"))
    async with client(replay) as panel:
        views, comments = await panel.services()
    assert views.refill and not views.cancel
    assert views.rate == Decimal("2.5") and (views.min, views.max) == (200, 10000)
    assert comments.type == "Custom Comments" and comments.description is None


# -- add --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["001_add.json", "002_add.json"])
async def test_seed_add_answer_gives_order_id_as_text(replay: ReplayPanel, name: str) -> None:
    replay.answer(seed(name))
    async with client(replay) as panel:
        order_id = await panel.add(AddOrder(service_id="1", link="https://t.me/x", quantity=10))
    assert order_id == "23501"


async def test_seed003_add_request_is_the_form_we_send(replay: ReplayPanel) -> None:
    published = json.loads(seed("003_add_request.json"))
    replay.answer({"order": 1})
    async with fast_client(replay.url, "your-api-key") as panel:
        await panel.add(AddOrder(service_id="1", link="http://example.com", quantity=100))
    assert replay.forms[0] == {k: str(v) for k, v in published.items()}


# -- status -----------------------------------------------------------------------------------


async def test_seed000_status_with_placeholders_and_empty_strings(replay: ReplayPanel) -> None:
    replay.answer(seed("000_status_pending.json"))
    replay.answer(seed("000_status_done.json"))
    async with client(replay, "btj", "Toman") as panel:
        pending = await panel.status("1")
        done = await panel.status("1")
    assert pending == OrderState(OrderStatus.PENDING, None, None, None, "Toman")
    assert done == OrderState(OrderStatus.COMPLETED, None, None, None, "Toman")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("001_status.json", OrderState(OrderStatus.IN_PROGRESS, Decimal("0.27819"), 0, 157, "UZS")),
        ("002_status.json", OrderState(OrderStatus.PARTIAL, Decimal("0.27819"), 3572, 157, "USD")),
        ("003_status.json", OrderState(OrderStatus.PARTIAL, Decimal("0.27819"), 3572, 157, "USD")),
        # seed 004: negative remains -> 0, no currency -> the configured one
        ("004_status.json", OrderState(OrderStatus.COMPLETED, Decimal("2.5"), 168, 0, "EUR")),
    ],
)
async def test_seed_single_status(replay: ReplayPanel, name: str, expected: OrderState) -> None:
    replay.answer(seed(name))
    async with client(replay, currency="EUR") as panel:
        assert await panel.status("1") == expected


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        ("001_status_multi.json", ["1", "10"]),
        ("002_status_multi.json", ["1", "10", "100"]),
        ("003_status_multi.json", ["1", "10", "100"]),
        ("004_status_multi.json", ["123", "456", "789"]),
    ],
)
async def test_seed_multi_status(replay: ReplayPanel, name: str, ids: list[str]) -> None:
    replay.answer(seed(name))
    async with client(replay) as panel:
        states = await panel.statuses(ids)
    assert replay.forms[0]["orders"] == ",".join(ids)
    assert list(states) == ids
    assert states[ids[1]] == ItemError("Incorrect order ID")
    first = states[ids[0]]
    assert isinstance(first, OrderState) and first.charge == Decimal("0.27819")
    if len(ids) == 3:
        last = states[ids[2]]
        assert isinstance(last, OrderState)
        assert (last.status, last.start_count, last.remains) == (OrderStatus.IN_PROGRESS, 234, 10)


# -- refill -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["002_refill.json", "003_refill.json"])
async def test_seed_single_refill(replay: ReplayPanel, name: str) -> None:
    replay.answer(seed(name))
    async with client(replay) as panel:
        assert await panel.refill("1") == "1"


@pytest.mark.parametrize("name", ["002_refill_multi.json", "003_refill_multi.json"])
async def test_seed_multi_refill(replay: ReplayPanel, name: str) -> None:
    replay.answer(seed(name))
    async with client(replay) as panel:
        result = await panel.refills(["1", "2", "3"])
    assert result == {"1": "1", "2": "2", "3": ItemError("Incorrect order ID")}


@pytest.mark.parametrize(
    "name", ["002_refill_status.json", "003_refill_status.json", "004_refill_status.json"]
)
async def test_seed_single_refill_status(replay: ReplayPanel, name: str) -> None:
    replay.answer(seed(name))
    async with client(replay) as panel:
        assert await panel.refill_status("1") == RefillState(RefillStatus.COMPLETED)


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("002_refill_status_multi.json", "Refill not found"),
        ("003_refill_status_multi.json", "Refill not found"),
        ("004_refill_status_multi.json", "Incorrect refill ID"),
    ],
)
async def test_seed_multi_refill_status(replay: ReplayPanel, name: str, error: str) -> None:
    replay.answer(seed(name))
    async with client(replay) as panel:
        result = await panel.refill_statuses(["1", "2", "3"])
    assert replay.forms[0]["refills"] == "1,2,3"
    assert result == {
        "1": RefillState(RefillStatus.COMPLETED),
        "2": RefillState(RefillStatus.REJECTED),
        "3": ItemError(error),
    }


# -- cancel -----------------------------------------------------------------------------------


async def test_seed001_cancel_status_object(replay: ReplayPanel) -> None:
    replay.answer(seed("001_cancel.json"))
    async with client(replay) as panel:
        assert await panel.cancel(["1"]) == {"1": True}


@pytest.mark.parametrize("name", ["002_cancel.json", "003_cancel.json"])
async def test_seed_cancel_bare_one_and_error(replay: ReplayPanel, name: str) -> None:
    replay.answer(seed(name))
    async with client(replay) as panel:
        result = await panel.cancel(["9", "2"])
    assert replay.forms[0]["orders"] == "9,2"
    assert result == {"9": ItemError("Incorrect order ID"), "2": True}


# -- balance and funds ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("000_balance.json", Balance(Decimal("100000"), "Toman")),
        ("001_balance.json", Balance(Decimal("100.84292"), "UZS")),
        ("002_balance.json", Balance(Decimal("100.84292"), "USD")),
        ("003_balance.json", Balance(Decimal("100.84292"), "USD")),
        ("004_balance.json", Balance(Decimal("68.6868"), "USD")),
    ],
)
async def test_seed_balance(replay: ReplayPanel, name: str, expected: Balance) -> None:
    replay.answer(seed(name))
    dialect = "btj" if name.startswith("000") else "v2"
    async with client(replay, dialect) as panel:
        assert await panel.balance() == expected


async def test_seed001_not_enough_funds_error(replay: ReplayPanel) -> None:
    replay.answer(seed("001_error.json"))
    async with client(replay) as panel:
        with pytest.raises(NotEnoughFunds):
            await panel.add(AddOrder(service_id="1", link="https://t.me/x", quantity=10))


async def test_seed000_addfunds_link_as_published(replay: ReplayPanel) -> None:
    replay.answer(seed("000_addfunds.json"))
    async with client(replay, "btj", "Toman") as panel:
        link = await panel.addfunds(Decimal("50000"))
    assert replay.forms[0]["amount"] == "50000"
    assert link == FundsLink(
        url="http://http://kajsystem.xyz/api/payment.php?code=2574",
        code="2574",
        amount=Decimal("50000"),
        currency="Toman",
    )


# -- btj channel tools ------------------------------------------------------------------------


async def test_seed000_screen_search_info(replay: ReplayPanel) -> None:
    for name in ("000_screen.json", "000_search.json", "000_info.json"):
        replay.answer(seed(name))
    async with client(replay, "btj", "Toman") as panel:
        assert await panel.screen("@id") == "http://kajsystem.xyz/api/screen/192822.png"
        assert await panel.search("@id") == "80k"
        assert await panel.info("@id") == 28106
    assert [f["link"] for f in replay.forms] == ["@id", "@id", "@id"]


# -- products ---------------------------------------------------------------------------------


async def test_seed004_products(replay: ReplayPanel) -> None:
    replay.answer(seed("004_products.json"))
    async with client(replay) as panel:
        netflix, youtube, facebook = await panel.products()
    assert netflix.product_id == "1" and netflix.rate == Decimal("2.5")
    assert netflix.require == "Input your account" and netflix.in_stock
    assert netflix.inventory == 40 and netflix.type == "Auto"
    assert not youtube.in_stock and youtube.inventory == 0 and (youtube.min, youtube.max) == (1, 1)
    assert facebook.require is None and facebook.inventory is None and facebook.in_stock
    assert facebook.rate == Decimal("0.5") and facebook.type == "Service"


async def test_seed004_product_order_status(replay: ReplayPanel) -> None:
    replay.answer(seed("004_product_order_status.json"))
    async with client(replay) as panel:
        state = await panel.product_order_status("1")
    assert state == ProductOrderState(
        OrderStatus.COMPLETED, Decimal("7.5"), "c85c1d1a-9ef3-4d01-8c58-3dfaf3bbc78e", None
    )


async def test_seed004_product_order_status_multi(replay: ReplayPanel) -> None:
    replay.answer(seed("004_product_order_status_multi.json"))
    async with client(replay) as panel:
        result = await panel.product_order_statuses(["123", "456", "789"])
    assert result["456"] == ItemError("Incorrect order ID")
    assert result["789"] == ProductOrderState(
        OrderStatus.CANCELED, Decimal(0), None, "Out of stock"
    )
    done = result["123"]
    assert isinstance(done, ProductOrderState) and done.result is not None
