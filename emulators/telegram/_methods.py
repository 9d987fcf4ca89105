"""The Bot API methods the emulator answers in detail."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from functools import cached_property
from typing import Any

from ._state import (
    _DEFAULT_EXCLUDED_UPDATES,
    NOT_MODIFIED,
    EmulatorState,
    Handler,
    _as_int,
    _inline_only,
    _Stored,
)
from .models import ApiError, JsonDict, Upload, bad_request

__all__ = ["BotApiMethods"]


class BotApiMethods(EmulatorState):
    """Handlers for Bot API methods, looked up through ``_handler_table``."""

    @cached_property
    def _handler_table(self) -> dict[str, tuple[str, Handler]]:
        """Lower-cased method name -> (canonical name, handler)."""
        table: dict[str, Handler] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "editMessageCaption": self._edit_message_caption,
            "deleteMessage": self._delete_message,
            "sendPhoto": self._send_photo,
            "sendDocument": self._send_document,
            "sendInvoice": self._send_invoice,
            "answerCallbackQuery": self._answer_callback_query,
            "answerPreCheckoutQuery": self._answer_pre_checkout_query,
            "sendChatAction": self._send_chat_action,
            "setMyCommands": self._set_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "getMyCommands": self._get_my_commands,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "getChat": self._get_chat,
            "getChatMember": self._get_chat_member,
            "getFile": self._get_file,
            "close": self._true,
            "logOut": self._true,
            "copyMessage": self._copy_message,
            "forwardMessage": self._forward_message,
        }
        return {name.lower(): (name, handler) for name, handler in table.items()}

    async def _true(self, params: JsonDict, files: dict[str, Upload]) -> bool:
        return True

    async def _get_me(self, params: JsonDict, files: dict[str, Upload]) -> JsonDict:
        return dict(self.bot_user)

    async def _get_updates(self, params: JsonDict, files: dict[str, Upload]) -> list[JsonDict]:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = _as_int(params.get("offset")) or 0
        limit = min(max(_as_int(params.get("limit")) or 100, 1), 100)
        timeout = float(params.get("timeout") or 0)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(a) for a in allowed] or None  # remembered like Telegram
        if offset < 0:
            self._pending = self._pending[offset:]
        elif offset:
            self._pending = [u for u in self._pending if int(u["update_id"]) >= offset]
        self._poll_generation += 1
        generation = self._poll_generation
        await self._notify()  # an older poll still waiting gets terminated below
        wait = min(timeout, self.max_long_poll)
        if wait > 0 and not self._deliverable():
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(wait), self._changed:
                    await self._changed.wait_for(
                        lambda: (
                            self._closing
                            or generation != self._poll_generation
                            or bool(self._deliverable())
                        )
                    )
        if generation != self._poll_generation:
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request; "
                "make sure that only one bot instance is running",
            )
        batch = self._deliverable()[:limit]
        if batch:
            self._last_fetched_id = max(self._last_fetched_id, int(batch[-1]["update_id"]))
            self._touch()
        return batch

    def _deliverable(self) -> list[JsonDict]:
        """Pending updates the bot asked for; other kinds are dropped as Telegram does."""

        def wanted(update: JsonDict) -> bool:
            kind = next(k for k in update if k != "update_id")
            if self._allowed_updates is None:
                return kind not in _DEFAULT_EXCLUDED_UPDATES
            return kind in self._allowed_updates

        self._pending = [u for u in self._pending if wanted(u)]
        return list(self._pending)

    async def _send_message(self, params: JsonDict, files: dict[str, Upload]) -> JsonDict:
        chat = self._require_chat(params)
        text, entities = self._format(params, "text", required=True)
        markup = self._check_markup(params.get("reply_markup"))
        content: JsonDict = {"text": text, "entities": entities or None}
        return self._store_bot_message(
            "sendMessage", chat, params, content, raw_key="text", markup=markup
        )

    async def _send_photo(self, params: JsonDict, files: dict[str, Upload]) -> JsonDict:
        chat = self._require_chat(params)
        caption, entities = self._format(params, "caption", required=False)
        markup = self._check_markup(params.get("reply_markup"))
        stored, _ = self._resolve_file(params, files, "photo")
        sizes = [
            {
                "file_id": f"{stored.file_id}_{side}",
                "file_unique_id": f"{stored.file_unique_id}_{side}",
                "width": side,
                "height": side,
                "file_size": stored.size,
            }
            for side in (90, 320, 800)
        ]
        sizes[-1]["file_id"] = stored.file_id
        content = {"photo": sizes, "caption": caption, "caption_entities": entities or None}
        return self._store_bot_message(
            "sendPhoto", chat, params, content, raw_key="caption", markup=markup
        )

    async def _send_document(self, params: JsonDict, files: dict[str, Upload]) -> JsonDict:
        chat = self._require_chat(params)
        caption, entities = self._format(params, "caption", required=False)
        markup = self._check_markup(params.get("reply_markup"))
        stored, upload = self._resolve_file(params, files, "document")
        document: JsonDict = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.size,
        }
        if upload is not None:
            document["file_name"] = upload.filename
            document["mime_type"] = upload.content_type
        content = {"document": document, "caption": caption, "caption_entities": entities or None}
        return self._store_bot_message(
            "sendDocument", chat, params, content, raw_key="caption", markup=markup
        )

    async def _send_invoice(self, params: JsonDict, files: dict[str, Upload]) -> JsonDict:
        chat = self._require_chat(params)
        for key in ("title", "description", "payload", "currency"):
            if not params.get(key):
                raise bad_request(f"{key} is empty")
        prices = params.get("prices")
        if not isinstance(prices, list) or not prices:
            raise bad_request("prices is empty")
        total = sum(int(p.get("amount", 0)) for p in prices if isinstance(p, dict))
        markup = self._check_markup(params.get("reply_markup"))
        invoice: JsonDict = {
            "title": str(params["title"]),
            "description": str(params["description"]),
            "start_parameter": str(params.get("start_parameter") or ""),
            "currency": str(params["currency"]),
            "total_amount": total,
        }
        result = self._store_bot_message(
            "sendInvoice", chat, params, {"invoice": invoice}, raw_key="description", markup=markup
        )
        stored = self._messages[(int(chat["id"]), int(result["message_id"]))]
        stored.extra["payload"] = str(params["payload"])
        return result

    async def _edit_message_text(self, params: JsonDict, files: dict[str, Upload]) -> Any:
        if params.get("inline_message_id"):
            return True
        stored = self._bot_message_for_edit(params)
        if "text" not in stored.data:
            raise bad_request("there is no text in the message to edit")
        text, entities = self._format(params, "text", required=True)
        markup = self._check_markup(params.get("reply_markup"))
        return self._apply_edit(
            "editMessageText",
            stored,
            params,
            {"text": text, "entities": entities or None},
            raw_key="text",
            markup=markup,
        )

    async def _edit_message_caption(self, params: JsonDict, files: dict[str, Upload]) -> Any:
        if params.get("inline_message_id"):
            return True
        stored = self._bot_message_for_edit(params)
        if "text" in stored.data:
            raise bad_request("there is no caption in the message to edit")
        caption, entities = self._format(params, "caption", required=False)
        markup = self._check_markup(params.get("reply_markup"))
        return self._apply_edit(
            "editMessageCaption",
            stored,
            params,
            {"caption": caption, "caption_entities": entities or None},
            raw_key="caption",
            markup=markup,
        )

    async def _edit_message_reply_markup(self, params: JsonDict, files: dict[str, Upload]) -> Any:
        if params.get("inline_message_id"):
            return True
        stored = self._bot_message_for_edit(params)
        markup = self._check_markup(params.get("reply_markup"))
        return self._apply_edit(
            "editMessageReplyMarkup", stored, params, {}, raw_key=None, markup=markup
        )

    def _apply_edit(
        self,
        method: str,
        stored: _Stored,
        params: JsonDict,
        content: JsonDict,
        *,
        raw_key: str | None,
        markup: JsonDict | None,
    ) -> JsonDict:
        # Like Telegram, an edit without reply_markup removes the inline keyboard.
        inline = _inline_only(markup)
        same_content = all(stored.data.get(k) == v for k, v in content.items())
        if same_content and stored.data.get("reply_markup") == inline:
            raise bad_request(NOT_MODIFIED)
        for key, value in content.items():
            if value is None:
                stored.data.pop(key, None)
            else:
                stored.data[key] = value
        if inline is None:
            stored.data.pop("reply_markup", None)
        else:
            stored.data["reply_markup"] = inline
        stored.data["edit_date"] = int(time.time())
        stored.markup = markup
        if raw_key is not None:
            raw = params.get(raw_key)
            stored.raw_text = None if raw is None else str(raw)
            stored.parse_mode = params.get("parse_mode")
        self._emit(method, stored, params)
        return dict(stored.data)

    async def _delete_message(self, params: JsonDict, files: dict[str, Upload]) -> bool:
        chat = self._require_chat(params)
        stored = self._messages.get((int(chat["id"]), _as_int(params.get("message_id")) or 0))
        if stored is None or stored.deleted:
            raise bad_request("message to delete not found")
        stored.deleted = True
        return True

    async def _answer_callback_query(self, params: JsonDict, files: dict[str, Upload]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if len(str(params.get("text") or "")) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        if query_id not in self._open_callbacks:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        self._open_callbacks.discard(query_id)
        self._callback_answers[query_id] = params
        return True

    async def _answer_pre_checkout_query(self, params: JsonDict, files: dict[str, Upload]) -> bool:
        query_id = str(params.get("pre_checkout_query_id") or "")
        if query_id in self._pre_checkout_answers or not query_id:
            raise bad_request("QUERY_ID_INVALID")
        self._pre_checkout_answers[query_id] = params
        return True

    async def _send_chat_action(self, params: JsonDict, files: dict[str, Upload]) -> bool:
        self._require_chat(params)
        return True

    @staticmethod
    def _commands_key(params: JsonDict) -> str:
        scope = params.get("scope") or {"type": "default"}
        return f"{json.dumps(scope, sort_keys=True)}|{params.get('language_code') or ''}"

    async def _set_my_commands(self, params: JsonDict, files: dict[str, Upload]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise bad_request("commands is empty")
        for command in commands:
            name = str(command.get("command", "")) if isinstance(command, dict) else ""
            if not (1 <= len(name) <= 32) or not all(c.isalnum() or c == "_" for c in name):
                raise bad_request("BOT_COMMAND_INVALID")
            if name != name.lower() or not name.isascii():
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[self._commands_key(params)] = commands
        return True

    async def _delete_my_commands(self, params: JsonDict, files: dict[str, Upload]) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    async def _get_my_commands(self, params: JsonDict, files: dict[str, Upload]) -> list[JsonDict]:
        return list(self.commands.get(self._commands_key(params), []))

    async def _set_webhook(self, params: JsonDict, files: dict[str, Upload]) -> bool:
        url = str(params.get("url") or "")
        if url and not url.startswith(("http://", "https://")):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook_url = url or None
        self.webhook_secret = params.get("secret_token") or None
        if params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    async def _delete_webhook(self, params: JsonDict, files: dict[str, Upload]) -> bool:
        self.webhook_url = self.webhook_secret = None
        if params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    async def _get_webhook_info(self, params: JsonDict, files: dict[str, Upload]) -> JsonDict:
        return {
            "url": self.webhook_url or "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }

    async def _get_chat(self, params: JsonDict, files: dict[str, Upload]) -> JsonDict:
        chat = dict(self._require_chat(params))
        chat.update(
            accent_color_id=0,
            max_reaction_count=11,
            accepted_gift_types={
                "unlimited_gifts": True,
                "limited_gifts": True,
                "unique_gifts": True,
                "premium_subscription": True,
                "gifts_from_channels": True,
            },
        )
        return chat

    async def _get_chat_member(self, params: JsonDict, files: dict[str, Upload]) -> JsonDict:
        chat = self._require_chat(params)
        user_id = _as_int(params.get("user_id"))
        if user_id == self.bot_id:
            user = dict(self.bot_user)
        elif user_id is not None and user_id in self._users:
            user = dict(self._users[user_id])
        else:
            raise bad_request("user not found")
        assert user_id is not None
        # The bot is usually an admin of the groups it serves; override via chat_members.
        in_group = chat["type"] != "private"
        default = "administrator" if user_id == self.bot_id and in_group else "member"
        status = self.chat_members.get((int(chat["id"]), user_id), default)
        member: JsonDict = {"status": status, "user": user}
        if status == "creator":
            member["is_anonymous"] = False
        elif status == "administrator":
            member["is_anonymous"] = False
            for right in (
                "can_be_edited",
                "can_manage_chat",
                "can_delete_messages",
                "can_manage_video_chats",
                "can_restrict_members",
                "can_promote_members",
                "can_change_info",
                "can_invite_users",
                "can_post_stories",
                "can_edit_stories",
                "can_delete_stories",
                "can_send_welcome_messages",
            ):
                member[right] = right != "can_be_edited"
        elif status == "kicked":
            member["until_date"] = 0
        return member

    async def _get_file(self, params: JsonDict, files: dict[str, Upload]) -> JsonDict:
        stored = self._files.get(str(params.get("file_id") or ""))
        if stored is None:
            raise bad_request("invalid file_id")
        result: JsonDict = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.size,
        }
        if stored.file_path is not None:
            result["file_path"] = stored.file_path
        return result

    def _source_message(self, params: JsonDict, missing: str) -> _Stored:
        source_chat = self._require_chat(params, "from_chat_id")
        message_id = _as_int(params.get("message_id")) or 0
        stored = self._messages.get((int(source_chat["id"]), message_id))
        if stored is None or stored.deleted:
            raise bad_request(missing)
        return stored

    _CONTENT_KEYS = (
        "text",
        "entities",
        "photo",
        "document",
        "caption",
        "caption_entities",
        "sticker",
        "contact",
        "location",
    )

    async def _copy_message(self, params: JsonDict, files: dict[str, Upload]) -> JsonDict:
        source = self._source_message(params, "message to copy not found")
        chat = self._require_chat(params)
        content = {k: source.data[k] for k in self._CONTENT_KEYS if k in source.data}
        if "caption" in params:
            caption, entities = self._format(params, "caption", required=False)
            content.update(caption=caption, caption_entities=entities or None)
        markup = self._check_markup(params.get("reply_markup"))
        raw_key = None if "caption" not in params else "caption"
        message = self._store_bot_message(
            "copyMessage", chat, params, content, raw_key=raw_key, markup=markup
        )
        if raw_key is None:
            copy = self._messages[(int(chat["id"]), int(message["message_id"]))]
            copy.raw_text = source.raw_text or source.data.get("text") or source.data.get("caption")
            copy.parse_mode = source.parse_mode
            self._events[copy.chat_id][-1] = self._snapshot("copyMessage", copy, params)
        return {"message_id": message["message_id"]}

    async def _forward_message(self, params: JsonDict, files: dict[str, Upload]) -> JsonDict:
        source = self._source_message(params, "message to forward not found")
        chat = self._require_chat(params)
        content = {k: source.data[k] for k in self._CONTENT_KEYS if k in source.data}
        if "sender_chat" in source.data:
            origin: JsonDict = {
                "type": "chat",
                "date": source.data["date"],
                "sender_chat": source.data["sender_chat"],
            }
        else:
            origin = {
                "type": "user",
                "date": source.data["date"],
                "sender_user": source.data["from"],
            }
        content["forward_origin"] = origin
        message = self._store_bot_message(
            "forwardMessage", chat, params, content, raw_key=None, markup=None
        )
        copy = self._messages[(int(chat["id"]), int(message["message_id"]))]
        copy.raw_text = source.data.get("text") or source.data.get("caption")
        self._events[copy.chat_id][-1] = self._snapshot("forwardMessage", copy, params)
        return message

    async def _generic(self, method: str, params: JsonDict, files: dict[str, Upload]) -> Any:
        """Record-and-accept for methods not emulated in detail."""
        if not method.startswith("send") or "chat_id" not in params or method == "sendMediaGroup":
            return True
        # Unknown send* methods (sendSticker, sendVideo...) still return a Message so aiogram
        # can parse the answer.
        chat = self._require_chat(params)
        caption, entities = self._format(params, "caption", required=False)
        markup = self._check_markup(params.get("reply_markup"))
        content = {"caption": caption, "caption_entities": entities or None}
        return self._store_bot_message(
            method, chat, params, content, raw_key="caption", markup=markup
        )
