"""Emulator state and the helpers shared by the Bot API methods and the test-side fakes."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import ClientSession, web

from ._html import HtmlParseError, parse_html
from .models import ApiCall, ApiError, BotMessage, JsonDict, Upload, bad_request

__all__ = ["EmulatorState"]

Handler = Callable[[JsonDict, dict[str, Upload]], Awaitable[Any]]

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
# Telegram's default when allowed_updates is empty or was never given.
_DEFAULT_EXCLUDED_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
# Sending to a user who blocked the bot fails for these; reads like getChat still work.
_SEND_PREFIXES = ("send", "copy", "forward", "edit")


@dataclass
class _Fault:
    method: str
    error: ApiError
    count: int
    chat_id: int | None


@dataclass
class _StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str | None
    content: bytes | None
    size: int


@dataclass
class _Stored:
    """A message known to the emulator, with what the bot sent to produce it."""

    chat_id: int
    data: JsonDict  # the Telegram Message object
    from_bot: bool
    raw_text: str | None = None  # text/caption as sent (HTML markup included)
    parse_mode: str | None = None
    markup: JsonDict | None = None  # as sent, including reply keyboards
    deleted: bool = False
    method: str = ""  # the method that sent it
    params: JsonDict = field(default_factory=dict)  # ... and its params
    extra: JsonDict = field(default_factory=dict)

    @property
    def message_id(self) -> int:
        return int(self.data["message_id"])


def _inline_only(markup: JsonDict | None) -> JsonDict | None:
    # Message.reply_markup is always an InlineKeyboardMarkup; reply keyboards are not echoed.
    return markup if markup and "inline_keyboard" in markup else None


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return int(value)
    return None


class EmulatorState:
    """Everything the emulator knows: chats, messages, updates, calls, faults."""

    def __init__(
        self,
        *,
        bot_id: int = 7_000_000_001,
        bot_username: str = "storefront_test_bot",
        bot_first_name: str = "Storefront",
        max_long_poll: float = 1.0,
        strict_chats: bool = True,
        quiet_period: float = 0.05,
    ) -> None:
        """Create an emulator (not yet listening; call :meth:`start`).

        ``max_long_poll`` caps how long getUpdates waits, whatever timeout the bot asks for.
        With ``strict_chats`` sending to a chat no test created answers ``chat not found``
        like the real API; without it such chats are created on the fly.
        """
        self.bot_user: JsonDict = {
            "id": bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.max_long_poll = max_long_poll
        self.strict_chats = strict_chats
        self.quiet_period = quiet_period
        self.calls: list[ApiCall] = []
        self.errors: list[BaseException] = []  # emulator bugs surfaced as HTTP 500
        self.deliver_via_webhook = False
        self.webhook_url: str | None = None
        self.webhook_secret: str | None = None
        self.commands: dict[str, list[JsonDict]] = {}
        self.chat_members: dict[tuple[int, int], str] = {}  # (chat, user) -> status override
        self._chats: dict[int, JsonDict] = {}
        self._users: dict[int, JsonDict] = {}
        self._messages: dict[tuple[int, int], _Stored] = {}
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._events: dict[int, list[BotMessage]] = {}
        self._cursors: dict[int, int] = {}
        self._pending: list[JsonDict] = []
        self._update_ids = itertools.count(1)
        self._last_fetched_id = 0
        self._allowed_updates: list[str] | None = None
        self._poll_generation = 0
        self._faults: list[_Fault] = []
        self._blocked: set[int] = set()
        self._open_callbacks: set[str] = set()
        self._callback_answers: dict[str, JsonDict] = {}
        self._pre_checkout_answers: dict[str, JsonDict] = {}
        self._files: dict[str, _StoredFile] = {}
        self._files_by_path: dict[str, _StoredFile] = {}
        self._ids = itertools.count(1)
        self._inflight = 0
        self._webhook_tasks: set[asyncio.Task[int]] = set()
        self._last_activity = 0.0
        self._closing = False
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._client: ClientSession | None = None
        self._base_url: str | None = None

    @property
    def bot_id(self) -> int:
        """The bot's user id (also the numeric part of :attr:`token`)."""
        return int(self.bot_user["id"])

    def _next_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    def _new_message(self, chat: JsonDict, sender: JsonDict, **content: Any) -> JsonDict:
        message: JsonDict = {
            "message_id": self._next_message_id(int(chat["id"])),
            "date": int(time.time()),
            "chat": dict(chat),
            "from": dict(sender),
        }
        message.update({k: v for k, v in content.items() if v is not None})
        return message

    def _store_incoming(self, message: JsonDict) -> None:
        chat_id = int(message["chat"]["id"])
        self._messages[(chat_id, int(message["message_id"]))] = _Stored(
            chat_id=chat_id, data=message, from_bot=False
        )

    def _register_file(
        self, kind: str, content: bytes | None, filename: str | None = None
    ) -> _StoredFile:
        n = next(self._ids)
        file_id = f"EMU{kind.upper()}{n:06d}"
        path = f"{kind}s/{filename or f'file_{n}'}" if content is not None else None
        stored = _StoredFile(file_id, f"U{n:06d}", path, content, len(content or b"") or 1024)
        self._files[file_id] = stored
        if path is not None:
            self._files_by_path[path] = stored
        return stored

    def _latest_keyboard_message(self, chat_id: int) -> _Stored | None:
        candidates = [
            s
            for s in self._messages.values()
            if s.chat_id == chat_id and s.from_bot and not s.deleted
        ]
        candidates.sort(key=lambda s: s.message_id, reverse=True)
        for stored in candidates:
            if (stored.data.get("reply_markup") or {}).get("inline_keyboard"):
                return stored
        return candidates[0] if candidates else None

    def _stored_message(self, chat_id: int, message_id: int) -> _Stored | None:
        return self._messages.get((chat_id, message_id))

    def describe_recent_calls(self, limit: int = 12) -> str:
        """A readable list of the last API calls (getUpdates left out) for failure messages."""
        recent = [c for c in self.calls if c.method != "getUpdates"][-limit:]
        if not recent:
            return "no API calls were made (besides getUpdates)"
        return "recent API calls:\n" + "\n".join(f"  {call}" for call in recent)

    async def _wait_for(
        self,
        predicate: Callable[[], bool],
        timeout: float,  # noqa: ASYNC109
        what: str,
    ) -> None:
        try:
            async with asyncio.timeout(timeout), self._changed:
                await self._changed.wait_for(predicate)
        except TimeoutError:
            raise AssertionError(
                f"{what} within {timeout}s\n{self.describe_recent_calls()}"
            ) from None

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def _touch(self) -> None:
        self._last_activity = time.monotonic()

    def _unfetched(self) -> list[JsonDict]:
        return [u for u in self._pending if int(u["update_id"]) > self._last_fetched_id]

    def _chat_key(self, value: Any) -> int | str | None:
        if value is None:
            return None
        number = _as_int(value)
        if number is not None:
            return number
        if isinstance(value, str) and value.startswith("@"):
            for chat in self._chats.values():
                if str(chat.get("username", "")).lower() == value[1:].lower():
                    return int(chat["id"])
        return str(value)

    def _require_chat(self, params: JsonDict, key: str = "chat_id") -> JsonDict:
        value = params.get(key)
        if value is None or value == "":
            raise bad_request(f"{key} is empty")
        chat_id = self._chat_key(value)
        if isinstance(chat_id, int) and chat_id in self._chats:
            return self._chats[chat_id]
        if self.strict_chats or not isinstance(chat_id, int):
            raise bad_request("chat not found")
        name = f"User{chat_id}"
        if chat_id > 0:
            self._users[chat_id] = {"id": chat_id, "is_bot": False, "first_name": name}
            self._chats[chat_id] = {"id": chat_id, "type": "private", "first_name": name}
        else:
            self._chats[chat_id] = {"id": chat_id, "type": "supergroup", "title": f"Chat {chat_id}"}
        return self._chats[chat_id]

    def _format(
        self, params: JsonDict, key: str, *, required: bool
    ) -> tuple[str | None, list[JsonDict]]:
        """Validate text/caption like Telegram; returns (plain text, entities)."""
        raw = params.get(key)
        if raw is not None and not isinstance(raw, str):
            raw = str(raw)
        entities_key = "entities" if key == "text" else "caption_entities"
        parse_mode = str(params.get("parse_mode") or "")
        plain: str | None = raw
        entities: list[JsonDict] = []
        if raw and parse_mode.lower() == "html":
            try:
                plain, entities = parse_html(raw)
            except HtmlParseError as error:
                raise bad_request(f"can't parse entities: {error}") from None
        elif raw and isinstance(params.get(entities_key), list):
            entities = list(params[entities_key])
        if not plain or not plain.strip():
            if required:
                raise bad_request("message text is empty")
            return None, []
        limit = TEXT_LIMIT if key == "text" else CAPTION_LIMIT
        if len(plain) > limit:
            raise bad_request(f"message {'' if key == 'text' else 'caption '}is too long")
        return plain, entities

    @staticmethod
    def _check_markup(markup: Any) -> JsonDict | None:
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        rows = markup.get("inline_keyboard")
        if rows is None:
            return markup
        if not isinstance(rows, list):
            raise bad_request("can't parse inline keyboard markup JSON object")
        for row in rows:
            for button in row if isinstance(row, list) else [None]:
                if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                    raise bad_request("can't parse inline keyboard button: Text is not specified")
                if "callback_data" in button:
                    size = len(str(button["callback_data"]).encode("utf-8"))
                    if not 1 <= size <= 64:
                        raise bad_request("BUTTON_DATA_INVALID")
                elif "url" in button:
                    url = str(button["url"])
                    if not url.startswith(("http://", "https://", "tg://")):
                        raise bad_request("BUTTON_URL_INVALID")
                elif len(button) == 1:
                    raise bad_request(
                        "can't parse inline keyboard button: "
                        "Text buttons are unallowed in the inline keyboard"
                    )
        return markup

    def _store_bot_message(
        self,
        method: str,
        chat: JsonDict,
        params: JsonDict,
        content: JsonDict,
        *,
        raw_key: str | None,
        markup: JsonDict | None,
    ) -> JsonDict:
        message = self._new_message(chat, self.bot_user, **content)
        if (inline := _inline_only(markup)) is not None:
            message["reply_markup"] = inline
        stored = _Stored(
            chat_id=int(chat["id"]),
            data=message,
            from_bot=True,
            raw_text=str(params[raw_key]) if raw_key and params.get(raw_key) is not None else None,
            parse_mode=params.get("parse_mode"),
            markup=markup,
            method=method,
            params=params,
        )
        self._messages[(stored.chat_id, stored.message_id)] = stored
        self._emit(method, stored, params)
        return dict(message)

    def _snapshot(self, method: str, stored: _Stored, params: JsonDict) -> BotMessage:
        return BotMessage(
            method=method,
            chat_id=stored.chat_id,
            message_id=stored.message_id,
            text=stored.raw_text,
            parse_mode=stored.parse_mode,
            reply_markup=stored.markup,
            params=params,
            message=json.loads(json.dumps(stored.data)),
        )

    def _emit(self, method: str, stored: _Stored, params: JsonDict) -> None:
        self._events.setdefault(stored.chat_id, []).append(self._snapshot(method, stored, params))

    def _bot_message_for_edit(self, params: JsonDict) -> _Stored:
        chat = self._require_chat(params)
        message_id = _as_int(params.get("message_id"))
        if message_id is None:
            raise bad_request("message identifier is not specified")
        stored = self._messages.get((int(chat["id"]), message_id))
        if stored is None or stored.deleted:
            raise bad_request("message to edit not found")
        if not stored.from_bot:
            raise bad_request("message can't be edited")
        return stored

    def _resolve_file(
        self, params: JsonDict, files: dict[str, Upload], key: str
    ) -> tuple[_StoredFile, Upload | None]:
        value = params.get(key)
        if not isinstance(value, str) or not value:
            raise bad_request(f"there is no {key} in the request")
        if value.startswith("attach://"):
            upload = files.get(value.removeprefix("attach://"))
            if upload is None:
                raise bad_request(f"there is no {key} in the request")
            params[key] = f"upload:{upload.filename}"
            return self._register_file(key, upload.content, upload.filename), upload
        if value in self._files:
            return self._files[value], None
        if value.startswith(("http://", "https://")):
            return self._register_file(key, None), None
        raise bad_request("wrong file identifier/HTTP URL specified")
