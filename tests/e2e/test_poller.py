"""The background poller, end to end: the panel emulator moves orders, rounds run by hand
(`app.poller.run_round()`), and customers are told through the Telegram emulator."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bot.clock import FrozenClock
from bot.db.catalog import Service
from bot.db.orders import Order
from bot.services.order_form import quote
from bot.services.ordering import Outcome
from emulators.telegram import FakeUser
from tests.e2e.harness import Shop, running_shop
from tests.e2e.test_ordering import fill, next_reply, open_service

# The background loop runs as in production, but its first round is an hour away: the tests
# run rounds themselves, so nothing depends on timers.
QUIET = {"poll_interval": 3600}


@pytest.fixture
async def shop(tmp_path: Path) -> AsyncIterator[Shop]:
    async with running_shop(tmp_path, settings=QUIET) as running:
        yield running


async def _service(shop: Shop, name: str = "Likes", **options: Any) -> Service:
    emu = shop.panel.add_service(name, rate="2.00", min=10, max=5000, category="Insta", **options)
    await shop.app.catalog_service.sync()
    store_id = await shop.app.db.fetchval(
        "SELECT id FROM services WHERE panel_service_id = ?", (str(emu.service_id),)
    )
    service = await shop.app.catalog.get(int(store_id))
    assert service is not None
    return service


async def _place(shop: Shop, user: FakeUser, service: Service, quantity: int = 1000) -> Order:
    """Place an order through the ordering service (the chat path is tested elsewhere)."""
    app = shop.app
    answers = {"link": "https://instagram.com/p/1", "quantity": quantity}
    result = await app.ordering.place(
        user_id=user.id,
        service=service,
        quote=quote(service, answers, app.pricing.price_per_1000(service)),
        request_key=uuid.uuid4().hex,
    )
    assert result.outcome is Outcome.PLACED and result.order is not None
    return result.order


def _panel_id(order: Order) -> str:
    assert order.panel_order_id is not None
    return order.panel_order_id


async def _customer(shop: Shop, name: str = "Ann", language: str = "en") -> FakeUser:
    user = shop.customer(name, language_code=language)
    await shop.fund(user, "100")
    await shop.app.users.touch(user.id, name, None, language)
    return user


def _sends_to(shop: Shop, user: FakeUser) -> int:
    return len([c for c in shop.telegram.calls_of("sendMessage") if c.chat_id == user.id])


async def test_order_moving_to_completed_is_pushed_twice_and_never_again(shop: Shop) -> None:
    shop.panel.add_service("Likes", rate="2.00", min=50, max=5000, category="Insta")
    await shop.app.catalog_service.sync()
    ann = shop.customer()
    await shop.fund(ann, "5")
    await open_service(shop, ann, "Insta", "Likes")
    await fill(ann, ("https://instagram.com/p/1", "500"))
    await ann.press("Confirm and pay")
    assert "is placed" in (await next_reply(ann)).plain_text
    panel_id = max(shop.panel.book.orders)
    await shop.telegram.wait_idle()

    report = await shop.app.poller.run_round()  # still Pending: stored, nothing to tell
    assert (report.status_calls, report.orders_updated, report.pushes) == (1, 1, 0)
    stored = await shop.app.orders.get(1)
    assert stored is not None and (stored.remains, stored.panel_charge) == (500, "1.00")
    shop.panel.set_status(panel_id, "In progress", start_count=120, remains=300)
    assert (await shop.app.poller.run_round()).pushes == 1
    push = await ann.next_message()
    assert "Order #1 is now In progress" in push.plain_text
    assert "Start count: 120" in push.plain_text and "Remains: 300" in push.plain_text
    assert "🔄 Refresh" in push.flat_buttons
    shop.panel.set_status(panel_id, "Completed")
    assert (await shop.app.poller.run_round()).pushes == 1
    assert "Order #1 is now Completed" in (await ann.next_message()).plain_text

    assert (await shop.app.poller.run_round()).pushes == 0
    await shop.restart()
    report = await shop.app.poller.run_round()
    assert (report.status_calls, report.pushes) == (0, 0)  # finished orders are not asked
    await ann.expect_silence(0.2)
    pushes = [m for m in ann.messages() if "is now" in (m.plain_text or "")]
    assert len(pushes) == 2
    # Refresh shows what the poller stored.
    await ann.press("Refresh", message=pushes[-1])
    card = await ann.next_message()
    assert "Status: Completed" in card.plain_text and "Remains: 0" in card.plain_text


async def test_partial_and_canceled_refund_once_across_rounds_and_a_restart(shop: Shop) -> None:
    service = await _service(shop)
    ann = await _customer(shop)
    partial = await _place(shop, ann, service, quantity=1000)  # 2.00 USD
    canceled = await _place(shop, ann, service, quantity=300)  # 0.60 USD
    assert await shop.balance(ann) == Decimal("97.40")
    shop.panel.set_status(_panel_id(partial), "Partial", remains=333)
    shop.panel.set_status(_panel_id(canceled), "Canceled")

    report = await shop.app.poller.run_round()
    assert (report.refunds, report.refunded, report.pushes) == (2, 666_000 + 600_000, 2)
    assert await shop.balance(ann) == Decimal("97.40") + Decimal("0.666") + Decimal("0.60")
    told = [(await ann.next_message()).plain_text for _ in range(2)]
    assert any("is now Partial" in t and "0.666 USD is back on your balance" in t for t in told)
    assert any("is now Canceled" in t and "0.60 USD is back on your balance" in t for t in told)

    assert (await shop.app.poller.run_round()).refunds == 0
    await shop.restart()
    # Even if the stored status went stale and the panel is asked again, the cause holds.
    await shop.app.db.execute("UPDATE orders SET status = 'in_progress'")
    report = await shop.app.poller.run_round()
    assert (report.orders_updated, report.refunds, report.pushes) == (2, 0, 0)
    assert await shop.balance(ann) == Decimal("98.666")
    rows = await shop.app.db.fetchall("SELECT cause, amount FROM ledger WHERE kind = 'refund'")
    assert {(r["cause"], r["amount"]) for r in rows} == {
        (f"order:{canceled.id}:refund:canceled", 600_000),
        (f"order:{partial.id}:refund:partial", 666_000),
    }
    assert len(rows) == 2
    assert await shop.app.ledger.audit() == []
    await ann.expect_silence(0.2)


async def test_250_orders_take_three_status_calls_of_at_most_100_ids(shop: Shop) -> None:
    service = await _service(shop)
    ann = await _customer(shop)
    placed = [await _place(shop, ann, service, quantity=10) for _ in range(250)]
    wanted = {_panel_id(order) for order in placed}
    for _ in range(2):
        shop.panel.requests.clear()
        report = await shop.app.poller.run_round()
        calls = shop.panel.requests_of("status")
        assert len(calls) == 3 == report.status_calls
        batches = [call.params["orders"].split(",") for call in calls]
        assert all(len(batch) <= 100 for batch in batches)
        assert set().union(*batches) == wanted and sum(map(len, batches)) == 250
        assert report.orders_checked == 250 and report.failures == 0


async def test_refill_is_requested_once_and_its_progress_pushed(tmp_path: Path) -> None:
    clock = FrozenClock()
    async with running_shop(tmp_path, settings=QUIET, app_options={"clock": clock}) as shop:
        service = await _service(shop, refill=True, refill_time=30)
        ann = await _customer(shop)
        order = await _place(shop, ann, service)
        shop.panel.set_status(_panel_id(order), "Completed")
        await shop.app.poller.run_round()
        push = await ann.next_message()
        assert "♻️ Refill" in push.flat_buttons

        query = await ann.press("Refill", message=push)
        answer = await shop.telegram.wait_callback_answer(query)
        assert answer["text"].startswith(f"♻️ Refill of order #{order.id} requested")
        query = await ann.press("Refill", message=push)
        answer = await shop.telegram.wait_callback_answer(query)
        assert "already in progress" in answer["text"]
        assert len(shop.panel.requests_of("refill")) == 1

        refill_id = max(shop.panel.book.refills)
        shop.panel.set_refill_status(refill_id, "In progress")
        report = await shop.app.poller.run_round()
        assert (report.refill_calls, report.refills_updated, report.pushes) == (1, 1, 1)
        assert f"Refill of order #{order.id}: In progress" in (await ann.next_message()).plain_text
        shop.panel.set_refill_status(refill_id, "Completed")
        await shop.app.poller.run_round()
        assert "Completed" in (await ann.next_message()).plain_text
        assert (await shop.app.poller.run_round()).refill_calls == 0  # closed: not asked

        # Closed, so a new one may be asked; until the period ends 30 days after completion.
        clock.advance(days=29)
        query = await ann.press("Refill", message=push)
        assert "requested" in (await shop.telegram.wait_callback_answer(query))["text"]
        shop.panel.set_refill_status(max(shop.panel.book.refills), "Rejected")
        await shop.app.poller.run_round()
        assert "Rejected" in (await ann.next_message()).plain_text
        clock.advance(days=2)
        query = await ann.press("Refill", message=push)
        answer = await shop.telegram.wait_callback_answer(query)
        assert "refill period is over" in answer["text"]
        card = await ann.next_message()  # the stale card is redrawn without the button
        assert "♻️ Refill" not in card.flat_buttons
        assert len(shop.panel.requests_of("refill")) == 2


async def test_refused_or_unclear_refill_leaves_nothing_open(shop: Shop) -> None:
    service = await _service(shop, refill=True)
    ann = await _customer(shop)
    order = await _place(shop, ann, service)
    shop.panel.set_status(_panel_id(order), "Completed")
    await shop.app.poller.run_round()
    push = await ann.next_message()
    shop.panel.fail_next("refill", "Refill is disabled for this service")
    query = await ann.press("Refill", message=push)
    answer = await shop.telegram.wait_callback_answer(query)
    assert answer["text"] == f"The supplier did not accept a refill of order #{order.id}."
    shop.panel.fail_next("refill", "html")
    query = await ann.press("Refill", message=push)
    assert "did not answer clearly" in (await shop.telegram.wait_callback_answer(query))["text"]
    assert [r.status for r in await shop.app.refills.of_order(order.id)] == ["unknown"]
    # Neither left an open refill: the next press reaches the panel again.
    query = await ann.press("Refill", message=push)
    assert "requested" in (await shop.telegram.wait_callback_answer(query))["text"]
    assert len(shop.panel.requests_of("refill")) == 3


async def test_refill_not_offered_or_sent_for_unfinished_or_non_refill_orders(shop: Shop) -> None:
    plain = await _service(shop, "Views")
    refillable = await _service(shop, "Likes", refill=True)
    ann = await _customer(shop)
    done = await _place(shop, ann, plain)
    running = await _place(shop, ann, refillable)
    shop.panel.set_status(_panel_id(done), "Completed")
    await shop.app.poller.run_round()
    assert "♻️ Refill" not in (await ann.next_message()).flat_buttons
    for order in (done, running):
        query = await ann.press_data(f"oa:{order.id}:refill")
        answer = await shop.telegram.wait_callback_answer(query)
        assert "cannot be refilled now" in answer["text"]
    assert shop.panel.requests_of("refill") == []


async def test_cancel_accepted_then_refunded_when_the_panel_confirms(shop: Shop) -> None:
    service = await _service(shop, cancel=True)
    ann = await _customer(shop)
    order = await _place(shop, ann, service)  # 2.00 USD
    await ann.send("/orders")
    await ann.next_message()
    await ann.press(f"#{order.id} · Likes")
    card = await ann.next_message()
    assert "✖️ Cancel order" in card.flat_buttons
    query = await ann.press("Cancel order", message=card)
    answer = await shop.telegram.wait_callback_answer(query)
    assert answer["text"] == (
        f"Cancel of order #{order.id} requested. The refund follows when the supplier confirms."
    )
    assert await shop.balance(ann) == Decimal(98)  # not before the panel says Canceled
    report = await shop.app.poller.run_round()
    assert (report.refunds, report.pushes) == (1, 1)
    push = await ann.next_message()
    assert "is now Canceled" in push.plain_text and "2.00 USD is back" in push.plain_text
    assert "✖️ Cancel order" not in push.flat_buttons
    assert await shop.balance(ann) == Decimal(100)


async def test_cancel_refused_is_explained_and_refunds_nothing(shop: Shop) -> None:
    service = await _service(shop, cancel=True)
    plain = await _service(shop, "Views")
    ann, bob = await _customer(shop, "Ann"), await _customer(shop, "Bob")
    order = await _place(shop, ann, service)
    # The panel finished it already (our card is a round behind): a per-id refusal.
    shop.panel.set_status(_panel_id(order), "Completed")
    query = await ann.press_data(f"oa:{order.id}:cancel")
    answer = await shop.telegram.wait_callback_answer(query)
    assert answer["text"] == f"The supplier refused to cancel order #{order.id}."
    # A whole-call refusal reads the same.
    shop.panel.set_status(_panel_id(order), "In progress")
    shop.panel.fail_next("cancel", "Incorrect request")
    query = await ann.press_data(f"oa:{order.id}:cancel")
    assert "refused" in (await shop.telegram.wait_callback_answer(query))["text"]
    # A service without cancel, and somebody else's order, never reach the panel.
    other = await _place(shop, ann, plain)
    query = await ann.press_data(f"oa:{other.id}:cancel")
    assert "cannot be cancelled" in (await shop.telegram.wait_callback_answer(query))["text"]
    query = await bob.press_data(f"oa:{order.id}:cancel")
    answer = await shop.telegram.wait_callback_answer(query)
    assert answer["text"] == "That order was not found."
    assert len(shop.panel.requests_of("cancel")) == 2
    await shop.app.poller.run_round()
    assert await shop.balance(ann) == Decimal(96)


async def test_blocked_user_and_flood_control_do_not_stop_other_pushes(shop: Shop) -> None:
    service = await _service(shop)
    ann, bob = await _customer(shop, "Ann"), await _customer(shop, "Bob")
    cem = await _customer(shop, "Cem", language="ru")
    orders = {user.id: await _place(shop, user, service) for user in (ann, bob, cem)}
    shop.telegram.block(bob.id)
    shop.telegram.fail_next("sendMessage", status=429, retry_after=1, count=2, chat_id=ann.id)
    for order in orders.values():
        shop.panel.set_status(_panel_id(order), "In progress")
    report = await shop.app.poller.run_round()
    assert (report.pushes, report.blocked, report.push_failures) == (2, 1, 0)
    assert "is now In progress" in (await ann.next_message()).plain_text  # after two 429s
    assert "теперь Выполняется" in (await cem.next_message()).plain_text
    bob_user = await shop.app.users.get(bob.id)
    assert bob_user is not None and bob_user.is_blocked
    assert _sends_to(shop, bob) == 1  # the one that answered 403

    for order in orders.values():
        shop.panel.set_status(_panel_id(order), "Canceled")
    report = await shop.app.poller.run_round()
    assert (report.refunds, report.pushes, report.blocked) == (3, 2, 1)
    assert _sends_to(shop, bob) == 1  # skipped without a call
    assert await shop.balance(bob) == Decimal(100)  # refunded all the same
    assert "Отменён" in (await cem.next_message()).plain_text
    assert "is now Canceled" in (await ann.next_message()).plain_text


@pytest.mark.parametrize("fault", ["html", "hang"])
async def test_panel_failing_for_a_round_is_caught_up_next_round(
    tmp_path: Path, fault: str
) -> None:
    options = {"panel_timeout": 0.3}
    async with running_shop(tmp_path, settings=QUIET, app_options=options) as shop:
        service = await _service(shop)
        ann = await _customer(shop)
        order = await _place(shop, ann, service)
        shop.panel.set_status(_panel_id(order), "Partial", remains=500)
        shop.panel.fail_next("status", fault, count=4)  # the call and its three retries
        report = await shop.app.poller.run_round()
        assert (report.failures, report.orders_updated, report.refunds) == (1, 0, 0)
        await ann.expect_silence(0.1)
        report = await shop.app.poller.run_round()
        assert (report.failures, report.orders_updated, report.refunds) == (0, 1, 1)
        assert "is now Partial" in (await ann.next_message()).plain_text
        assert await shop.balance(ann) == Decimal(99)


async def test_per_id_errors_are_skipped_and_the_rest_updated(shop: Shop) -> None:
    service = await _service(shop)
    ann = await _customer(shop)
    lost, fine = await _place(shop, ann, service), await _place(shop, ann, service)
    del shop.panel.book.orders[int(_panel_id(lost))]  # the panel answers "Incorrect order ID"
    shop.panel.set_status(_panel_id(fine), "Completed")
    report = await shop.app.poller.run_round()
    assert (report.item_errors, report.orders_updated, report.pushes) == (1, 1, 1)
    stored = await shop.app.orders.get(lost.id)
    assert stored is not None and stored.status == "pending"


async def test_a_panel_without_multi_status_is_asked_one_order_at_a_time(tmp_path: Path) -> None:
    async with running_shop(tmp_path, dialect="btj", settings=QUIET) as shop:
        service = await _service(shop)
        ann = await _customer(shop)
        placed = [await _place(shop, ann, service, quantity=100) for _ in range(3)]
        shop.panel.set_status(_panel_id(placed[0]), "Completed")  # btj says "Done"
        shop.panel.requests.clear()
        report = await shop.app.poller.run_round()
        calls = shop.panel.requests_of("status")
        assert len(calls) == 3 == report.status_calls
        assert all("orders" not in call.params for call in calls)
        assert report.pushes == 1
        push = await ann.next_message()
        assert "is now Completed" in push.plain_text
        assert push.flat_buttons == ["🔄 Refresh", "⬆️ My orders"]  # btj: no refill, no cancel


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_the_poller_runs_beside_the_dispatcher_and_stops_with_it(
    tmp_path: Path, unused_tcp_port: int, mode: str
) -> None:
    settings: dict[str, Any] = dict(QUIET)
    if mode == "webhook":
        settings |= {
            "webhook_url": f"http://127.0.0.1:{unused_tcp_port}",
            "webhook_secret": "s3cret-token",
            "web_host": "127.0.0.1",
            "web_port": unused_tcp_port,
        }
    async with running_shop(tmp_path, settings=settings) as shop:
        loops = [t for t in shop.app._background if "run_forever" in repr(t.get_coro())]
        assert len(loops) == 1 and not loops[0].done()
        await shop.stop()
        await asyncio.sleep(0)
        assert loops[0].cancelled()


async def test_the_poller_can_be_left_off(tmp_path: Path) -> None:
    async with running_shop(tmp_path, app_options={"run_poller": False}) as shop:
        assert not [t for t in shop.app._background if "run_forever" in repr(t.get_coro())]
        assert (await shop.app.poller.run_round()).calls == 0  # still there to run by hand
