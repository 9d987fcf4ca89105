"""Tests of the Telegram Bot API emulator, driven by a real aiogram Bot and Dispatcher."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
from aiogram import Bot, Dispatcher, F, Router, html
from aiogram.client.default import DefaultBotProperties
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramRetryAfter,
)
from aiogram.filters import Command, CommandStart
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    CallbackQuery,
    ChatFullInfo,
    ChatMemberAdministrator,
    ChatMemberMember,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LabeledPrice,
    Message,
    PreCheckoutQuery,
    Update,
)
from aiohttp import web

from emulators.telegram import BotMessage, TelegramEmulator, parse_html

# --------------------------------------------------------------------------- a tiny echo bot


def ping_keyboard(data: str = "ping") -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text="🏓 Ping", callback_data=data)],
            [InlineKeyboardButton(text="Docs", url="https://example.com/docs")],
        ]
    )


def make_router() -> Router:
    router = Router()

    @router.message(CommandStart())
    async def start(message: Message) -> None:
        assert message.from_user is not None
        name = html.quote(message.from_user.first_name)
        await message.answer(f"Hello, <b>{name}</b>!", reply_markup=ping_keyboard())

    @router.message(Command("buy"))
    async def buy(message: Message) -> None:
        await message.answer_invoice(
            title="100 followers",
            description="Delivered within an hour",
            payload="order-42",
            currency="XTR",
            prices=[LabeledPrice(label="100 followers", amount=50)],
        )

    @router.pre_checkout_query()
    async def pre_checkout(query: PreCheckoutQuery) -> None:
        if query.invoice_payload == "order-42":
            await query.answer(ok=True)
        else:
            await query.answer(ok=False, error_message="Unknown order")

    @router.message(F.successful_payment)
    async def paid(message: Message) -> None:
        assert message.successful_payment is not None
        payment = message.successful_payment
        await message.answer(f"Paid {payment.total_amount} {payment.currency}")

    @router.callback_query(F.data == "ping")
    async def ping(query: CallbackQuery) -> None:
        await query.answer("pong")
        assert isinstance(query.message, Message)
        await query.message.edit_text("Pong!", reply_markup=ping_keyboard("again"))

    @router.callback_query()
    async def unknown_callback(query: CallbackQuery) -> None:
        await query.answer("This button is outdated", show_alert=True)

    @router.message(F.chat.type.in_({"group", "supergroup"}), F.text)
    async def group_echo(message: Message) -> None:
        sender = message.sender_chat.id if message.sender_chat else None
        author = message.from_user.id if message.from_user else None
        await message.answer(f"from={author} sender_chat={sender}")

    @router.message(F.text)
    async def echo(message: Message) -> None:
        assert message.text is not None
        await message.answer(f"You said: <i>{html.quote(message.text)}</i>")

    return router


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator() as emulator:
        yield emulator


@pytest.fixture
async def bot(emu: TelegramEmulator) -> AsyncIterator[Bot]:
    bot = emu.create_bot(default=DefaultBotProperties(parse_mode="HTML"))
    yield bot
    await bot.session.close()


@pytest.fixture
async def polling(emu: TelegramEmulator, bot: Bot) -> AsyncIterator[Dispatcher]:
    dp = Dispatcher()
    dp.include_router(make_router())
    task = asyncio.create_task(
        dp.start_polling(bot, handle_signals=False, polling_timeout=1, close_bot_session=False)
    )
    # stop_polling refuses to run before polling started; start_polling calls getMe first.
    await emu.wait_for_call("getMe")
    yield dp
    await dp.stop_polling()
    await task
    assert not emu.errors, emu.errors


# --------------------------------------------------------------------------- conversation


async def test_start_reply_has_html_and_keyboard(
    emu: TelegramEmulator, polling: Dispatcher
) -> None:
    ann = emu.user(first_name="Ann <3")
    sent = await ann.send("/start")
    assert sent["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]

    reply = await ann.next_message()
    assert reply.method == "sendMessage"
    assert reply.text == "Hello, <b>Ann &lt;3</b>!"
    assert reply.plain_text == "Hello, Ann <3!"
    assert reply.parse_mode == "HTML"
    assert reply.buttons == [["🏓 Ping"], ["Docs"]]
    assert reply.button_data == {"🏓 Ping": "ping", "Docs": "https://example.com/docs"}
    # The stored message is what real Telegram returns: plain text plus entities.
    message = Message.model_validate(reply.message)
    assert message.text == "Hello, Ann <3!"
    assert message.entities is not None
    assert (message.entities[0].type, message.entities[0].offset) == ("bold", 7)
    assert ann.last_message().message_id == reply.message_id
    await ann.expect_silence(0.1)


async def test_press_reaches_callback_and_edit_is_seen(
    emu: TelegramEmulator, polling: Dispatcher
) -> None:
    ann = emu.user()
    await ann.send("/start")
    first = await ann.next_message()

    query_id = await ann.press("Ping")  # substring match of "🏓 Ping"
    answer = await emu.wait_callback_answer(query_id)
    assert answer["text"] == "pong"

    edit = await ann.next_message()
    assert edit.is_edit and edit.method == "editMessageText"
    assert edit.message_id == first.message_id
    assert edit.text == "Pong!"
    assert edit.button_data["🏓 Ping"] == "again"
    assert [m.text for m in ann.messages()] == ["Pong!"]

    # Pressing the edited button sends the new data; the bot answers it as outdated.
    query_id = await ann.press("🏓 Ping")
    assert (await emu.wait_callback_answer(query_id))["show_alert"] is True

    stale = await ann.press_data("x" * 10, message=first)
    assert (await emu.wait_callback_answer(stale))["text"] == "This button is outdated"

    with pytest.raises(AssertionError, match=r"no button matching 'Nope'.*Docs"):
        await ann.press("Nope")
    with pytest.raises(AssertionError, match="no callback_data"):
        await ann.press("Docs")


async def test_echo_escapes_user_text_and_commands_with_botname(
    emu: TelegramEmulator, polling: Dispatcher
) -> None:
    bob = emu.user(first_name="Bob", username="bob")
    await bob.send("a < b & <script>")
    echo = await bob.next_message()
    assert echo.plain_text == "You said: a < b & <script>"

    sent = await bob.send("/start@storefront_test_bot now")
    assert sent["entities"][0]["length"] == len("/start@storefront_test_bot")
    assert (await bob.next_message()).text is not None


async def test_non_text_messages_and_idle(emu: TelegramEmulator, polling: Dispatcher) -> None:
    ann = emu.user()
    await ann.send_sticker()
    await ann.send_photo(caption=None)
    await ann.send_document()
    await ann.send_contact()
    await ann.send_location()
    await ann.send_raw_message(dice={"emoji": "🎲", "value": 3})
    await emu.wait_idle()
    await ann.expect_silence(0.05)
    assert not ann.messages()

    with pytest.raises(AssertionError, match="sent nothing new"):
        await ann.next_message(timeout=0.1)
    await ann.send("ping?")
    with pytest.raises(AssertionError, match=r"(?s)expected silence.*You said"):
        await ann.expect_silence(1.0)


async def test_group_message_from_user_and_sender_chat(
    emu: TelegramEmulator, polling: Dispatcher
) -> None:
    admins = emu.group(chat_id=-1001234567890, title="Admins")
    ann = emu.user(user_id=42)
    await admins.send("hello", from_user=ann)
    assert (await admins.next_message()).text == "from=42 sender_chat=None"

    await admins.send("hi", from_user=43)
    assert (await admins.next_message()).text == "from=43 sender_chat=None"

    await admins.send_as_channel("anon")
    reply = await admins.next_message()
    assert reply.text == "from=1087968824 sender_chat=-1001234567890"
    assert reply.message["chat"] == {"id": -1001234567890, "type": "supergroup", "title": "Admins"}

    await admins.send_as_channel("from channel", channel_id=-1009)
    assert (await admins.next_message()).text == "from=136817688 sender_chat=-1009"


async def test_payment_flow(emu: TelegramEmulator, bot: Bot, polling: Dispatcher) -> None:
    ann = emu.user()
    await ann.send("/buy")
    invoice = await ann.next_message()
    assert invoice.method == "sendInvoice"
    assert invoice.invoice is not None and invoice.invoice["total_amount"] == 50

    result = await ann.pay()
    assert result.ok and result.error_message is None
    assert result.successful_payment_message is not None
    payment = result.successful_payment_message["successful_payment"]
    assert payment["invoice_payload"] == "order-42" and payment["currency"] == "XTR"
    assert (await ann.next_message()).text == "Paid 50 XTR"

    # The bot declines unknown payloads: no successful_payment follows.
    other = await bot.send_invoice(
        ann.id, "t", "d", "unknown", currency="XTR", prices=[LabeledPrice(label="x", amount=1)]
    )
    declined = await ann.pay()
    assert not declined.ok and declined.error_message == "Unknown order"
    assert declined.successful_payment_message is None
    assert (await ann.next_message()).message_id == other.message_id
    await ann.expect_silence(0.1)

    second = await ann.pay(message=invoice)
    assert second.successful_payment_message is not None
    charge_ids = {
        result.successful_payment_message["successful_payment"]["telegram_payment_charge_id"],
        second.successful_payment_message["successful_payment"]["telegram_payment_charge_id"],
    }
    assert len(charge_ids) == 2


# --------------------------------------------------------------------------- errors & faults


async def test_retry_after_then_success(emu: TelegramEmulator, bot: Bot) -> None:
    ann = emu.user()
    emu.fail_next("sendMessage", retry_after=3)
    with pytest.raises(TelegramRetryAfter) as info:
        await bot.send_message(ann.id, "hi")
    assert info.value.retry_after == 3
    assert "Too Many Requests: retry after 3" in str(info.value)
    await bot.send_message(ann.id, "hi")
    assert [c.status for c in emu.calls_of("sendMessage")] == [429, 200]


async def test_fail_next_per_chat_and_custom_400(emu: TelegramEmulator, bot: Bot) -> None:
    ann, bob = emu.user(), emu.user()
    emu.fail_next("sendMessage", status=400, description="Bad Request: boom", chat_id=bob.id)
    await bot.send_message(ann.id, "fine")
    with pytest.raises(TelegramBadRequest, match="boom"):
        await bot.send_message(bob.id, "fails")
    await bot.send_message(bob.id, "fine again")


async def test_block_and_unblock(emu: TelegramEmulator, bot: Bot) -> None:
    ann = emu.user()
    emu.block(ann.id)
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(ann.id, "hi")
    with pytest.raises(TelegramForbiddenError):
        await bot.send_photo(ann.id, "https://example.com/a.jpg")
    assert (await bot.get_chat(ann.id)).id == ann.id  # reads still work
    emu.unblock(ann.id)
    await bot.send_message(ann.id, "hi")


MALFORMED_HTML = [
    ("<b>unclosed", 'Can\'t find end tag corresponding to start tag "b"'),
    ("a <br> b", 'Unsupported start tag "br" at byte offset 2'),
    ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
    ("x<y", "Unclosed start tag at byte offset 1"),
    ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
    ("</b>", "Unexpected end tag at byte offset 0"),
    ('<span class="x">s</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
]


async def test_malformed_html_is_rejected(emu: TelegramEmulator, bot: Bot) -> None:
    # One test rather than a parametrization: each Bot teardown costs aiogram's 0.25 s sleep.
    ann = emu.user()
    for text, detail in MALFORMED_HTML:
        with pytest.raises(TelegramBadRequest) as info:
            await bot.send_message(ann.id, text)  # parse_mode=HTML is the bot default
        assert info.value.message == f"Bad Request: can't parse entities: {detail}", text
    assert not ann.messages()
    # Without parse_mode the same text is fine, and "&" alone is accepted like Telegram does.
    await bot.send_message(ann.id, "1 < 2", parse_mode=None)
    await bot.send_message(ann.id, "Tom & Jerry &nbsp;")
    assert [m.plain_text for m in ann.messages()] == ["1 < 2", "Tom & Jerry &nbsp;"]


async def test_text_validation(emu: TelegramEmulator, bot: Bot) -> None:
    ann = emu.user()
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(ann.id, "x" * 4097)
    await bot.send_message(ann.id, "x" * 4096)
    # The limit applies after entity parsing, like Telegram.
    await bot.send_message(ann.id, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")
    with pytest.raises(TelegramBadRequest, match="message text is empty"):
        await bot.send_message(ann.id, "")
    with pytest.raises(TelegramBadRequest, match="message text is empty"):
        await bot.send_message(ann.id, "<b> </b>", parse_mode="HTML")
    with pytest.raises(TelegramBadRequest, match="message caption is too long"):
        await bot.send_photo(ann.id, "https://example.com/a.jpg", caption="c" * 1025)
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message(999, "nobody")
    too_long_data = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="x", callback_data="d" * 65)]]
    )
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await bot.send_message(ann.id, "hi", reply_markup=too_long_data)
    assert len(ann.messages()) == 2


async def test_edit_semantics(emu: TelegramEmulator, bot: Bot) -> None:
    ann = emu.user()
    sent = await bot.send_message(ann.id, "one", reply_markup=ping_keyboard())
    assert isinstance(sent, Message) and sent.reply_markup is not None
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text(
            text="one", chat_id=ann.id, message_id=sent.message_id, reply_markup=ping_keyboard()
        )
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text(text="x", chat_id=ann.id, message_id=999)

    # Editing the text without reply_markup drops the keyboard, as in Telegram.
    edited = await bot.edit_message_text(text="two", chat_id=ann.id, message_id=sent.message_id)
    assert isinstance(edited, Message) and edited.reply_markup is None
    markup = await bot.edit_message_reply_markup(
        chat_id=ann.id, message_id=sent.message_id, reply_markup=ping_keyboard("p2")
    )
    assert isinstance(markup, Message) and markup.text == "two"
    with pytest.raises(TelegramBadRequest, match="there is no caption"):
        await bot.edit_message_caption(chat_id=ann.id, message_id=sent.message_id, caption="c")

    events = [(m.method, m.text, m.flat_buttons) for m in [await ann.next_message() for _ in "123"]]
    assert events == [
        ("sendMessage", "one", ["🏓 Ping", "Docs"]),
        ("editMessageText", "two", []),
        ("editMessageReplyMarkup", "two", ["🏓 Ping", "Docs"]),
    ]
    assert await bot.delete_message(ann.id, sent.message_id)
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(ann.id, sent.message_id)
    assert ann.messages() == []


# --------------------------------------------------------------------------- other methods


async def test_media_invoice_and_info_methods_parse(emu: TelegramEmulator, bot: Bot) -> None:
    ann = emu.user(username="ann")
    admins = emu.group(title="Admins")

    by_url = await bot.send_photo(
        ann.id, "https://example.com/p.jpg", caption="<b>hi</b>", parse_mode="HTML"
    )
    assert by_url.photo and by_url.caption == "hi"
    upload = BufferedInputFile(b"\x89PNG-bytes", filename="chart.png")
    uploaded = await bot.send_photo(ann.id, upload)
    assert uploaded.photo is not None
    call = emu.calls_of("sendPhoto")[-1]
    assert call.params["photo"] == "upload:chart.png"
    assert next(iter(call.files.values())).content == b"\x89PNG-bytes"
    assert (await ann.next_message()).photo == "https://example.com/p.jpg"
    assert (await ann.next_message()).photo == "upload:chart.png"
    # The uploaded photo can be re-sent by file_id and downloaded.
    await bot.send_photo(admins.chat_id, uploaded.photo[-1].file_id)
    downloaded = await bot.download(uploaded.photo[-1].file_id)
    assert downloaded is not None and downloaded.read() == b"\x89PNG-bytes"
    with pytest.raises(TelegramBadRequest, match="wrong file identifier"):
        await bot.send_photo(ann.id, "not-a-file-id")

    document = await bot.send_document(ann.id, BufferedInputFile(b"csv", filename="r.csv"))
    assert document.document is not None and document.document.file_name == "r.csv"
    invoice = await bot.send_invoice(
        ann.id, "t", "d", "payload-1", currency="XTR", prices=[LabeledPrice(label="x", amount=5)]
    )
    assert invoice.invoice is not None and invoice.invoice.total_amount == 5

    copied = await bot.copy_message(admins.chat_id, ann.id, by_url.message_id)
    forwarded = await bot.forward_message(admins.chat_id, ann.id, by_url.message_id)
    assert forwarded.forward_origin is not None
    assert [m.method for m in admins.messages()] == ["sendPhoto", "copyMessage", "forwardMessage"]
    assert admins.messages()[1].message_id == copied.message_id

    chat = await bot.get_chat(admins.chat_id)
    assert isinstance(chat, ChatFullInfo) and chat.title == "Admins"
    assert (await bot.get_chat("@ann")).id == ann.id
    member = await bot.get_chat_member(admins.chat_id, ann.id)
    assert isinstance(member, ChatMemberMember)
    me_in_group = await bot.get_chat_member(admins.chat_id, emu.bot_id)
    assert isinstance(me_in_group, ChatMemberAdministrator)
    me = await bot.get_me()
    assert me.username == "storefront_test_bot" and me.is_bot

    commands = [BotCommand(command="start", description="Start")]
    assert await bot.set_my_commands(commands)
    assert [(c.command, c.description) for c in await bot.get_my_commands()] == [("start", "Start")]
    assert await bot.delete_my_commands()
    assert await bot.get_my_commands() == []
    with pytest.raises(TelegramBadRequest, match="BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand(command="Bad-Name", description="x")])
    assert await bot.send_chat_action(ann.id, "typing")

    # Methods without a detailed emulation are recorded and accepted.
    assert await bot.pin_chat_message(ann.id, by_url.message_id)
    assert emu.calls_of("pinChatMessage")[0].params["message_id"] == by_url.message_id
    sticker = await bot.send_sticker(ann.id, "https://example.com/s.webp")
    assert sticker.message_id > invoice.message_id


async def test_get_updates_offset_limit_and_long_poll(emu: TelegramEmulator, bot: Bot) -> None:
    ann = emu.user()
    for text in ("one", "two", "three"):
        await ann.send(text)
    updates = await bot.get_updates()
    assert [u.message.text for u in updates if u.message] == ["one", "two", "three"]
    ids = [u.update_id for u in updates]
    assert ids == sorted(ids) and len(set(ids)) == 3

    assert len(await bot.get_updates(limit=2)) == 2
    # offset confirms everything before it; confirmed updates never come back.
    assert [u.update_id for u in await bot.get_updates(offset=ids[1])] == ids[1:]
    assert [u.update_id for u in await bot.get_updates()] == ids[1:]
    assert await bot.get_updates(offset=ids[2] + 1) == []

    # A long poll returns as soon as an update is queued.
    emu.max_long_poll = 5

    async def send_later() -> None:
        await asyncio.sleep(0.1)
        await ann.send("four")

    started = time.monotonic()
    sender = asyncio.create_task(send_later())
    updates = await bot.get_updates(offset=ids[2] + 1, timeout=5)
    await sender
    assert time.monotonic() - started < 1.5
    assert [u.message.text for u in updates if u.message] == ["four"]
    assert updates[0].update_id > ids[2]

    # allowed_updates filters (and drops) other kinds, like Telegram.
    await ann.press_data("cb")
    await ann.send("five")
    updates = await bot.get_updates(offset=updates[0].update_id + 1, allowed_updates=["message"])
    assert [u.message.text for u in updates if u.message] == ["five"]


async def test_webhook_delivery(emu: TelegramEmulator, bot: Bot) -> None:
    received: list[tuple[dict[str, object], str | None]] = []

    async def hook(request: web.Request) -> web.Response:
        received.append(
            (await request.json(), request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
        )
        # Like aiogram's webhook handler, answer with a method call in the reply body.
        return web.json_response({"method": "sendMessage", "chat_id": ann.id, "text": "hook!"})

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        ann = emu.user()
        await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret")
        info = await bot.get_webhook_info()
        assert info.url.endswith("/hook")
        with pytest.raises(TelegramConflictError):
            await bot.get_updates()
        emu.deliver_via_webhook = True
        await ann.send("via webhook")
        assert (await ann.next_message()).text == "hook!"
        update = Update.model_validate(received[0][0])
        assert update.message is not None and update.message.text == "via webhook"
        assert received[0][1] == "s3cret"
        await emu.wait_idle()
        assert await bot.delete_webhook()
        assert await bot.get_updates() == []
    finally:
        await runner.cleanup()


async def test_request_formats_and_recording(emu: TelegramEmulator) -> None:
    from aiohttp import ClientSession

    ann = emu.user()
    url = f"{emu.base_url}/bot123:abc"
    async with ClientSession() as session:
        async with session.post(
            f"{url}/sendMessage",
            json={"chat_id": ann.id, "text": "json", "reply_markup": '{"inline_keyboard": []}'},
        ) as resp:
            body = await resp.json()
        assert body["ok"] and body["result"]["text"] == "json"
        async with session.get(f"{url}/sendMessage", params={"chat_id": ann.id, "text": "7"}) as r:
            assert (await r.json())["result"]["text"] == "7"
        async with session.post(f"{url}/someFutureMethod", data={"x": "1"}) as resp:
            assert await resp.json() == {"ok": True, "result": True}
    json_call, get_call, future_call = emu.calls[-3:]
    assert json_call.params["reply_markup"] == {"inline_keyboard": []}
    assert json_call.chat_id == ann.id and json_call.timestamp > 0
    assert get_call.params["text"] == "7"  # text stays a string
    assert future_call.method == "someFutureMethod" and future_call.params == {"x": 1}
    emu.clear_calls()
    assert emu.calls == []


def test_parse_html_entities_and_offsets() -> None:
    text, entities = parse_html(
        "😀 <b>bold <i>both</i></b> &lt;tag&gt; &amp; &#33; & "
        '<a href="https://x.y/?a=1&amp;b=2">link</a> <tg-spoiler>s</tg-spoiler> '
        '<pre><code class="language-python">x</code></pre> <blockquote expandable>q</blockquote>'
    )
    assert text == "😀 bold both <tag> & ! & link s x q"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 9},
        {"type": "italic", "offset": 8, "length": 4},
        # The emoji takes two UTF-16 code units, as Telegram counts offsets.
        {"type": "text_link", "offset": 25, "length": 4, "url": "https://x.y/?a=1&b=2"},
        {"type": "spoiler", "offset": 30, "length": 1},
        {"type": "pre", "offset": 32, "length": 1, "language": "python"},
        {"type": "expandable_blockquote", "offset": 34, "length": 1},
    ]


def test_bot_message_helpers() -> None:
    message = BotMessage(
        method="sendMessage",
        chat_id=1,
        message_id=2,
        text="<b>x</b> &amp; y",
        parse_mode="HTML",
        reply_markup={"keyboard": [[{"text": "A"}, {"text": "B"}]]},
        params={},
        message={},
    )
    assert message.plain_text == "x & y"
    assert message.buttons == [["A", "B"]]
    assert message.button_data == {}
    assert "sendMessage#2" in str(message)
