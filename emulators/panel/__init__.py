"""A local SMM panel for tests and demos, speaking the v2 or the btj dialect of the seeds.

Usage::

    async with PanelEmulator(dialect="btj") as emu:
        ...  # point a PanelClient at emu.url with key emu.key
"""

from emulators.panel.book import PanelBook
from emulators.panel.catalogue import (
    Channel,
    EmuOrder,
    EmuPayment,
    EmuProduct,
    EmuProductOrder,
    EmuRefill,
    EmuService,
)
from emulators.panel.faults import Fault, RecordedRequest
from emulators.panel.rules import ERRORS, Reject
from emulators.panel.server import PanelEmulator

__all__ = [
    "ERRORS",
    "Channel",
    "EmuOrder",
    "EmuPayment",
    "EmuProduct",
    "EmuProductOrder",
    "EmuRefill",
    "EmuService",
    "Fault",
    "PanelBook",
    "PanelEmulator",
    "RecordedRequest",
    "Reject",
]
