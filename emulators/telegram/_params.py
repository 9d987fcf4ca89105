"""Decoding of Bot API request parameters into Python values."""

from __future__ import annotations

import json
from typing import Any

from .models import JsonDict

# Fields that are always strings, even when they look like numbers or JSON (a payload "123").
_STRING_FIELDS = frozenset(
    {
        "action",
        "address",
        "animation",
        "audio",
        "business_connection_id",
        "callback_query_id",
        "caption",
        "currency",
        "custom_emoji_id",
        "custom_title",
        "description",
        "document",
        "emoji",
        "error_message",
        "file_id",
        "first_name",
        "inline_message_id",
        "inline_query_id",
        "invite_link",
        "ip_address",
        "language_code",
        "last_name",
        "message_effect_id",
        "name",
        "next_offset",
        "parse_mode",
        "payload",
        "phone_number",
        "photo",
        "photo_url",
        "pre_checkout_query_id",
        "provider_data",
        "provider_token",
        "question",
        "secret_token",
        "short_description",
        "shipping_query_id",
        "start_parameter",
        "sticker",
        "text",
        "thumbnail",
        "title",
        "url",
        "vcard",
        "video",
        "video_note",
        "voice",
    }
)

# Fields whose value is a JSON object/array even when a JSON body sends it as a string.
_JSON_FIELDS = frozenset(
    {
        "allowed_updates",
        "caption_entities",
        "commands",
        "entities",
        "link_preview_options",
        "media",
        "options",
        "prices",
        "reply_markup",
        "reply_parameters",
        "results",
        "scope",
        "suggested_tip_amounts",
    }
)

_JSON_START = frozenset('{["-0123456789tfn')


def decode_form_value(key: str, value: Any) -> Any:
    """Turn a form/query string into the value the bot meant (aiogram JSON-encodes non-strings)."""
    if not isinstance(value, str) or key in _STRING_FIELDS:
        return value
    if value[:1] not in _JSON_START:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value  # e.g. chat_id="@channel"


def decode_json_value(key: str, value: Any) -> Any:
    """Values of an application/json body are typed already, except JSON fields sent as text."""
    if key in _JSON_FIELDS and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def decode_form(raw: dict[str, Any]) -> JsonDict:
    """Decode every field of a form or query string."""
    return {key: decode_form_value(key, value) for key, value in raw.items()}


def decode_json(raw: dict[str, Any]) -> JsonDict:
    """Decode every field of a JSON body."""
    return {key: decode_json_value(key, value) for key, value in raw.items()}
