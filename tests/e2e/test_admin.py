"""The admin group: money commands, sync, order lookup; nothing works anywhere else."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.e2e.harness import Shop, running_shop
from tests.e2e.test_ordering import fill, next_reply, open_service


async def test_credit_and_debit_by_id_and_username_with_ledger_rows(shop: Shop) -> None:
    ann = shop.customer("Ann", username="ann_shop")
    await ann.send("/start")
    await ann.next_message()
    await shop.admin.send(f"/credit {ann.id} 12.5 welcome bonus", from_user=shop.owner)
    reply = await shop.admin.next_message()
    assert "Credited 12.50 USD to Ann @ann_shop" in reply.plain_text
    assert "Balance: 12.50 USD" in reply.plain_text
    await shop.admin.send("/debit @ANN_SHOP 2,5", from_user=shop.owner)
    assert "Balance: 10.00 USD" in (await shop.admin.next_message()).plain_text
    await shop.admin.send("/debit @ann_shop 11", from_user=shop.owner)
    assert "has only 10.00 USD; nothing was debited" in (await shop.admin.next_message()).plain_text
    assert await shop.balance(ann) == Decimal(10)
    entries = await shop.app.ledger.recent(ann.id, 10)
    assert [(e.amount, e.note) for e in entries] == [
        (-2_500_000, None),
        (12_500_000, "welcome bonus"),
    ]
    await ann.send("/balance")
    wallet = await ann.next_message()
    assert "Your balance: 10.00 USD" in wallet.plain_text
    assert "Adjustment · -2.50 USD" in wallet.plain_text
    assert "Adjustment · +12.50 USD" in wallet.plain_text


async def test_bad_admin_arguments_are_explained(shop: Shop) -> None:
    for command, expected in [
        ("/credit", "Usage: /credit"),
        ("/credit 42", "Usage: /credit"),
        ("/credit @nobody 5", "No user @nobody"),
        (f"/credit {shop.owner.id} -5", "is not a positive amount"),
        (f"/credit {shop.owner.id} 1e3", "is not a positive amount"),
        (f"/debit {shop.owner.id} abc", "is not a positive amount"),
        ("/order", "Usage: /order"),
        ("/order 999", "That order was not found"),
    ]:
        await shop.admin.send(command, from_user=shop.owner)
        assert expected in (await shop.admin.next_message()).plain_text, command


async def test_admin_commands_are_ignored_outside_the_admin_group(shop: Shop) -> None:
    ann = shop.customer()
    await ann.send(f"/credit {ann.id} 100")
    reply = await ann.next_message()
    assert "did not understand" in reply.plain_text
    other = shop.telegram.group(chat_id=-100777, title="Elsewhere")
    await other.send(f"/credit {ann.id} 100", from_user=shop.owner)
    await shop.admin.send_as_channel(f"/credit {ann.id} 100", channel_id=-100888)
    await shop.telegram.wait_idle()
    await other.expect_silence(0.2)
    await shop.admin.expect_silence(0.2)
    assert await shop.balance(ann) == 0


async def test_sync_shows_new_changed_and_hidden_services(shop: Shop) -> None:
    shop.panel.add_service("Fresh", rate="1", category="New things")
    shop.panel.book.services[1].rate = Decimal("0.95")
    del shop.panel.book.services[2]
    await shop.admin.send("/sync", from_user=shop.owner)
    progress = await shop.admin.next_message()
    assert "Syncing" in progress.text
    done = await shop.admin.next_message()
    assert "6 services, 1 new, 1 changed, 1 hidden" in done.plain_text
    ann = shop.customer()
    await ann.send("/order")
    categories = (await ann.next_message()).flat_buttons
    assert "New things (1)" in categories
    assert not any(b.startswith("Second Category") for b in categories)


async def test_sync_failure_is_reported(shop: Shop) -> None:
    shop.panel.fail_next("services", "http500", count=10)
    await shop.admin.send("/sync", from_user=shop.owner)
    await shop.admin.next_message()
    failed = await shop.admin.next_message()
    assert "did not give its catalogue" in failed.plain_text


async def test_new_order_is_announced_and_looked_up(shop: Shop) -> None:
    shop.panel.add_service("Likes", rate="2", min=10, max=1000, category="Insta")
    await shop.app.catalog_service.sync()
    ann = shop.customer()
    await shop.fund(ann, "5")
    await open_service(shop, ann, "Insta", "Likes")
    await fill(ann, ("https://instagram.com/p/1", "100"))
    await ann.press("Confirm and pay")
    await next_reply(ann)
    notice = await shop.admin.next_message()
    assert "Order #1 by Ann" in notice.plain_text and "0.20 USD" in notice.plain_text
    await shop.admin.send("/order 1", from_user=shop.owner)
    card = await shop.admin.next_message()
    assert "Placement: placed · status: Pending" in card.plain_text
    assert '"quantity": 100' in card.plain_text


async def test_btj_panel_shows_channel_preview_and_places_in_toman(tmp_path: Path) -> None:
    async with running_shop(tmp_path, dialect="btj") as shop:
        shop.panel.set_channel("https://t.me/shop_news", subscribers=28106)
        ann = shop.customer()
        await shop.fund(ann, "100000")
        await open_service(shop, ann, "Member-real-mandatory", "Hayden Telegram ad")
        await ann.send("@shop_news")
        preview = await ann.next_message()
        assert preview.method == "sendPhoto"
        assert "Subscribers now: 28106" in preview.plain_text
        assert "How many?" in (await ann.next_message()).text
        await ann.send("1000")
        summary = await ann.next_message()
        assert "Total: 8\u202f000.00 Toman" in summary.plain_text
        await ann.press("Confirm and pay")
        assert "is placed" in (await next_reply(ann)).plain_text
        assert shop.panel.requests_of("add")[0].params["link"] == "https://t.me/shop_news"
        assert await shop.balance(ann) == Decimal(92000)
