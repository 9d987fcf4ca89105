"""Texts built from domain records, shared by handlers and background pushes."""

from __future__ import annotations

import json
from decimal import Decimal

from bot.db.catalog import Service
from bot.db.ledger import EntryKind, LedgerEntry
from bot.db.orders import Order
from bot.i18n import Texts
from bot.money import charge_minor, format_amount


def status_key(order: Order) -> str:
    """The locale key of the status a customer reads."""
    return f"status-{order.status}" if order.status else f"status-{order.placement.value}"


def service_card(service: Service, price_per_1000: Decimal, currency: str, texts: Texts) -> str:
    if service.can_refill and service.refill_days:
        refill = texts("service-refill-days", days=service.refill_days)
    else:
        refill = texts("service-yes" if service.can_refill else "service-no")
    text = texts(
        "service-card",
        name=service.name,
        price=format_amount(charge_minor(price_per_1000), currency),
        min=service.min_quantity,
        max=service.max_quantity,
        refill=refill,
        cancel=texts("service-yes" if service.can_cancel else "service-no"),
    )
    if service.description:
        text += "\n\n" + texts("service-card-description", description=service.description[:1500])
    return text


def order_card(order: Order, currency: str, texts: Texts) -> str:
    lines = [
        texts(
            "order-card",
            id=str(order.id),
            service=order.service_name,
            status=texts(status_key(order)),
            charge=format_amount(order.charge, currency),
        )
    ]
    if order.link:
        lines.append(texts("order-card-link", link=order.link))
    if order.quantity is not None:
        lines.append(texts("order-card-quantity", quantity=order.quantity))
    if order.start_count is not None:
        lines.append(texts("order-card-start", start=order.start_count))
    if order.remains is not None:
        lines.append(texts("order-card-remains", remains=order.remains))
    if order.refunded:
        lines.append(texts("order-card-refunded", refunded=format_amount(order.refunded, currency)))
    lines.append(texts("order-card-created", created=order.created_at[:16]))
    return "\n".join(lines)


def ledger_line(entry: LedgerEntry, currency: str, texts: Texts) -> str:
    order = str(entry.order_id or "")
    what = {
        EntryKind.TOPUP: texts("ledger-topup"),
        EntryKind.ORDER: texts("ledger-order", order=order),
        EntryKind.REFUND: texts("ledger-refund", order=order),
        EntryKind.ADJUSTMENT: texts("ledger-adjustment"),
    }[entry.kind]
    sign = "+" if entry.amount > 0 else ""
    return texts(
        "ledger-line",
        date=entry.created_at[:10],
        what=what,
        amount=sign + format_amount(entry.amount, currency),
    )


def order_fields(order: Order) -> str:
    """The fields sent to the panel, compact, for the admin's eyes."""
    return json.dumps(order.fields, ensure_ascii=False)[:800]
