"""The bot starts, speaks five languages, survives restarts, odd input and flood control."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.e2e.harness import Shop, running_shop

GREETING = {
    "en": "Welcome to the shop",
    "ru": "Добро пожаловать в магазин",
    "fa": "به فروشگاه خوش آمدید",
    "tr": "Mağazaya hoş geldiniz",
    "uz": "Doʻkonga xush kelibsiz",
}


async def test_start_answers_with_main_menu_within_a_second(shop: Shop) -> None:
    ann = shop.customer()
    started = time.monotonic()
    await ann.send("/start")
    reply = await ann.next_message(timeout=1.0)
    assert time.monotonic() - started < 1.0
    assert "Hello, <b>Ann</b>" in reply.text
    assert reply.flat_buttons[:2] == ["🛒 New order", "📦 My orders"]
    assert "❓ Help" in reply.flat_buttons


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [
        ("ru", "ru"),
        ("fa", "fa"),
        ("tr", "tr"),
        ("uz", "uz"),
        ("en", "en"),
        ("de", "en"),
        ("pt-br", "en"),
        ("ru-RU", "ru"),
    ],
)
async def test_telegram_language_picks_the_locale(
    shop: Shop, language_code: str, expected: str
) -> None:
    user = shop.customer(language_code=language_code)
    await user.send("/start")
    assert GREETING[expected] in (await user.next_message()).text


async def test_language_switch_persists_across_restart(shop: Shop) -> None:
    ann = shop.customer(language_code="en")
    await ann.send("/language")
    picker = await ann.next_message()
    assert "✅ English" in picker.flat_buttons
    await ann.press("Türkçe")
    assert "Türkçe konuşuyorum" in (await ann.next_message()).text
    await shop.restart()
    await ann.send("/start")
    assert GREETING["tr"] in (await ann.next_message()).text


async def test_cancel_with_nothing_to_cancel(shop: Shop) -> None:
    ann = shop.customer()
    await ann.send("/cancel")
    reply = await ann.next_message()
    assert "nothing to cancel" in reply.text
    assert "🛒 New order" in reply.flat_buttons


async def _open_order_form(shop: Shop, ann_name: str = "Ann") -> object:
    shop.panel.add_service("Instagram likes", rate="1.00", min=10, max=1000, category="Insta")
    await shop.app.catalog_service.sync()
    ann = shop.customer(ann_name)
    await ann.send("/order")
    await ann.next_message()
    await ann.press("Insta")
    await ann.next_message()
    await ann.press("Instagram likes")
    await ann.next_message()
    await ann.press("Order this")
    assert "Send the link" in (await ann.next_message()).text
    return ann


async def test_cancel_leaves_a_dialog_midway(shop: Shop) -> None:
    ann = await _open_order_form(shop)
    await ann.send("/cancel")  # type: ignore[attr-defined]
    assert "Cancelled" in (await ann.next_message()).text  # type: ignore[attr-defined]
    await ann.send("https://instagram.com/p/1")  # type: ignore[attr-defined]
    # Out of the dialog, a link is just text the bot does not understand.
    assert "did not understand" in (await ann.next_message()).text  # type: ignore[attr-defined]


async def test_dialog_continues_after_restart(shop: Shop) -> None:
    ann = await _open_order_form(shop)
    await ann.send("https://instagram.com/p/1")  # type: ignore[attr-defined]
    assert "How many?" in (await ann.next_message()).text  # type: ignore[attr-defined]
    await shop.restart()
    await ann.send("100")  # type: ignore[attr-defined]
    assert "Please check your order" in (await ann.next_message()).text  # type: ignore[attr-defined]


async def test_flood_control_is_waited_out_and_the_message_arrives(shop: Shop) -> None:
    ann = shop.customer()
    shop.telegram.fail_next("sendMessage", status=429, retry_after=1, chat_id=ann.chat_id)
    started = time.monotonic()
    await ann.send("/help")
    reply = await ann.next_message(timeout=5.0)
    assert "How the shop works" in reply.text
    assert time.monotonic() - started >= 1.0
    refused = [c for c in shop.telegram.calls_of("sendMessage") if c.status == 429]
    assert len(refused) == 1


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ("sticker", "only read text"),
        ("photo", "only read text"),
        ("contact", "only read text"),
        ("empty", "only read text"),
        ("long", "too long"),
        ("unknown_command", "did not understand"),
        ("html", "did not understand"),
    ],
)
async def test_odd_input_gets_a_polite_answer(shop: Shop, action: str, expected: str) -> None:
    ann = shop.customer()
    if action == "sticker":
        await ann.send_sticker()
    elif action == "photo":
        await ann.send_photo(caption="look")
    elif action == "contact":
        await ann.send_contact()
    elif action == "empty":
        await ann.send_raw_message()
    elif action == "long":
        await ann.send("x" * 5000)
    elif action == "unknown_command":
        await ann.send("/frobnicate now")
    else:
        await ann.send("<b>bold</b> & <script>alert(1)</script>")
    reply = await ann.next_message()
    assert expected in reply.plain_text
    assert "went wrong" not in reply.plain_text
    assert shop.telegram.errors == []


async def test_garbage_callback_data_is_answered_not_crashed(shop: Shop) -> None:
    ann = shop.customer()
    await ann.send("/start")
    menu = await ann.next_message()
    for data in ("garbage", "oa:notanumber:open", "co:99999:0", "so:-1", "lang:xx", "f:confirm"):
        query = await ann.press_data(data, message=menu)
        answer = await shop.telegram.wait_callback_answer(query)
        assert "went wrong" not in (answer.get("text") or "")
    await shop.telegram.wait_idle()
    # An unknown category shows the category list again; nothing else is said, nothing fails.
    assert all("went wrong" not in m.text for m in ann.messages())
    assert shop.telegram.errors == []


async def test_flooding_user_is_told_once_then_ignored(tmp_path: Path) -> None:
    async with running_shop(tmp_path, app_options={"throttle_rate": 3, "throttle_per": 60}) as shop:
        ann = shop.customer()
        for _ in range(6):
            await ann.send("/help")
        replies = [await ann.next_message() for _ in range(4)]
        await ann.expect_silence(0.5)
        assert ["too fast" in r.text for r in replies] == [False, False, False, True]


async def test_banned_user_is_answered_once_and_ignored(shop: Shop) -> None:
    ann = shop.customer()
    await ann.send("/start")
    await ann.next_message()
    await shop.app.users.set_banned(ann.id, True)
    await ann.send("/start")
    assert "suspended" in (await ann.next_message()).text
    await ann.send("/order")
    await ann.send("hello")
    await ann.expect_silence(0.5)


async def test_a_failing_handler_apologises_and_logs(
    shop: Shop, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(*args: object) -> object:
        raise RuntimeError("database on fire")

    # Fault injection: the catalogue read fails inside the /order handler.
    monkeypatch.setattr(shop.app.catalog, "categories", broken)
    ann = shop.customer()
    await ann.send("/order")
    reply = await ann.next_message()
    assert "Something went wrong on our side" in reply.text
    assert "database on fire" in caplog.text
    monkeypatch.undo()
    await ann.send("/order")
    assert "Choose a category" in (await ann.next_message()).text
