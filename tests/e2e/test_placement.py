"""Validation, wallet shortfalls, panel refusals, unknown outcomes and double clicks."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from bot.db.ledger import EntryKind
from emulators.telegram import FakeUser
from tests.e2e.harness import Shop, running_shop
from tests.e2e.test_ordering import fill, next_reply, open_service

ROOT = Path(__file__).resolve().parents[2]


async def _likes(shop: Shop, **kw: object) -> None:
    shop.panel.add_service("Likes", rate="2.00", min=50, max=5000, category="Insta", **kw)  # type: ignore[arg-type]
    await shop.app.catalog_service.sync()


async def _ready_to_confirm(shop: Shop, user: FakeUser, quantity: str = "500") -> None:
    await open_service(shop, user, "Insta", "Likes")
    summary = await fill(user, ("https://instagram.com/p/1", quantity))
    assert "Please check your order" in summary.text


@pytest.mark.parametrize(
    ("answers", "complaint"),
    [
        (("instagram dot com",), "does not look like a link"),
        (("ftp://instagram.com/p/1",), "does not look like a link"),
        (("https://instagram.com/p/1", "49"), "from 50 to 5000"),
        (("https://instagram.com/p/1", "5001"), "from 50 to 5000"),
        (("https://instagram.com/p/1", "ten"), "whole number"),
        (("https://instagram.com/p/1", "100.5"), "whole number"),
        (("https://instagram.com/p/1", "-100"), "whole number"),
    ],
)
async def test_bad_answer_keeps_the_user_in_the_step(
    shop: Shop, answers: tuple[str, ...], complaint: str
) -> None:
    await _likes(shop)
    ann = shop.customer()
    await shop.fund(ann, "5")
    first = await open_service(shop, ann, "Insta", "Likes")
    assert "Send the link" in first.text
    reply = await fill(ann, answers)
    assert complaint in reply.plain_text
    # Still in the same step: a good answer now moves on.
    good = "https://instagram.com/p/1" if len(answers) == 1 else "100"
    await ann.send(good)
    following = await ann.next_message()
    assert ("How many?" if len(answers) == 1 else "Please check your order") in following.text
    assert shop.panel.requests_of("add") == []
    assert await shop.balance(ann) == Decimal(5)


async def test_telegram_link_empty_comments_and_poll_answer_are_checked(shop: Shop) -> None:
    shop.panel.add_service(
        "Votes", rate="1", min=10, max=1000, type="Poll", category="Telegram Extra"
    )
    shop.panel.add_service(
        "Comments", rate="1", min=1, max=100, type="Custom Comments", category="Telegram Extra"
    )
    await shop.app.catalog_service.sync()
    ann = shop.customer()
    await open_service(shop, ann, "Telegram Extra", "Votes")
    reply = await fill(ann, ("https://instagram.com/p/1",))
    assert "does not look like a Telegram link" in reply.plain_text
    reply = await fill(ann, ("@shop_news", "100", "0"))
    assert "number of 1 or more" in reply.plain_text
    reply = await fill(ann, ("first",))
    assert "whole number" in reply.plain_text
    await ann.send("/cancel")
    await ann.next_message()
    await open_service(shop, ann, "Telegram Extra", "Comments")
    reply = await fill(ann, ("https://t.me/shop_news/5", "\n  \n"))
    assert "That is empty" in reply.plain_text
    assert shop.panel.requests_of("add") == []


async def test_user_text_is_echoed_escaped(shop: Shop) -> None:
    await _likes(shop)
    ann = shop.customer()
    await shop.fund(ann, "5")
    await open_service(shop, ann, "Insta", "Likes")
    summary = await fill(ann, ("https://instagram.com/<b>x</b>?a=1&b=<script>", "100"))
    # The emulator refuses malformed HTML like Telegram does: arriving at all proves escaping.
    assert "&lt;b&gt;x&lt;/b&gt;?a=1&amp;b=&lt;script&gt;" in summary.text
    assert "Link: https://instagram.com/<b>x</b>?a=1&b=<script>" in summary.plain_text


async def test_short_wallet_is_told_and_nothing_is_sent(shop: Shop) -> None:
    await _likes(shop)
    ann = shop.customer()
    await shop.fund(ann, "0.5")
    await open_service(shop, ann, "Insta", "Likes")
    summary = await fill(ann, ("https://instagram.com/p/1", "500"))
    assert "short by 0.50 USD" in summary.plain_text
    assert "✅ Confirm and pay" not in summary.flat_buttons
    assert shop.panel.requests_of("add") == []


async def test_balance_spent_between_summary_and_confirm(shop: Shop) -> None:
    await _likes(shop)
    ann = shop.customer()
    await shop.fund(ann, "1")
    await _ready_to_confirm(shop, ann)
    await shop.app.ledger.post(ann.id, -500_000, EntryKind.ADJUSTMENT, "t:drain", "2026")
    await ann.press("Confirm and pay")
    reply = await next_reply(ann)
    assert "does not cover 1.00 USD" in reply.plain_text
    assert shop.panel.requests_of("add") == []
    assert await shop.balance(ann) == Decimal("0.5")


async def test_panel_out_of_funds_refunds_and_tells_customer_and_admins(shop: Shop) -> None:
    await _likes(shop)
    ann = shop.customer()
    await shop.fund(ann, "5")
    await _ready_to_confirm(shop, ann)
    shop.panel.fail_next("add", "Not enough funds on balance")
    await ann.press("Confirm and pay")
    reply = await next_reply(ann)
    assert "could not be placed" in reply.plain_text
    assert "the owner has been told" in reply.plain_text
    assert "1.00 USD is back on your balance" in reply.plain_text
    assert await shop.balance(ann) == Decimal(5)
    notice = await shop.admin.next_message()
    assert "refused by the panel" in notice.plain_text
    assert "Not enough funds" in notice.plain_text
    entries = await shop.app.ledger.recent(ann.id, 10)
    assert [e.amount for e in entries[:2]] == [1_000_000, -1_000_000]


async def test_bad_link_refusal_is_explained_and_admins_are_not_bothered(shop: Shop) -> None:
    await _likes(shop)
    ann = shop.customer()
    await shop.fund(ann, "5")
    await _ready_to_confirm(shop, ann)
    shop.panel.fail_next("add", "Bad link")
    await ann.press("Confirm and pay")
    reply = await next_reply(ann)
    assert "did not accept the link" in reply.plain_text
    assert await shop.balance(ann) == Decimal(5)
    await shop.admin.expect_silence(0.3)


@pytest.mark.parametrize("settle", ["placed", "refund"])
async def test_panel_timeout_makes_an_unknown_order_that_admins_settle(
    tmp_path: Path, settle: str
) -> None:
    async with running_shop(tmp_path, panel_options={"hang_seconds": 3.0}) as shop:
        await _likes(shop)
        ann = shop.customer()
        await shop.fund(ann, "5")
        await _ready_to_confirm(shop, ann)
        shop.panel.fail_next("add", "hang", apply=True)
        await ann.press("Confirm and pay")
        reply = await next_reply(ann)
        assert "did not confirm" in reply.plain_text
        assert len(shop.panel.requests_of("add")) == 1
        assert await shop.balance(ann) == Decimal(4)  # held, not refunded
        notice = await shop.admin.next_message()
        assert "answer was unclear" in notice.plain_text
        assert any("Placed" in b for b in notice.flat_buttons)
        # A restart reports it again, and still never re-sends it.
        await shop.restart()
        again = [await shop.admin.next_message() for _ in range(2)]
        assert "still waiting to be settled" in again[0].plain_text
        assert len(shop.panel.requests_of("add")) == 1
        if settle == "placed":
            await shop.admin.press("✅ Placed", from_user=shop.owner, message=again[1])
            ask = await shop.admin.next_message()
            assert "Reply with the panel's order id" in ask.text
            panel_id = str(shop.panel.requests_of("add")[0] and max(shop.panel.book.orders))
            await shop.admin.send(panel_id, from_user=shop.owner)
            done = await shop.admin.next_message()
            assert f"settled as placed with panel order {panel_id}" in done.plain_text
            assert await shop.balance(ann) == Decimal(4)
            order = await shop.app.orders.get(1)
            assert order is not None and order.panel_order_id == panel_id
            assert order.placement.value == "placed"
        else:
            await shop.admin.press("refund", from_user=shop.owner, message=again[1])
            done = await next_reply(shop.admin)  # type: ignore[arg-type]
            assert "settled as refunded (1.00 USD)" in done.plain_text
            assert await shop.balance(ann) == Decimal(5)
        # A second press of the other button finds nothing to settle.
        await shop.admin.press_data("st:1:refund", from_user=shop.owner)
        await shop.telegram.wait_idle()
        assert await shop.app.ledger.audit() == []
        assert await shop.balance(ann) == (Decimal(4) if settle == "placed" else Decimal(5))


async def test_double_confirm_places_one_order(shop: Shop) -> None:
    await _likes(shop)
    ann = shop.customer()
    await shop.fund(ann, "5")
    await _ready_to_confirm(shop, ann)
    summary = ann.last_message()
    await asyncio.gather(
        ann.press("Confirm and pay", message=summary), ann.press("Confirm and pay", message=summary)
    )
    await shop.telegram.wait_idle()
    assert len(shop.panel.requests_of("add")) == 1
    assert await shop.balance(ann) == Decimal(4)
    debits = [e for e in await shop.app.ledger.recent(ann.id, 10) if e.amount < 0]
    assert len(debits) == 1


async def test_my_orders_lists_newest_first_and_guards_foreign_ids(shop: Shop) -> None:
    await _likes(shop)
    ann, bob = shop.customer("Ann"), shop.customer("Bob")
    await shop.fund(ann, "50")
    for quantity in ("100", "200"):
        await _ready_to_confirm(shop, ann, quantity)
        await ann.press("Confirm and pay")
        await next_reply(ann)
    await ann.send("/orders")
    listing = await ann.next_message()
    assert listing.flat_buttons[:2] == ["#2 · Likes · Pending", "#1 · Likes · Pending"]
    await ann.press("#1 · Likes")
    card = await ann.next_message()
    assert "Order #1" in card.plain_text and "Quantity: 100" in card.plain_text
    assert "Charge: 0.20 USD" in card.plain_text
    await ann.press("Refresh")
    await shop.telegram.wait_idle()
    await bob.send("/start")
    menu = await bob.next_message()
    query = await bob.press_data("oa:1:open", message=menu)
    answer = await shop.telegram.wait_callback_answer(query)
    assert answer["text"] == "That order was not found."
    await shop.telegram.wait_idle()
    assert all("Order #1" not in m.plain_text for m in bob.messages())


async def test_check_command_passes_then_fails_on_a_corrupted_ledger(shop: Shop) -> None:
    await _likes(shop)
    ann = shop.customer()
    await shop.fund(ann, "5")
    await _ready_to_confirm(shop, ann)
    await ann.press("Confirm and pay")
    await next_reply(ann)
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": f"sqlite:///{shop.database}",
    }

    def check() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot", "check"],
            env=env,
            cwd=shop.database.parent,
            capture_output=True,
            text=True,
            timeout=20,
        )

    ok = await asyncio.to_thread(check)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "check passed" in ok.stdout
    shop.expect_clean_books = False
    await shop.app.db.execute(
        "UPDATE wallets SET balance = balance + 1 WHERE user_id = ?", (ann.id,)
    )
    await shop.app.db.execute("UPDATE ledger SET amount = amount - 5 WHERE kind = 'order'")
    bad = await asyncio.to_thread(check)
    assert bad.returncode == 1
    assert f"user {ann.id}: balance" in bad.stdout
    assert "order 1: charge 1000000, 1 debit(s) totalling 1000005" in bad.stdout


async def test_back_walks_the_form_and_cancel_closes_it(shop: Shop) -> None:
    await _likes(shop)
    ann = shop.customer()
    await shop.fund(ann, "5")
    await _ready_to_confirm(shop, ann, "100")
    await ann.press("Back")
    assert "How many?" in (await ann.next_message()).text
    await ann.send("300")
    summary = await ann.next_message()
    assert "Quantity: 300" in summary.plain_text
    await ann.press("Back")
    await ann.next_message()
    await ann.press("Back")
    assert "Send the link" in (await ann.next_message()).text
    await ann.press("Back")
    card = await ann.next_message()
    assert "<b>Likes</b>" in card.text and "Order this" in card.flat_buttons[0]
    await ann.press("Order this")
    await ann.next_message()
    await ann.press("Cancel")
    assert "Cancelled" in (await ann.next_message()).text
    assert shop.panel.requests_of("add") == []


async def test_price_change_before_confirm_shows_the_new_total(shop: Shop) -> None:
    await _likes(shop)
    ann = shop.customer()
    await shop.fund(ann, "5")
    await _ready_to_confirm(shop, ann, "500")  # 1.00 USD
    shop.panel.book.services[max(shop.panel.book.services)].rate = Decimal("3.00")
    await shop.app.catalog_service.sync()
    await ann.press("Confirm and pay")
    again = await next_reply(ann)
    assert "Total: 1.50 USD" in again.plain_text
    assert shop.panel.requests_of("add") == []
    await ann.press("Confirm and pay", message=again)
    assert "is placed" in (await next_reply(ann)).plain_text
    assert await shop.balance(ann) == Decimal("3.5")


async def test_a_form_whose_service_changed_type_asks_what_it_now_lacks(shop: Shop) -> None:
    await _likes(shop)
    ann = shop.customer()
    await shop.fund(ann, "5")
    await open_service(shop, ann, "Insta", "Likes")
    await fill(ann, ("https://instagram.com/p/1",))
    # The panel turns the service into a Poll while the customer is typing.
    shop.panel.book.services[max(shop.panel.book.services)].type = "Poll"
    await shop.app.catalog_service.sync()
    reply = await fill(ann, ("100",))
    assert "Which answer should get the votes?" in reply.text
    summary = await fill(ann, ("3",))
    assert "Answer number: 3" in summary.plain_text


async def test_a_corrupted_stored_form_is_closed_politely(shop: Shop) -> None:
    await _likes(shop)
    ann = shop.customer()
    await open_service(shop, ann, "Insta", "Likes")
    key = f"fsm:{shop.telegram.bot_id}:{ann.chat_id}:{ann.id}:default"
    changed = await shop.app.db.execute(
        "UPDATE fsm SET data = ? WHERE key = ?", ('{"service_id": 1}', key)
    )
    assert changed == 1
    await ann.send("https://instagram.com/p/1")
    reply = await ann.next_message()
    assert "not available any more" in reply.plain_text
    await ann.send("https://instagram.com/p/1")
    assert "did not understand" in (await ann.next_message()).plain_text
