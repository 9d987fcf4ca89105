"""Faults the panel emulator can be told to produce, and its record of requests."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Literal

from emulators.panel.rules import ERRORS

TRANSPORT_FAULTS = frozenset({"http500", "html", "hang", "drop"})
#: how a btj code arrives: {"error": 401}, {"status": "error", "error": 401},
#: {"status": 401}, or as the HTTP status itself
BtjForm = Literal["error", "status_error", "status", "http"]

HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
    "<body><h1>Bad Gateway</h1><p>The panel is down for maintenance.</p></body></html>"
)


@dataclass(frozen=True)
class RecordedRequest:
    """One request the emulator received (``params`` without ``key`` and ``action``)."""

    action: str | None
    params: dict[str, str]
    method: str
    key: str | None


@dataclass
class Fault:
    """A failure queued for an action by :meth:`PanelEmulator.fail_next`."""

    kind: str | int
    remaining: int
    form: BtjForm | None = None
    apply: bool = False


@dataclass
class FaultQueue:
    """Faults queued per action ("*" = any), taken one call at a time."""

    by_action: dict[str, deque[Fault]] = field(default_factory=dict)

    def take(self, action: str) -> Fault | None:
        """The fault for this call of ``action`` (or of any action), if one is queued."""
        for name in (action, "*"):
            queue = self.by_action.get(name)
            if queue:
                fault = queue[0]
                fault.remaining -= 1
                if fault.remaining <= 0:
                    queue.popleft()
                return fault
        return None


def fault_error(kind: str | int) -> tuple[str, int | None]:
    """The error text and btj code of a queued error ``kind``."""
    if isinstance(kind, int):
        text = next((t for t, c in ERRORS.values() if c == kind), f"error {kind}")
        return text, kind
    code = next((c for t, c in ERRORS.values() if t.lower() == kind.lower()), None)
    return kind, code
