"""aiogram routers, one module per feature; `get_routers()` gives them in dispatch order."""

from __future__ import annotations

from aiogram import Router

from handlers import common, errors, language, start


def get_routers() -> list[Router]:
    # /cancel first so it wins over any dialog step; the fallback last so it only gets leftovers.
    return [
        errors.router,
        common.cancel_router,
        start.router,
        language.router,
        common.fallback_router,
    ]
