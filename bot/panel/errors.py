"""Typed errors of the panel client.

Three families, because the caller must act differently on each:

* :class:`PanelRejected` - the panel answered with an error, so the request was definitely
  NOT applied (a debit can be refunded at once). One subclass per error of the seeds.
* :class:`PanelUnavailable` - the request never reached the panel (refused, DNS, connect
  timeout): also definitely not applied.
* :class:`PanelOutcomeUnknown` - the request may have been applied (timeout after sending,
  connection dropped, HTTP 5xx, an answer that cannot be read). Never resend an ``add``.

Error texts are matched case-insensitively on normalised words, so "Not enough funds on
balance", "not enough funds" and "NOT_ENOUGH_FUNDS" all become :class:`NotEnoughFunds`.
"""

from __future__ import annotations

import re
from typing import ClassVar


class PanelError(Exception):
    """Base of every error raised by the panel client."""

    def __init__(self, message: str, *, action: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.action = action

    def __str__(self) -> str:
        return f"{self.action}: {self.message}" if self.action else self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, action={self.action!r})"


class PanelUnavailable(PanelError):
    """The request did not reach the panel (refused, DNS failure, connect timeout)."""


class PanelOutcomeUnknown(PanelError):
    """The request may or may not have been applied; it must not be resent blindly."""


class PanelBadResponse(PanelOutcomeUnknown):
    """The panel answered JSON of a shape we cannot read (e.g. ``add`` without an order id)."""


class PanelRejected(PanelError):
    """The panel answered with an error: the request was definitely not applied.

    ``store_fault`` tells whether the cause lies with the store (key, panel balance, catalogue)
    rather than with what the customer typed; such errors go to the admin group too.
    """

    store_fault: ClassVar[bool] = False
    #: btj numeric code of this error, when the panel sent one
    code: int | None

    def __init__(
        self,
        message: str,
        *,
        action: str | None = None,
        code: int | None = None,
    ) -> None:
        super().__init__(message, action=action)
        self.code = code

    @property
    def panel_message(self) -> str:
        """The panel's own words for the error (the key is never part of it)."""
        return self.message


class InvalidKey(PanelRejected):
    """API key is invalid or the user is blocked (btj 403)."""

    store_fault = True


class IncorrectRequest(PanelRejected):
    """Invalid request format or missing action."""

    store_fault = True


class WrongOperation(PanelRejected):
    """btj 404: wrong operation or parameter."""

    store_fault = True


class UnsupportedAction(WrongOperation):
    """The panel does not know this action (or the client has learned it does not)."""


class IncorrectService(PanelRejected):
    """Service not found or not active. The store's catalogue is stale: a store fault."""

    store_fault = True


class InvalidServiceNumber(IncorrectService):
    """btj 402: invalid service number."""


class UnknownProduct(PanelRejected):
    """btj 405 / v2 products: the product does not exist."""

    store_fault = True


class BadLink(PanelRejected):
    """Link parameter is missing, empty or not accepted."""


class QuantityBelowMinimum(PanelRejected):
    """Requested quantity is below the service minimum."""


class QuantityAboveMaximum(PanelRejected):
    """Requested quantity exceeds the service maximum."""


class NotEnoughFunds(PanelRejected):
    """The store's balance on the panel is too low to place the order."""

    store_fault = True


class InsufficientInventory(NotEnoughFunds):
    """btj 401. Persian "mojudi" means both balance and stock; btj uses it for the balance."""


class IncorrectOrderId(PanelRejected):
    """Order not found or does not belong to this user."""


class IncorrectRefillId(PanelRejected):
    """Refill not found (seeds 002-004 per-id errors, also sent for a single refill)."""


class AnswerNumberRequired(PanelRejected):
    """A Poll service needs ``answer_number``."""


class EligibleId(PanelRejected):
    """btj 501 "Eligible ID": the channel/group id is not accepted."""


class OutOfStock(PanelRejected):
    """A digital product has too few items in stock."""


class UnknownPanelError(PanelRejected):
    """Any error text or code the seeds do not list; the panel's words are kept."""

    store_fault = True  # nobody knows whose fault it is: let the admin look


