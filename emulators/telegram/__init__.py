"""Telegram Bot API emulator: an aiohttp server an unmodified aiogram bot can talk to.

Usage::

    async with TelegramEmulator() as emu:
        bot = emu.create_bot()
        ann = emu.user(first_name="Ann")
        await ann.send("/start")
        reply = await ann.next_message()
"""

from ._html import HtmlParseError, parse_html
from .fakes import FakeGroup, FakeUser
from .models import ApiCall, ApiError, BotMessage, PaymentResult, Upload
from .server import TelegramEmulator

__all__ = [
    "ApiCall",
    "ApiError",
    "BotMessage",
    "FakeGroup",
    "FakeUser",
    "HtmlParseError",
    "PaymentResult",
    "TelegramEmulator",
    "Upload",
    "parse_html",
]
