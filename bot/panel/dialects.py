"""The two API dialects: how each panel family says "error" and which actions it has.

A dialect does not send anything; it is a small adapter the client consults:
which optional actions exist, how an error arrives in an answer, and whether an error means
"this panel does not know the action". Request fields are the same in both families.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from bot.panel.errors import (
    BTJ_CODES,
    PanelRejected,
    UnsupportedAction,
    WrongOperation,
    rejection_from_code,
    rejection_from_message,
)
from bot.panel.models import Capabilities

DialectName = Literal["v2", "btj"]


def _code(value: object) -> int | None:
    """An error code sent as ``401`` or ``"401"``; other values are not codes."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


class Dialect:
    """The "Perfect Panel" v2 family (seeds 001-004): errors as ``{"error": "text"}``."""

    name: ClassVar[DialectName] = "v2"
    #: actions the family documents; anything else is optional and learned at run time
    documented: ClassVar[frozenset[str]] = frozenset(
        {
            "services", "add", "status", "refill", "refill_status", "cancel", "balance",
            "products", "add_product_order", "product_order_status",
        }
    )  # fmt: skip

    def capabilities(self) -> Capabilities:
        """What a panel of this family is assumed to have until it says otherwise."""
        return Capabilities()

    def rejection(self, body: object, http_status: int, action: str) -> PanelRejected | None:
        """The error an answer carries, or ``None`` when it is a success."""
        if isinstance(body, dict):
            found = self._from_object(body, action)
            if found is not None:
                return found
        return None

    def _from_object(self, body: dict[str, object], action: str) -> PanelRejected | None:
        error = body.get("error")
        if error not in (None, "", False, 0):
            code = _code(error)
            if code is not None:
                return rejection_from_code(code, action=action)
            return rejection_from_message(str(error), action=action)
        status = body.get("status")
        message = body.get("message", body.get("msg"))
        # {"status": "error", "message": ...}; a bare {"status": "Error"} is a refill status
        is_error = isinstance(status, str) and status.strip().lower() in {"error", "fail", "failed"}
        if is_error and message not in (None, ""):
            return rejection_from_message(str(message), action=action)
        return None

    def means_unsupported(self, exc: PanelRejected, action: str) -> bool:
        """Whether ``exc`` says the panel does not know ``action`` at all."""
        return isinstance(exc, UnsupportedAction)


class BtjDialect(Dialect):
    """btj-system (seed 000): numeric codes 401-501 (400 = success), as the HTTP status,
    ``{"error": 401}``, ``{"status": "error", "error": 401}`` or ``{"status": 401}``."""

    name: ClassVar[DialectName] = "btj"
    documented: ClassVar[frozenset[str]] = frozenset(
        {"services", "add", "status", "screen", "search", "info", "balance", "addfunds"}
    )

    def capabilities(self) -> Capabilities:
        """btj has no refill, cancel, products or multi-status, but screen/info/search/addfunds."""
        return Capabilities(
            refill=False,
            cancel=False,
            products=False,
            addfunds=True,
            screen=True,
            info=True,
            search=True,
            multi_status=False,
            multi_refill=False,
        )

    def rejection(self, body: object, http_status: int, action: str) -> PanelRejected | None:
        """Codes in the body win over the HTTP status; 400 anywhere means success."""
        code = _code(body)
        if code is not None and code > 400:
            return rejection_from_code(code, action=action)
        if isinstance(body, dict):
            found = self._from_object(body, action)
            if found is not None:
                return found
            status_code = _code(body.get("status"))
            if status_code is not None and status_code > 400:
                return rejection_from_code(status_code, action=action)
        if http_status in BTJ_CODES:
            return rejection_from_code(http_status, action=action)
        return None

    def means_unsupported(self, exc: PanelRejected, action: str) -> bool:
        """404 means "wrong operation or parameter": only an unsupported action when btj
        does not document the action (for a documented one it is a bad parameter)."""
        if isinstance(exc, UnsupportedAction):
            return True
        return isinstance(exc, WrongOperation) and action not in self.documented


def dialect_for(name: str) -> Dialect:
    """The adapter for ``name`` ("v2" or "btj")."""
    if name == "v2":
        return Dialect()
    if name == "btj":
        return BtjDialect()
    raise ValueError(f"unknown panel dialect {name!r}; expected 'v2' or 'btj'")