#: btj's numeric codes (seed 000's table); 400 means success and is absent on purpose.
BTJ_CODES: dict[int, tuple[type[PanelRejected], str]] = {
    401: (InsufficientInventory, "Insufficient inventory"),
    402: (InvalidServiceNumber, "Invalid service number"),
    403: (InvalidKey, "Invalid key"),
    404: (WrongOperation, "Wrong operation or parameter"),
    405: (UnknownProduct, "Unknown product"),
    501: (EligibleId, "Eligible ID"),
}
BTJ_SUCCESS = 400

# Ordered: the first matching pattern wins, so specific phrases come before general ones.
_PATTERNS: tuple[tuple[type[PanelRejected], str], ...] = (
    (InvalidKey, r"\b(invalid|incorrect|wrong|bad) (api )?(key|token)\b|\bapi key\b|blocked"),
    (UnsupportedAction, r"\b(unknown|invalid|unsupported|incorrect|wrong|bad) (action|method)\b"),
    (UnsupportedAction, r"\baction\b.*\bnot (supported|found|exists?|allowed|available)\b"),
    (UnsupportedAction, r"\bnot supported\b|\bnot implemented\b"),
    (WrongOperation, r"\bwrong (operation|parameter)"),
    (AnswerNumberRequired, r"\banswer ?number\b"),
    (InsufficientInventory, r"\binsufficient inventory\b"),
    (NotEnoughFunds, r"\b(not enough|insufficient|low) (funds?|balance|money)\b"),
    (NotEnoughFunds, r"\bbalance is (too low|not enough|insufficient)\b"),
    (QuantityBelowMinimum, r"\b(less than|below|under|lower than) (the )?min"),
    (QuantityBelowMinimum, r"\bmin(imum)? (quantity|amount|order)\b|\bquantity is too (low|small)"),
    (QuantityAboveMaximum, r"\b(more than|above|over|greater than|exceeds?) (the )?max"),
    (QuantityAboveMaximum, r"\bmax(imum)? (quantity|amount|order)\b|\bquantity is too (high|big)"),
    (BadLink, r"\b(bad|invalid|incorrect|wrong|empty|missing) (link|url)\b"),
    (BadLink, r"\b(link|url) (is )?(missing|empty|required|invalid|incorrect)\b"),
    (IncorrectRefillId, r"\brefill\b.*\b(not found|id)\b|\b(incorrect|invalid|unknown) refill"),
    (IncorrectOrderId, r"\border\b.*\b(not found|id)\b|\b(incorrect|invalid|unknown) order\b"),
    (UnknownProduct, r"\bproduct\b.*\b(not found|id)\b|\b(incorrect|invalid|unknown) product\b"),
    (OutOfStock, r"\bout of stock\b|\b(not enough|insufficient) (stock|items)\b"),
    (InvalidServiceNumber, r"\binvalid service number\b"),
    (IncorrectService, r"\bservice\b.*\b(not found|id|not active|inactive|disabled)\b"),
    (IncorrectService, r"\b(incorrect|invalid|unknown|wrong) service\b"),
    (EligibleId, r"\b(in)?eligible (id|link|channel)\b"),
    (IncorrectRequest, r"\b(incorrect|invalid|bad|malformed) request\b|\bmissing action\b"),
)
_COMPILED = tuple((cls, re.compile(pattern)) for cls, pattern in _PATTERNS)


def normalise_words(text: str) -> str:
    """Lower-case ``text`` and reduce every run of non-alphanumerics to one space."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def rejection_from_code(code: int, *, action: str | None = None) -> PanelRejected | None:
    """Map a btj numeric code onto its error; ``None`` for 400 (btj's "successful")."""
    if code == BTJ_SUCCESS:
        return None
    cls, text = BTJ_CODES.get(code, (UnknownPanelError, "unknown error code"))
    message = f"{text} ({code})"
    return cls(message, action=action, code=code)


def rejection_from_message(text: str, *, action: str | None = None) -> PanelRejected:
    """Map a panel's error text (or a numeric code sent as text) onto its error class."""
    stripped = text.strip()
    if stripped.isdigit():
        found = rejection_from_code(int(stripped), action=action)
        if found is not None:
            return found
    words = normalise_words(stripped)
    for cls, pattern in _COMPILED:
        if pattern.search(words):
            return cls(stripped, action=action)
    return UnknownPanelError(stripped or "unknown error", action=action)
