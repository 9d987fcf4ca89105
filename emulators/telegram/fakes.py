"""Test-side handles: a user in a private chat with the bot, and a group chat."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from ._html import utf16_len
from .models import BotMessage, JsonDict, PaymentResult

if TYPE_CHECKING:
    from ._state import _Stored
    from .server import TelegramEmulator

__all__ = ["FakeGroup", "FakeUser"]

MessageRef = BotMessage | int | None
_charge_ids = itertools.count(1)


def _command_entities(text: str) -> list[JsonDict] | None:
    # Real clients mark a leading /command (including /command@botname) as bot_command.
    if not text.startswith("/") or len(text) < 2:
        return None
    command = text.split(maxsplit=1)[0]
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]


class _FakeChat:
    """What users and groups share: reading what the bot sent, pressing buttons."""

    def __init__(self, emulator: TelegramEmulator, chat: JsonDict) -> None:
        self.emulator = emulator
        self.chat = chat

    @property
    def chat_id(self) -> int:
        """Id of the chat the bot talks in."""
        return int(self.chat["id"])

    # A plain timeout argument reads better in tests than wrapping calls in asyncio.timeout.
    async def next_message(self, timeout: float = 5.0) -> BotMessage:  # noqa: ASYNC109
        """The next message the bot sent or edited here that this test has not consumed yet.

        Raises AssertionError listing recent API calls when nothing arrives in time.
        """
        return await self.emulator.next_message(self.chat_id, timeout)

    async def expect_silence(self, seconds: float = 0.3) -> None:
        """Assert the bot sends/edits nothing new here for ``seconds``."""
        try:
            await self.emulator._wait_for(
                lambda: bool(self.emulator.unconsumed(self.chat_id)), seconds, "silence"
            )
        except AssertionError:
            return
        unexpected = "\n".join(f"  {m}" for m in self.emulator.unconsumed(self.chat_id))
        raise AssertionError(f"expected silence in chat {self.chat_id}, got:\n{unexpected}")

    def messages(self) -> list[BotMessage]:
        """Current state of every (not deleted) bot message here, oldest first."""
        return self.emulator.bot_messages(self.chat_id)

    def last_message(self) -> BotMessage:
        """Current state of the newest bot message here."""
        messages = self.messages()
        if not messages:
            raise AssertionError(f"the bot sent no message to chat {self.chat_id}")
        return messages[-1]

    def _target(self, message: MessageRef) -> _Stored:
        emulator = self.emulator
        if message is None:
            stored = emulator._latest_keyboard_message(self.chat_id)
            if stored is None:
                raise AssertionError(f"the bot sent no message to chat {self.chat_id}")
            return stored
        message_id = message if isinstance(message, int) else message.message_id
        found = emulator._stored_message(self.chat_id, message_id)
        if found is None or found.deleted:
            raise AssertionError(f"message {message_id} not found (or deleted) in {self.chat_id}")
        return found

    async def _press(self, sender: JsonDict, button_text: str, message: MessageRef) -> str:
        stored = self._target(message)
        rows = (stored.data.get("reply_markup") or {}).get("inline_keyboard") or []
        buttons: list[JsonDict] = [b for row in rows for b in row]
        matches = [b for b in buttons if b.get("text") == button_text]
        if not matches:
            needle = button_text.casefold()
            matches = [b for b in buttons if needle in str(b.get("text", "")).casefold()]
        texts = [str(b.get("text")) for b in buttons]
        if len(matches) != 1:
            problem = "no button" if not matches else "several buttons"
            raise AssertionError(
                f"{problem} matching {button_text!r} on message {stored.message_id} "
                f"({stored.raw_text!r}); buttons: {texts}"
            )
        button = matches[0]
        if "callback_data" not in button:
            raise AssertionError(f"button {button.get('text')!r} has no callback_data: {button}")
        return await self.emulator._queue_callback(
            self.chat, sender, str(button["callback_data"]), stored.data
        )

    async def _press_data(self, sender: JsonDict, data: str, message: MessageRef) -> str:
        target: JsonDict | None
        try:
            target = self._target(message).data
        except AssertionError:
            if message is not None:
                raise
            target = None
        return await self.emulator._queue_callback(self.chat, sender, data, target)

    async def _send(self, sender: JsonDict, **content: Any) -> JsonDict:
        message = self.emulator._new_message(self.chat, sender, **content)
        self.emulator._store_incoming(message)
        await self.emulator.queue_update({"message": message})
        return message


class FakeUser(_FakeChat):
    """A Telegram user in a private chat with the bot."""

    def __init__(self, emulator: TelegramEmulator, user: JsonDict, chat: JsonDict) -> None:
        super().__init__(emulator, chat)
        self.user = user

    @property
    def id(self) -> int:
        """The user's id (equal to the private chat id)."""
        return int(self.user["id"])

    async def send(self, text: str) -> JsonDict:
        """Send a text message; a leading /command gets a bot_command entity."""
        return await self._send(self.user, text=text, entities=_command_entities(text))

    async def send_raw_message(self, **fields: Any) -> JsonDict:
        """Send a message with arbitrary fields (``from_`` sets ``from``); e.g. no text at all."""
        if "from_" in fields:
            fields["from"] = fields.pop("from_")
        message = self.emulator._new_message(self.chat, self.user)
        message.update(fields)
        self.emulator._store_incoming(message)
        await self.emulator.queue_update({"message": message})
        return message

    async def send_sticker(self, emoji: str = "👍") -> JsonDict:
        """Send a sticker."""
        stored = self.emulator._register_file("sticker", b"RIFF-fake-webp", "sticker.webp")
        sticker = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return await self._send(self.user, sticker=sticker)

    async def send_photo(self, caption: str | None = None, content: bytes = b"\x89PNG") -> JsonDict:
        """Send a photo (downloadable by the bot through getFile)."""
        stored = self.emulator._register_file("photo", content, "photo.jpg")
        sizes = [
            {
                "file_id": stored.file_id if side == 800 else f"{stored.file_id}_{side}",
                "file_unique_id": f"{stored.file_unique_id}_{side}",
                "width": side,
                "height": side,
                "file_size": stored.size,
            }
            for side in (90, 320, 800)
        ]
        return await self._send(self.user, photo=sizes, caption=caption)

    async def send_document(
        self,
        file_name: str = "file.txt",
        content: bytes = b"hello",
        mime_type: str = "text/plain",
        caption: str | None = None,
    ) -> JsonDict:
        """Send a document (downloadable by the bot through getFile)."""
        stored = self.emulator._register_file("document", content, file_name)
        document = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": stored.size,
        }
        return await self._send(self.user, document=document, caption=caption)

    async def send_contact(self, phone_number: str = "+15550100000") -> JsonDict:
        """Share the user's own contact."""
        contact = {
            "phone_number": phone_number,
            "first_name": self.user["first_name"],
            "user_id": self.id,
        }
        return await self._send(self.user, contact=contact)

    async def send_location(
        self, latitude: float = 51.5072, longitude: float = -0.1276
    ) -> JsonDict:
        """Share a location."""
        return await self._send(self.user, location={"latitude": latitude, "longitude": longitude})

    async def press(self, button_text: str, message: MessageRef = None) -> str:
        """Press an inline button by its text (exact, else unique substring match).

        Looks at ``message`` (a BotMessage or message id) or else the newest bot message here
        with an inline keyboard. Returns the callback query id (see ``wait_callback_answer``).
        """
        return await self._press(self.user, button_text, message)

    async def press_data(self, data: str, message: MessageRef = None) -> str:
        """Send a callback query with arbitrary data (e.g. stale or garbage callback data)."""
        return await self._press_data(self.user, data, message)

    async def pay(
        self,
        message: MessageRef = None,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> PaymentResult:
        """Pay the newest invoice here (or ``message``): pre-checkout, then successful_payment.

        The successful_payment message is only sent when the bot answers the pre-checkout
        query with ok=True.
        """
        emulator = self.emulator
        if message is None:
            invoices = [m for m in self.messages() if m.invoice is not None]
            if not invoices:
                raise AssertionError(f"the bot sent no invoice to {self.chat_id}")
            message = invoices[-1]
        stored = self._target(message)
        invoice = stored.data.get("invoice")
        if not isinstance(invoice, dict):
            raise AssertionError(f"message {stored.message_id} is not an invoice")
        payload = str(stored.extra.get("payload", ""))
        query_id = f"pcq{next(emulator._ids)}"
        query = {
            "id": query_id,
            "from": dict(self.user),
            "currency": invoice["currency"],
            "total_amount": invoice["total_amount"],
            "invoice_payload": payload,
        }
        await emulator.queue_update({"pre_checkout_query": query})
        await emulator._wait_for(
            lambda: query_id in emulator._pre_checkout_answers,
            timeout,
            f"no answerPreCheckoutQuery for {query_id}",
        )
        answer = emulator._pre_checkout_answers[query_id]
        ok = answer.get("ok") in (True, "true", "True", 1)
        paid: JsonDict | None = None
        if ok:
            charge = next(_charge_ids)
            successful_payment = {
                "currency": invoice["currency"],
                "total_amount": invoice["total_amount"],
                "invoice_payload": payload,
                "telegram_payment_charge_id": f"stxEMU{charge:08d}{self.id}",
                "provider_payment_charge_id": f"provEMU{charge:08d}",
            }
            paid = await self._send(self.user, successful_payment=successful_payment)
        error = answer.get("error_message")
        return PaymentResult(ok, query_id, None if error is None else str(error), answer, paid)

    def __repr__(self) -> str:
        return f"FakeUser(id={self.id}, first_name={self.user['first_name']!r})"


class FakeGroup(_FakeChat):
    """A group or supergroup with the bot in it."""

    def _sender(self, from_user: FakeUser | int | None) -> JsonDict:
        if isinstance(from_user, FakeUser):
            return from_user.user
        if from_user is None:
            from_user = 100_000 + abs(self.chat_id) % 100_000
        known = self.emulator._users.get(from_user)
        return known if known is not None else self.emulator.user(from_user, "Member").user

    async def send(self, text: str, from_user: FakeUser | int | None = None) -> JsonDict:
        """A member (FakeUser or user id; a default member if omitted) writes ``text``."""
        return await self._send(
            self._sender(from_user), text=text, entities=_command_entities(text)
        )

    async def send_as_channel(
        self, text: str, channel_id: int | None = None, title: str = "Channel"
    ) -> JsonDict:
        """A message with ``sender_chat``: an anonymous admin, or a channel when ``channel_id``."""
        if channel_id is None:
            sender = {
                "id": 1087968824,
                "is_bot": True,
                "first_name": "Group",
                "username": "GroupAnonymousBot",
            }
            sender_chat = dict(self.chat)
        else:
            sender = {
                "id": 136817688,
                "is_bot": True,
                "first_name": "Channel",
                "username": "Channel_Bot",
            }
            sender_chat = {"id": channel_id, "type": "channel", "title": title}
        return await self._send(
            sender, text=text, entities=_command_entities(text), sender_chat=sender_chat
        )

    async def press(
        self, button_text: str, from_user: FakeUser | int | None = None, message: MessageRef = None
    ) -> str:
        """Like ``FakeUser.press``; ``from_user`` is the member pressing."""
        return await self._press(self._sender(from_user), button_text, message)

    async def press_data(
        self, data: str, from_user: FakeUser | int | None = None, message: MessageRef = None
    ) -> str:
        """Like ``FakeUser.press_data``."""
        return await self._press_data(self._sender(from_user), data, message)

    def __repr__(self) -> str:
        return f"FakeGroup(id={self.chat_id}, title={self.chat.get('title')!r})"
