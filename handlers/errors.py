"""The last line of defence: an exception in a handler is logged and the user is told."""

from __future__ import annotations

import logging

from aiogram import Router
from aiogram.types import ErrorEvent

from bot.i18n import Texts

router = Router(name="errors")
log = logging.getLogger(__name__)


@router.errors()
async def on_error(event: ErrorEvent, texts: Texts | None = None) -> bool:
    log.exception("handler failed: %s", event.exception, exc_info=event.exception)
    update = event.update
    if texts is None:
        return True
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(texts("error-generic"), show_alert=True)
        elif update.message is not None and update.message.chat.type == "private":
            await update.message.answer(texts("error-generic"))
    except Exception:  # the apology itself failed (Telegram down?): the log has it all
        log.warning("could not tell the user about the failure", exc_info=True)
    return True
