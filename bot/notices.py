"""What the admin group is told: new, failed and unknown orders, in the shop's language."""

from __future__ import annotations

from bot.db.orders import Order
from bot.db.users import User
from bot.i18n import Translator
from bot.money import format_amount
from bot.panel import PanelError, PanelRejected
from bot.sender import Sender
from keyboards.orders import settle_keyboard


def user_label(user: User | None, user_id: int) -> str:
    if user is None:
        return str(user_id)
    handle = f" @{user.username}" if user.username else ""
    return f"{user.first_name}{handle} ({user.id})"


class AdminNotices:
    def __init__(
        self, sender: Sender, translator: Translator, chat_id: int, locale: str, currency: str
    ) -> None:
        self._sender = sender
        self.texts = translator.texts(locale)
        self.chat_id = chat_id
        self.currency = currency

    def _money(self, minor: int) -> str:
        return format_amount(minor, self.currency)

    async def new_order(self, order: Order, user: User | None) -> None:
        await self._sender.send(
            self.chat_id,
            self.texts(
                "admin-new-order",
                id=str(order.id),
                user=user_label(user, order.user_id),
                service=order.service_name,
                charge=self._money(order.charge),
            ),
        )

    async def order_failed(self, order: Order, user: User | None, error: PanelError | None) -> None:
        """Told only when the cause is the store's (the key, the panel's balance...)."""
        if not (isinstance(error, PanelRejected) and error.store_fault):
            return
        await self._sender.send(
            self.chat_id,
            self.texts(
                "admin-order-failed",
                id=str(order.id),
                user=user_label(user, order.user_id),
                error=str(error),
                charge=self._money(order.charge),
            ),
        )

    async def order_unknown(self, order: Order, user: User | None) -> None:
        await self._sender.send(
            self.chat_id,
            self.texts(
                "admin-order-unknown",
                id=str(order.id),
                user=user_label(user, order.user_id),
                service=order.service_name,
                charge=self._money(order.charge),
                error=order.error or "?",
            ),
            reply_markup=settle_keyboard(order.id, self.texts),
        )

    async def unknown_backlog(self, orders: list[tuple[Order, User | None]]) -> None:
        """At start: every order still waiting to be settled, each with its buttons."""
        if not orders:
            return
        await self._sender.send(
            self.chat_id, self.texts("admin-unknown-restart", count=len(orders))
        )
        for order, user in orders:
            await self.order_unknown(order, user)
