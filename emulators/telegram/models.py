"""Plain data objects shared by the emulator server and the test-side fakes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._html import HtmlParseError, parse_html

__all__ = ["ApiCall", "ApiError", "BotMessage", "JsonDict", "PaymentResult", "Upload"]

JsonDict = dict[str, Any]


class ApiError(Exception):
    """An error answer of the Bot API: ``{"ok": false, "error_code": ..., "description": ...}``."""

    def __init__(self, status: int, description: str, parameters: JsonDict | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def body(self) -> JsonDict:
        """The JSON body the real API would answer with."""
        body: JsonDict = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(detail: str) -> ApiError:
    """A 400 with Telegram's ``Bad Request: `` prefix."""
    return ApiError(400, f"Bad Request: {detail}")


@dataclass(frozen=True)
class Upload:
    """A file the bot uploaded in a multipart request."""

    field: str
    filename: str
    content: bytes
    content_type: str


@dataclass
class ApiCall:
    """One Bot API request as the emulator saw it.

    ``params`` has JSON-encoded fields (reply_markup, entities, prices...) decoded and numeric
    fields converted; uploaded files appear as ``"upload:<filename>"`` with bytes in ``files``.
    """

    method: str
    params: JsonDict
    timestamp: float
    chat_id: int | str | None
    response: JsonDict
    status: int = 200
    files: dict[str, Upload] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the emulator answered ``ok: true``."""
        return bool(self.response.get("ok"))

    @property
    def result(self) -> Any:
        """The ``result`` of a successful call (None for errors)."""
        return self.response.get("result")

    def __str__(self) -> str:
        shown = {k: v for k, v in self.params.items() if k not in ("reply_markup",)}
        text = f"{self.method}({_short(shown)})"
        if not self.ok:
            text += f" -> {self.status} {self.response.get('description')}"
        return text


def _short(value: Any, limit: int = 160) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _keyboard_rows(markup: JsonDict | None) -> list[list[JsonDict]]:
    if not markup:
        return []
    rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
    return [
        [b if isinstance(b, dict) else {"text": str(b)} for b in row]
        for row in rows
        if isinstance(row, list)
    ]


@dataclass(frozen=True)
class BotMessage:
    """Something the bot sent or edited in a chat, as a test sees it.

    ``text`` is the text (or caption) exactly as the bot sent it, markup included; use
    ``plain_text`` for what the user reads. ``message`` is the full Telegram Message object
    (its state right after this event).
    """

    method: str
    chat_id: int
    message_id: int
    text: str | None
    parse_mode: str | None
    reply_markup: JsonDict | None
    params: JsonDict
    message: JsonDict

    @property
    def is_edit(self) -> bool:
        """True for editMessage* events."""
        return self.method.startswith("edit")

    @property
    def plain_text(self) -> str | None:
        """Text with HTML tags stripped and entities unescaped (same as ``text`` otherwise)."""
        if self.text is None or (self.parse_mode or "").lower() != "html":
            return self.text
        try:
            return parse_html(self.text)[0]
        except HtmlParseError:
            return self.text

    @property
    def buttons(self) -> list[list[str]]:
        """Rows of button texts of the inline (or reply) keyboard."""
        return [[str(b.get("text", "")) for b in row] for row in _keyboard_rows(self.reply_markup)]

    @property
    def flat_buttons(self) -> list[str]:
        """All button texts in reading order."""
        return [text for row in self.buttons for text in row]

    @property
    def button_data(self) -> dict[str, str]:
        """Inline button text -> callback_data (or url for URL buttons)."""
        result: dict[str, str] = {}
        for row in _keyboard_rows(self.reply_markup):
            for button in row:
                value = button.get("callback_data", button.get("url"))
                if value is not None:
                    result[str(button.get("text", ""))] = str(value)
        return result

    @property
    def photo(self) -> str | None:
        """The ``photo`` argument of sendPhoto (URL, file_id or ``upload:<filename>``)."""
        value = self.params.get("photo")
        return value if isinstance(value, str) else None

    @property
    def invoice(self) -> JsonDict | None:
        """The Invoice object for sendInvoice messages."""
        value = self.message.get("invoice")
        return value if isinstance(value, dict) else None

    def __str__(self) -> str:
        text = self.text if self.text is None else _short(self.text, 200)
        buttons = f" buttons={self.buttons}" if self.buttons else ""
        return f"{self.method}#{self.message_id}: {text}{buttons}"


@dataclass(frozen=True)
class PaymentResult:
    """Outcome of ``FakeUser.pay``: the bot's pre-checkout answer and the payment message."""

    ok: bool
    pre_checkout_query_id: str
    error_message: str | None
    answer: JsonDict
    successful_payment_message: JsonDict | None
