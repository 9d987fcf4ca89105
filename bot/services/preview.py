"""A Telegram channel's preview (picture and subscriber count), where the panel offers it."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from bot.panel import PanelClient, PanelError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChannelPreview:
    picture: str | None
    subscribers: int | None


async def channel_preview(panel: PanelClient, link: str) -> ChannelPreview | None:
    """Ask the panel's `info` and `screen` together; None when it has neither or both fail.
    A preview is a courtesy: its failure never stops an order."""
    caps = panel.capabilities
    if not (caps.info or caps.screen):
        return None

    async def subscribers() -> int | None:
        return await panel.info(link) if caps.info else None

    async def picture() -> str | None:
        return await panel.screen(link) if caps.screen else None

    got = await asyncio.gather(subscribers(), picture(), return_exceptions=True)
    for failure in (g for g in got if isinstance(g, BaseException)):
        if not isinstance(failure, PanelError):
            raise failure
        log.info("channel preview unavailable: %s", failure)
    count = got[0] if isinstance(got[0], int) else None
    url = got[1] if isinstance(got[1], str) else None
    return None if count is None and url is None else ChannelPreview(url, count)
