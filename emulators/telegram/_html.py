"""A small validator/parser for the subset of HTML that Telegram accepts with parse_mode=HTML.

It mirrors the server's behaviour closely enough to catch the classic bug of interpolating
un-escaped user text into an HTML message: an unsupported or unclosed tag, or a stray ``<``,
makes the request fail with ``Bad Request: can't parse entities: ...`` just like the real API.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["HtmlParseError", "parse_html", "utf16_len"]

# Tag name -> MessageEntity type. span/a/pre/code/tg-emoji get extra handling below.
_ENTITY_TYPES: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}

_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class HtmlParseError(ValueError):
    """Raised with the text Telegram puts after ``Bad Request: can't parse entities:``."""


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units: the unit Telegram uses for entity offsets."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _OpenTag:
    name: str
    start: int  # UTF-16 offset in the plain text
    attrs: dict[str, str] = field(default_factory=dict)
    language: str | None = None


def _decode_entity(text: str, pos: int) -> tuple[str, int] | None:
    """Decode an HTML entity at ``text[pos] == '&'``; None when it is not one (kept literally)."""
    end = text.find(";", pos + 1)
    if end == -1 or end - pos > 12:
        return None
    body = text[pos + 1 : end]
    if body in _NAMED_ENTITIES:
        return _NAMED_ENTITIES[body], end + 1
    try:
        if body[:2] in ("#x", "#X"):
            code = int(body[2:], 16)
        elif body[:1] == "#" and body[1:].isdigit():
            code = int(body[1:])
        else:
            return None
        return chr(code), end + 1
    except (ValueError, OverflowError):
        return None


def _unescape(value: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(value):
        if value[i] == "&" and (decoded := _decode_entity(value, i)) is not None:
            out.append(decoded[0])
            i = decoded[1]
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram-flavoured HTML into (plain text, MessageEntity dicts).

    Raises HtmlParseError on the same kinds of input the real Bot API rejects.
    """
    out: list[str] = []
    offset = 0  # UTF-16 length of ``out``
    stack: list[_OpenTag] = []
    entities: list[dict[str, Any]] = []
    n = len(text)
    i = 0

    def byte_offset(pos: int) -> int:
        return len(text[:pos].encode("utf-8"))

    def emit(chunk: str) -> None:
        nonlocal offset
        out.append(chunk)
        offset += utf16_len(chunk)

    while i < n:
        ch = text[i]
        if ch == "&":
            decoded = _decode_entity(text, i)
            # Telegram keeps an ampersand that does not start a known entity as is.
            emit(decoded[0] if decoded else "&")
            i = decoded[1] if decoded else i + 1
            continue
        if ch != "<":
            emit(ch)
            i += 1
            continue
        begin = i
        i += 1
        if i < n and text[i] == "/":
            close = text.find(">", i)
            if close == -1:
                raise HtmlParseError(f"Unclosed end tag at byte offset {byte_offset(begin)}")
            name = text[i + 1 : close].strip().lower()
            if not stack:
                raise HtmlParseError(f"Unexpected end tag at byte offset {byte_offset(begin)}")
            if name and name != stack[-1].name:
                raise HtmlParseError(
                    f"Unmatched end tag at byte offset {byte_offset(begin)}, "
                    f'expected "</{stack[-1].name}>", found "</{name}>"'
                )
            _close_tag(stack.pop(), stack, offset, entities)
            i = close + 1
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] != ">":
            j += 1
        if j >= n:
            raise HtmlParseError(f"Unclosed start tag at byte offset {byte_offset(begin)}")
        name = text[i:j].lower()
        if name not in _ENTITY_TYPES:
            raise HtmlParseError(
                f'Unsupported start tag "{name}" at byte offset {byte_offset(begin)}'
            )
        attrs, j = _parse_attrs(text, j, name, byte_offset(begin))
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise HtmlParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {byte_offset(begin)}'
            )
        stack.append(_OpenTag(name=name, start=offset, attrs=attrs))
        i = j + 1
    if stack:
        raise HtmlParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _parse_attrs(text: str, j: int, tag: str, begin_byte: int) -> tuple[dict[str, str], int]:
    """Parse ``name="value"`` pairs up to the closing ``>``; returns (attrs, index of '>')."""
    attrs: dict[str, str] = {}
    n = len(text)
    while True:
        while j < n and text[j].isspace():
            j += 1
        if j >= n:
            raise HtmlParseError(f"Unclosed start tag at byte offset {begin_byte}")
        if text[j] == ">":
            return attrs, j
        start = j
        while j < n and not text[j].isspace() and text[j] not in "=>":
            j += 1
        attr = text[start:j].lower()
        if not attr:
            raise HtmlParseError(
                f'Empty attribute name in the tag "{tag}" at byte offset {begin_byte}'
            )
        while j < n and text[j].isspace():
            j += 1
        if j >= n or text[j] != "=":
            attrs[attr] = ""  # a bare attribute such as <blockquote expandable>
            continue
        j += 1
        while j < n and text[j].isspace():
            j += 1
        if j < n and text[j] in "\"'":
            quote = text[j]
            end = text.find(quote, j + 1)
            if end == -1:
                raise HtmlParseError(f"Unclosed start tag at byte offset {begin_byte}")
            attrs[attr] = _unescape(text[j + 1 : end])
            j = end + 1
        else:
            start = j
            while j < n and not text[j].isspace() and text[j] != ">":
                j += 1
            attrs[attr] = _unescape(text[start:j])


def _close_tag(
    tag: _OpenTag, stack: list[_OpenTag], offset: int, entities: list[dict[str, Any]]
) -> None:
    length = offset - tag.start
    cls = tag.attrs.get("class", "")
    if tag.name == "code" and stack and stack[-1].name == "pre" and cls.startswith("language-"):
        # <pre><code class="language-x"> becomes a single pre entity with a language.
        stack[-1].language = cls.removeprefix("language-")
        return
    if length <= 0:
        return
    entity: dict[str, Any] = {
        "type": _ENTITY_TYPES[tag.name],
        "offset": tag.start,
        "length": length,
    }
    if tag.name == "a":
        href = tag.attrs.get("href")
        if not href:
            return
        entity["url"] = href
    elif tag.name == "pre" and tag.language:
        entity["language"] = tag.language
    elif tag.name == "blockquote" and "expandable" in tag.attrs:
        entity["type"] = "expandable_blockquote"
    elif tag.name == "tg-emoji":
        entity["custom_emoji_id"] = tag.attrs.get("emoji-id", "")
    entities.append(entity)
