"""aiogram routers, one module per feature; `get_routers()` gives them in dispatch order."""

from __future__ import annotations

from aiogram import Router

from handlers import (
    admin,
    catalog,
    common,
    errors,
    language,
    order_form,
    orders,
    start,
    wallet,
)


def get_routers() -> list[Router]:
    # /cancel first so it wins over any dialog step; the admin group's router before the
    # customer's (both know /order); the fallback last so it only gets leftovers.
    return [
        errors.router,
        admin.router,
        common.cancel_router,
        start.router,
        language.router,
        catalog.router,
        order_form.router,
        orders.router,
        wallet.router,
        common.fallback_router,
    ]


def detach_routers(parent: Router) -> None:
    """Free the module-level routers from a stopped dispatcher.

    aiogram attaches a router to one parent for life; a second dispatcher in the same process
    (a restart in tests, the terminal try-out) needs them back.
    """
    for router in parent.sub_routers:
        router._parent_router = None
    parent.sub_routers.clear()
