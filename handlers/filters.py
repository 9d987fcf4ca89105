"""Filters shared by routers."""

from __future__ import annotations

from aiogram.filters import Filter
from aiogram.types import CallbackQuery, Message

from bot.config import Settings


class AdminChat(Filter):
    """Passes only in the admin group, and only for people (or the group posting as itself):
    a channel's post forwarded into the group is not an admin's command."""

    async def __call__(self, event: Message | CallbackQuery, settings: Settings) -> bool:
        message = event.message if isinstance(event, CallbackQuery) else event
        if not isinstance(message, Message) or message.chat.id != settings.admin_chat_id:
            return False
        if isinstance(event, Message) and event.sender_chat is not None:
            return event.sender_chat.id == settings.admin_chat_id
        return True
