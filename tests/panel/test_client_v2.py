"""Every action of the v2 dialect, client against the emulator."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.panel import (
    AddOrder,
    AnswerNumberRequired,
    BadLink,
    IncorrectOrderId,
    IncorrectService,
    ItemError,
    NotEnoughFunds,
    OrderState,
    OrderStatus,
    PanelClient,
    ProductOrderState,
    QuantityAboveMaximum,
    QuantityBelowMinimum,
    RefillState,
    RefillStatus,
    UnsupportedAction,
)
from emulators.panel import PanelEmulator


async def place(panel: PanelClient, service: str = "1", quantity: int = 100) -> str:
    return await panel.add(AddOrder(service_id=service, link="https://t.me/x", quantity=quantity))


async def test_services_from_the_emulator(v2: PanelClient) -> None:
    services = {s.service_id: s for s in await v2.services()}
    followers = services["1"]
    assert followers.rate == Decimal("0.90") and followers.refill and followers.refill_days == 30
    assert services["3"].type == "Poll"


async def test_add_charges_rate_per_thousand(v2: PanelClient, v2_emu: PanelEmulator) -> None:
    before = v2_emu.balance
    order_id = await place(v2, "1", 1000)
    assert v2_emu.balance == before - Decimal("0.90")
    assert v2_emu.requests_of("add")[0].params == {
        "service": "1",
        "link": "https://t.me/x",
        "quantity": "1000",
    }
    state = await v2.status(order_id)
    assert state == OrderState(OrderStatus.PENDING, Decimal("0.90"), 0, 1000, "USD")


async def test_add_sends_every_type_specific_field(v2: PanelClient, v2_emu: PanelEmulator) -> None:
    v2_emu.add_service("Subs", type="Subscriptions", service_id=50, rate="1")
    order = AddOrder(
        service_id="50", username="chan", min=10, max=20, delay=30, posts=5, old_posts=2,
        expiry="12/31/2030", order_style="fast",
    )  # fmt: skip
    await v2.add(order)
    assert v2_emu.requests_of("add")[0].params == {
        "service": "50", "username": "chan", "min": "10", "max": "20", "delay": "30",
        "posts": "5", "old_posts": "2", "expiry": "12/31/2030", "order_style": "fast",
    }  # fmt: skip


async def test_lists_are_joined_with_newlines(v2: PanelClient, v2_emu: PanelEmulator) -> None:
    v2_emu.add_service("Few comments", type="Custom Comments", min=1, service_id=60)
    order = AddOrder(service_id="60", link="https://x", comments=["nice", "great", "wow"])
    order_id = await v2.add(order)
    assert v2_emu.requests_of("add")[0].params["comments"] == "nice\ngreat\nwow"
    assert v2_emu.order(order_id).quantity == 3  # one comment, one unit


def test_add_order_params_cover_youtube_and_dripfeed() -> None:
    order = AddOrder(
        service_id="5", link="https://youtu.be/x", quantity=300, runs=3, interval=60,
        list=["a", "b"], suggest=["c"], search=["d", "e"], usernames=["u1", "u2"],
        hashtags=["#a"], hashtag="#b", media="https://m", answer_number=2, groups=["g"],
        keywords=["k1", "k2"],
    )  # fmt: skip
    assert order.to_params() == {
        "service": "5", "link": "https://youtu.be/x", "quantity": "300", "runs": "3",
        "interval": "60", "usernames": "u1\nu2", "hashtags": "#a", "hashtag": "#b",
        "media": "https://m", "answer_number": "2", "groups": "g", "keywords": "k1\nk2",
        "list": "a\nb", "suggest": "c", "search": "d\ne",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("order", "error"),
    [
        (AddOrder(service_id="999", link="https://x", quantity=100), IncorrectService),
        (AddOrder(service_id="1", quantity=100), BadLink),
        (AddOrder(service_id="1", link="https://x", quantity=1), QuantityBelowMinimum),
        (AddOrder(service_id="1", link="https://x", quantity=10**6), QuantityAboveMaximum),
        (AddOrder(service_id="3", link="https://t.me/x", quantity=100), AnswerNumberRequired),
    ],
)
async def test_add_validation_errors(
    v2: PanelClient, v2_emu: PanelEmulator, order: AddOrder, error: type[Exception]
) -> None:
    with pytest.raises(error):
        await v2.add(order)
    assert len(v2_emu.requests_of("add")) == 1
    assert v2_emu.book.orders == {}


async def test_poll_with_answer_number_is_placed(v2: PanelClient) -> None:
    order = AddOrder(service_id="3", link="https://t.me/c/5", quantity=100, answer_number=2)
    assert await v2.add(order)


async def test_not_enough_funds(v2: PanelClient, v2_emu: PanelEmulator) -> None:
    v2_emu.balance = Decimal("0.01")
    with pytest.raises(NotEnoughFunds):
        await place(v2, "4", 1000)


async def test_status_moves_and_negative_remains(v2: PanelClient, v2_emu: PanelEmulator) -> None:
    order_id = await place(v2)
    v2_emu.set_status(order_id, "In progress", start_count=3572, remains=60)
    state = await v2.status(order_id)
    assert (state.status, state.start_count, state.remains) == (OrderStatus.IN_PROGRESS, 3572, 60)
    v2_emu.set_status(order_id, "Completed", remains=-2)
    assert (await v2.status(order_id)).remains == 0


async def test_status_of_unknown_order(v2: PanelClient) -> None:
    with pytest.raises(IncorrectOrderId):
        await v2.status("42")


async def test_statuses_mix_states_and_item_errors(v2: PanelClient, v2_emu: PanelEmulator) -> None:
    first, second = await place(v2), await place(v2)
    v2_emu.set_status(second, "Partial", remains=40)
    result = await v2.statuses([first, "404", second, first])
    assert list(result) == [first, "404", second]  # duplicates asked once
    assert result["404"] == ItemError("Incorrect order ID")
    partial = result[second]
    assert isinstance(partial, OrderState) and partial.status is OrderStatus.PARTIAL
    assert partial.charge == Decimal("0.054")  # the emulator refunds the 40 undelivered
    assert len(v2_emu.requests_of("status")) == 1


async def test_refill_flow(v2: PanelClient, v2_emu: PanelEmulator) -> None:
    order_id = await place(v2)
    v2_emu.set_status(order_id, "Completed")
    refill_id = await v2.refill(order_id)
    assert await v2.refill_status(refill_id) == RefillState(RefillStatus.PENDING)
    v2_emu.set_refill_status(refill_id, "Completed")
    result = await v2.refill_statuses([refill_id, "77"])
    assert result == {
        refill_id: RefillState(RefillStatus.COMPLETED),
        "77": ItemError("Refill not found"),
    }


async def test_refill_errors_single_and_many(v2: PanelClient, v2_emu: PanelEmulator) -> None:
    done = await place(v2)
    v2_emu.set_status(done, "Completed")
    with pytest.raises(IncorrectOrderId):
        await v2.refill("31337")
    result = await v2.refills([done, "31337"])
    assert isinstance(result[done], str)
    assert result["31337"] == ItemError("Incorrect order ID")
    assert v2_emu.requests_of("refill")[-1].params == {"orders": f"{done},31337"}


async def test_cancel_many(v2: PanelClient, v2_emu: PanelEmulator) -> None:
    running = await place(v2, "4", 100)
    before = v2_emu.balance
    result = await v2.cancel([running, "9"])
    assert result == {running: True, "9": ItemError("Incorrect order ID")}
    assert (await v2.status(running)).status is OrderStatus.CANCELED
    assert v2_emu.balance == before + Decimal("6")  # refunded


async def test_balance(v2: PanelClient, v2_emu: PanelEmulator) -> None:
    balance = await v2.balance()
    assert balance.amount == v2_emu.balance and balance.currency == "USD"


async def test_products_flow(v2: PanelClient, v2_emu: PanelEmulator) -> None:
    products = {p.product_id: p for p in await v2.products()}
    assert products["1"].in_stock and not products["2"].in_stock
    order_id = await v2.add_product_order("1", 3, "me@example.com")
    assert v2_emu.requests_of("add_product_order")[0].params == {
        "product": "1", "quantity": "3", "require": "me@example.com",
    }  # fmt: skip
    pending = await v2.product_order_status(order_id)
    assert pending == ProductOrderState(OrderStatus.PENDING, Decimal("7.5"), None, None)
    v2_emu.set_product_status(order_id, "Completed", result="login:pass")
    many = await v2.product_order_statuses([order_id, "5"])
    assert many[order_id] == ProductOrderState(
        OrderStatus.COMPLETED, Decimal("7.5"), "login:pass", None
    )
    assert many["5"] == ItemError("Incorrect order ID")


@pytest.mark.parametrize("call", ["screen", "info", "search", "addfunds"])
async def test_btj_only_actions_are_unsupported_without_a_request(
    v2: PanelClient, v2_emu: PanelEmulator, call: str
) -> None:
    with pytest.raises(UnsupportedAction):
        if call == "addfunds":
            await v2.addfunds(Decimal(10))
        else:
            await getattr(v2, call)("@chan")
    assert v2_emu.requests == []


async def test_empty_id_lists_make_no_calls(v2: PanelClient, v2_emu: PanelEmulator) -> None:
    assert await v2.statuses([]) == {}
    assert await v2.cancel([]) == {}
    assert await v2.refills([]) == {}
    assert v2_emu.requests == []
