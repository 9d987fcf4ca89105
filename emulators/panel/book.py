"""The emulated panel's books: catalogue, orders, refills and cancels, and their rules.

Independent of HTTP: each action takes the request's fields and returns the JSON-ready
answer, or raises :class:`Reject` with the panel's words (v2) and code (btj). Balance,
btj's channel tools and digital products live in ``extras.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Literal

from emulators.panel.catalogue import (
    Channel,
    EmuOrder,
    EmuPayment,
    EmuProduct,
    EmuProductOrder,
    EmuRefill,
    EmuService,
)
from emulators.panel.extras import Extras
from emulators.panel.rules import (
    ERRORS,
    Json,
    Params,
    Reject,
    id_list,
    int_field,
    lines_field,
    lookup,
    money,
    row_id,
)

_LINKLESS = {"Subscriptions"}
_COMMENT_TYPES = {"Custom Comments", "Custom Comments Package", "Comment Replies"}
_FINAL = {"completed", "complete", "done", "partial", "canceled", "cancelled", "refunded"}


class PanelBook:
    """State and rules of one emulated panel."""

    def __init__(self, dialect: Literal["v2", "btj"], currency: str, balance: Decimal) -> None:
        self.dialect = dialect
        self.currency = currency
        self.balance = balance
        self.multi_status = True
        self.services: dict[int, EmuService] = {}
        self.orders: dict[int, EmuOrder] = {}
        self.refills: dict[int, EmuRefill] = {}
        self.products: dict[int, EmuProduct] = {}
        self.product_orders: dict[int, EmuProductOrder] = {}
        self.payments: dict[int, EmuPayment] = {}
        self.channels: dict[str, Channel] = {}
        self._next = {"order": 23501, "refill": 1, "product_order": 7001, "payment": 2574}
        self.handlers: dict[str, Callable[[Params], Json]] = {
            "services": self.list_services,
            "add": self.add,
            "status": self.status,
            "refill": self.refill,
            "refill_status": self.refill_status,
            "cancel": self.cancel,
        }
        self.extras = Extras(self)
        self.handlers.update(self.extras.handlers())

    def new_id(self, what: str) -> int:
        """The next id of a kind of record."""
        value = self._next[what]
        self._next[what] = value + 1
        return value

    # -- catalogue and orders ----------------------------------------------------------------

    def list_services(self, params: Params) -> Json:
        """``services``: v2 as seeds 002-004 (strings), btj as seed 000 (with currency)."""
        rows: list[dict[str, object]] = []
        for s in self.services.values():
            row: dict[str, object] = {
                "service": s.service_id if self.dialect == "v2" else str(s.service_id),
                "name": s.name,
                "category": s.category,
                "rate": money(s.rate),
                "min": str(s.min),
                "max": str(s.max),
            }
            if self.dialect == "btj":
                row.update(currency=self.currency, status="Pending")
            else:
                row.update(type=s.type, refill=s.refill, cancel=s.cancel, dripfeed=s.dripfeed)
                if s.description is not None:
                    row["description"] = s.description
                if s.refill_time is not None:
                    row["refill_time"] = str(s.refill_time)
            rows.append(row)
        return rows

    def add(self, params: Params) -> Json:
        """``add``: validates like a real panel, charges rate*quantity/1000."""
        service = lookup(self.services, params.get("service", ""))
        if service is None:
            raise Reject("service")
        link = params.get("link", "").strip() or None
        if link is None and service.type not in _LINKLESS:
            raise Reject("link")
        quantity = self._units(service, params)
        runs = int_field(params, "runs") if service.dripfeed else None
        total = quantity * (runs or 1)
        if service.type not in {"Package", "Subscriptions"}:
            if quantity < service.min:
                raise Reject("min")
            if quantity > service.max or total > service.max:
                raise Reject("max")
        # a Package's rate is per package, every other rate per 1000
        per = Decimal(1) if service.type == "Package" else Decimal(1000)
        charge = service.rate * total / per
        if charge > self.balance:
            raise Reject("funds")
        self.balance -= charge
        order = EmuOrder(
            self.new_id("order"),
            service.service_id,
            link,
            total,
            charge,
            dict(params),
            remains=total,
        )
        self.orders[order.order_id] = order
        if self.dialect == "btj":
            return {"status": 400, "order": str(order.order_id)}
        return {"order": order.order_id}

    def _units(self, service: EmuService, params: Params) -> int:
        if service.type in _COMMENT_TYPES:
            comments = lines_field(params, "comments")
            if not comments:
                raise Reject("request")
            return len(comments)
        if service.type == "Mentions Custom List":
            return len(lines_field(params, "usernames")) or service.min
        if service.type == "Package":
            return 1
        if service.type == "Subscriptions":
            if not params.get("username"):
                raise Reject("request")
            return int_field(params, "max", required=True) or 0
        if service.type == "Poll" and not params.get("answer_number", "").strip():
            raise Reject("answer")
        return int_field(params, "quantity", required=True, kind="min") or 0

    def status(self, params: Params) -> Json:
        """``status`` of one order, or of up to 100 with ``orders``."""
        if "orders" in params:
            if not self.multi_status:
                raise Reject("request")
            return {i: self._order_or_error(i) for i in id_list(params["orders"])}
        order = self._order(params.get("order", ""))
        return self._render_order(order)

    def _order(self, raw: str) -> EmuOrder:
        order = lookup(self.orders, raw)
        if order is None:
            raise Reject("order")
        return order

    def _order_or_error(self, raw: str) -> Json:
        try:
            return self._render_order(self._order(raw))
        except Reject as exc:
            return {"error": exc.message}

    def _render_order(self, order: EmuOrder) -> dict[str, object]:
        start = "" if order.start_count is None else str(order.start_count)
        remains = "" if order.remains is None else str(order.remains)
        if self.dialect == "btj":
            word = "Done" if order.status.lower() == "completed" else order.status
            return {
                "order": str(order.order_id),
                "link": order.link or "",
                "quantity": str(order.quantity),
                "charge": money(order.charge),
                "remains": remains,
                "startcount": start,
                "currency": self.currency,
                "status": word,
            }
        return {
            "charge": money(order.charge),
            "start_count": start or "0",
            "status": order.status,
            "remains": remains,
            "currency": self.currency,
        }

    def refill(self, params: Params) -> Json:
        """``refill`` of one order (``order``) or many (``orders``)."""
        if "orders" in params:
            rows: list[dict[str, object]] = []
            for raw in id_list(params["orders"]):
                try:
                    value: object = self._new_refill(raw)
                except Reject as exc:
                    value = {"error": exc.message}
                rows.append({"order": row_id(raw), "refill": value})
            return rows
        return {"refill": str(self._new_refill(params.get("order", "")))}

    def _new_refill(self, raw: str) -> int:
        order = self._order(raw)
        if not self.services[order.service_id].refill:
            raise Reject("no_refill")
        if order.status.lower() not in {"completed", "partial", "done"}:
            raise Reject("not_done")
        refill = EmuRefill(self.new_id("refill"), order.order_id)
        self.refills[refill.refill_id] = refill
        return refill.refill_id

    def refill_status(self, params: Params) -> Json:
        """``refill_status`` of one refill (``refill``) or many (``refills``)."""
        if "refills" in params:
            rows: list[dict[str, object]] = []
            for raw in id_list(params["refills"]):
                refill = lookup(self.refills, raw)
                status: object = (
                    refill.status if refill is not None else {"error": ERRORS["refill_id"][0]}
                )
                rows.append({"refill": row_id(raw), "status": status})
            return rows
        refill = lookup(self.refills, params.get("refill", ""))
        if refill is None:
            raise Reject("refill_id")
        return {"status": refill.status}

    def cancel(self, params: Params) -> Json:
        """``cancel`` of up to 100 orders: cancels at once and refunds the charge."""
        rows: list[dict[str, object]] = []
        for raw in id_list(params.get("orders") or params.get("order", "")):
            try:
                order = self._order(raw)
                if not self.services[order.service_id].cancel:
                    raise Reject("no_cancel")
                if order.status.lower() in _FINAL:
                    raise Reject("finished")
                self.set_order_status(order, "Canceled")
                value: object = 1
            except Reject as exc:
                value = {"error": exc.message}
            rows.append({"order": row_id(raw), "cancel": value})
        return rows

    def set_order_status(
        self,
        order: EmuOrder,
        status: str,
        *,
        start_count: int | None = None,
        remains: int | None = None,
        charge: Decimal | None = None,
    ) -> None:
        """Move an order; Canceled refunds it all, Partial refunds the remains' share."""
        order.status = status
        if start_count is not None:
            order.start_count = start_count
        if remains is not None:
            order.remains = remains
        word = status.lower().replace(" ", "")
        if word in {"completed", "done"} and remains is None:
            order.remains = 0
        refund = Decimal(0)
        if charge is not None:
            refund = order.charge - charge
        elif word in {"canceled", "cancelled", "refunded"}:
            refund = order.charge
            order.remains = order.quantity if remains is None else order.remains
        elif word == "partial" and order.remains and order.quantity:
            refund = order.charge * max(order.remains, 0) / order.quantity
        self.balance += refund
        order.charge -= refund
