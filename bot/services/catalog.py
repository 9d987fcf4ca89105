"""The catalogue: synced from the panel, priced for the store."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from bot.clock import Clock, to_db
from bot.db.catalog import CatalogRepository, Service, SyncedService, SyncReport
from bot.panel import PanelClient, PanelService
from bot.services.order_form import is_known_type

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Pricing:
    """Panel rate x currency rate x (1 + markup); markup per service, else per category, else
    the shop's default."""

    currency_rate: Decimal
    default_markup: Decimal
    currency: str

    def markup(self, service: Service) -> Decimal:
        return self.default_markup if service.markup_percent is None else service.markup_percent

    def price_per_1000(self, service: Service) -> Decimal:
        """Exact price of 1000 units in the store currency (rounded only when charged)."""
        return service.rate * self.currency_rate * (1 + self.markup(service) / 100)


class CatalogService:
    def __init__(self, repository: CatalogRepository, panel: PanelClient, clock: Clock) -> None:
        self._repository = repository
        self._panel = panel
        self._clock = clock

    async def sync(self) -> SyncReport:
        """Fetch the panel's services and bring the store's catalogue in line with them.
        Raises the panel's error when the catalogue cannot be fetched; nothing changes then."""
        listed = await self._panel.services()
        for service_type in sorted({item.type for item in listed if not is_known_type(item.type)}):
            # Such services still sell, asking link and quantity; the owner may want a look.
            log.warning(
                "panel service type %r is not known; its form asks link and quantity", service_type
            )
        report = await self._repository.replace_catalogue(
            [_synced(item) for item in _unique(listed)], to_db(self._clock.now())
        )
        log.info(
            "catalogue synced: %d services, %d new, %d changed, %d hidden",
            report.total,
            report.added,
            report.updated,
            report.hidden,
        )
        return report


def _unique(services: list[PanelService]) -> list[PanelService]:
    # A panel listing one id twice would break the upsert; the last word wins.
    return list({item.service_id: item for item in services}.values())


def _synced(item: PanelService) -> SyncedService:
    return SyncedService(
        panel_service_id=item.service_id,
        category=item.category.strip() or "—",
        name=item.name.strip() or f"#{item.service_id}",
        type=item.type or "Default",
        rate=item.rate,
        min_quantity=max(item.min, 1),
        max_quantity=max(item.max, item.min, 1),
        can_refill=item.refill,
        can_cancel=item.cancel,
        dripfeed=item.dripfeed,
        description=item.description,
        refill_days=item.refill_days,
    )
