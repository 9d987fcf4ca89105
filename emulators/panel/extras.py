"""The emulated panel's money desk, btj channel tools and digital-product shop."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from emulators.panel.catalogue import Channel, EmuPayment, EmuProductOrder
from emulators.panel.rules import Json, Params, Reject, id_list, int_field, lookup, money

if TYPE_CHECKING:
    from emulators.panel.book import PanelBook


class Extras:
    """Actions beyond orders, working on the same :class:`PanelBook`."""

    def __init__(self, book: PanelBook) -> None:
        self.book = book

    def handlers(self) -> dict[str, Callable[[Params], Json]]:
        """Action name -> handler, for the actions of this desk."""
        return {
            "balance": self.show_balance,
            "addfunds": self.addfunds,
            "screen": self.screen,
            "search": self.search,
            "info": self.info,
            "products": self.list_products,
            "add_product_order": self.add_product_order,
            "product_order_status": self.product_order_status,
        }

    # -- money -------------------------------------------------------------------------------

    def show_balance(self, params: Params) -> Json:
        """``balance``: v2 as a string (seed 002), btj as a JSON number (seed 000)."""
        if self.book.dialect == "btj":
            amount: object = (
                int(self.book.balance)
                if self.book.balance == int(self.book.balance)
                else money(self.book.balance)
            )
            return {"status": "success", "balance": amount, "currency": self.book.currency}
        return {"balance": money(self.book.balance), "currency": self.book.currency}

    def addfunds(self, params: Params) -> Json:
        """``addfunds``: a payment link and code; :meth:`pay` credits it."""
        try:
            amount = Decimal(params.get("amount", "").strip())
        except InvalidOperation:
            raise Reject("request") from None
        if not amount.is_finite() or amount <= 0:
            raise Reject("request")
        payment = EmuPayment(self.book.new_id("payment"), amount)
        self.book.payments[payment.code] = payment
        return {
            "status": "success",
            "amount": money(amount),
            "code": payment.code,
            "link": f"http://panel.test/api/payment.php?code={payment.code}",
            "currency": self.book.currency,
        }

    def pay(self, code: int) -> None:
        """The customer paid the link ``code``: credit the balance once."""
        payment = self.book.payments[code]
        if not payment.paid:
            payment.paid = True
            self.book.balance += payment.amount

    # -- btj channel tools -------------------------------------------------------------------

    def _channel(self, params: Params) -> tuple[str, Channel]:
        link = params.get("link", "").strip()
        if not link:
            raise Reject("link")
        if not (link.startswith("@") or "t.me/" in link):
            raise Reject("eligible")
        return link, self.book.channels.setdefault(link, Channel())

    def screen(self, params: Params) -> Json:
        """``screen``: URL of a channel preview picture."""
        link, _ = self._channel(params)
        number = zlib.crc32(link.encode()) % 1_000_000
        return {
            "status": "success",
            "link": f"http://panel.test/api/screen/{number}.png",
            "id": link,
        }

    def search(self, params: Params) -> Json:
        """``search``: how many members can be added."""
        link, channel = self._channel(params)
        return {"status": "success", "add": channel.add, "id": link}

    def info(self, params: Params) -> Json:
        """``info``: subscriber count."""
        link, channel = self._channel(params)
        return {"status": "success", "id": link, "subscribers": str(channel.subscribers)}

    # -- products ----------------------------------------------------------------------------

    def list_products(self, params: Params) -> Json:
        """``products`` as seed 004."""
        rows: list[dict[str, object]] = []
        for p in self.book.products.values():
            row: dict[str, object] = {
                "product": p.product_id,
                "name": p.name,
                "rate": money(p.rate),
                "min": p.min,
                "max": p.max,
                "category": p.category,
                "type": p.type,
            }
            if p.require is not None:
                row["require"] = p.require
            in_stock = p.inventory is None or p.inventory > 0
            row["status"] = "In stock" if in_stock else "Out of stock"
            if p.inventory is not None:
                row["inventory"] = p.inventory
            rows.append(row)
        return rows

    def add_product_order(self, params: Params) -> Json:
        """``add_product_order``: checks product, quantity, stock and funds."""
        product = lookup(self.book.products, params.get("product", ""))
        if product is None:
            raise Reject("product")
        quantity = int_field(params, "quantity", required=True, kind="min") or 0
        if quantity < product.min:
            raise Reject("min")
        if quantity > product.max:
            raise Reject("max")
        require = params.get("require", "").strip() or None
        if product.require and require is None:
            raise Reject("request")
        if product.inventory is not None and quantity > product.inventory:
            raise Reject("stock")
        charge = product.rate * quantity
        if charge > self.book.balance:
            raise Reject("funds")
        self.book.balance -= charge
        if product.inventory is not None:
            product.inventory -= quantity
        order = EmuProductOrder(
            self.book.new_id("product_order"), product.product_id, quantity, charge, require
        )
        self.book.product_orders[order.order_id] = order
        return {"order": order.order_id}

    def product_order_status(self, params: Params) -> Json:
        """``product_order_status`` of one (``order``) or many (``orders``)."""
        if "orders" in params:
            if not self.book.multi_status:
                raise Reject("request")
            return {i: self._product_or_error(i) for i in id_list(params["orders"])}
        return self._render_product(self._product_order(params.get("order", "")))

    def _product_order(self, raw: str) -> EmuProductOrder:
        order = lookup(self.book.product_orders, raw)
        if order is None:
            raise Reject("order")
        return order

    def _product_or_error(self, raw: str) -> Json:
        try:
            return self._render_product(self._product_order(raw))
        except Reject as exc:
            return {"error": exc.message}

    def _render_product(self, order: EmuProductOrder) -> dict[str, object]:
        row: dict[str, object] = {"charge": money(order.charge), "status": order.status}
        if order.result is not None:
            row["result"] = order.result
        if order.note is not None:
            row["note"] = order.note
        return row
