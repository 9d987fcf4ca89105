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
