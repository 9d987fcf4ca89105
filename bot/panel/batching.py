"""Multi-id calls: split into batches of at most 100 ids, or run single calls concurrently.

Panels take ``orders=1,2,3`` up to 100 ids; a panel without multi calls (seed 000) gets one
call per id, bounded by a semaphore so a poller round cannot flood it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from bot.panel.errors import (
    IncorrectOrderId,
    IncorrectRefillId,
    IncorrectRequest,
    InvalidKey,
    NotEnoughFunds,
    PanelBadResponse,
    PanelError,
    PanelRejected,
    UnsupportedAction,
    WrongOperation,
)
from bot.panel.models import ItemError

T = TypeVar("T")

MAX_BATCH = 100

#: Whole-call rejections of a multi call that mean "I do not take ``orders=``".
_BATCH_REFUSALS = (IncorrectRequest, WrongOperation, IncorrectOrderId, IncorrectRefillId)
#: Rejections of a single call that concern the panel as a whole, not the one id.
_WHOLE_CALL = (InvalidKey, UnsupportedAction, NotEnoughFunds)


def unique_ids(ids: Sequence[str]) -> list[str]:
    """Stripped ids, duplicates removed, order kept; an empty id or one with a comma is a bug."""
    result: dict[str, None] = {}
    for raw in ids:
        item = str(raw).strip()
        if not item or "," in item:
            raise ValueError(f"not a panel id: {raw!r}")
        result[item] = None
    return list(result)


def chunks(ids: Sequence[str], size: int = MAX_BATCH) -> list[list[str]]:
    """``ids`` cut into lists of at most ``size``."""
    return [list(ids[i : i + size]) for i in range(0, len(ids), size)]


def is_batch_refusal(exc: PanelError, *, shape_counts: bool) -> bool:
    """Whether a failed multi call means the panel does not take multi calls.

    ``shape_counts``: an unreadable answer also counts (safe for read-only actions only;
    a multi refill with an unreadable answer may have been applied).
    """
    if isinstance(exc, _BATCH_REFUSALS):
        return True
    return shape_counts and isinstance(exc, PanelBadResponse)


async def singly(
    ids: Sequence[str],
    one: Callable[[str], Awaitable[T]],
    limit: asyncio.Semaphore,
) -> dict[str, T | ItemError]:
    """Run ``one(id)`` for every id, at most ``limit`` at a time.

    A per-id rejection (unknown id...) becomes an :class:`ItemError`; a rejection about the
    whole panel (key, funds, unknown action) or a transport fault cancels the rest and raises.
    """
    results: dict[str, T | ItemError] = {}

    async def run(item: str) -> None:
        async with limit:
            try:
                results[item] = await one(item)
            except PanelRejected as exc:
                if isinstance(exc, _WHOLE_CALL):
                    raise
                results[item] = ItemError(message=exc.message)

    tasks = [asyncio.create_task(run(item)) for item in ids]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    return {item: results[item] for item in ids}
