"""Texts in five languages from Fluent files in `locales/<lang>/*.ftl`.

Fluent was chosen over gettext because its files need no compile step (CI and shop owners edit
them as they are), it handles plurals per language, and with `use_isolating=False` it puts no
Unicode isolation marks around placeholders, which Telegram would show as stray characters in
Persian. We use fluent.runtime directly rather than through a middleware library because the
poller and the admin notices need texts outside any handler's context.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource

from bot.config import LOCALES

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
RTL_LOCALES = frozenset({"fa"})
LANGUAGE_NAMES: Mapping[str, str] = {
    "en": "English",
    "ru": "Русский",
    "fa": "فارسی",
    "tr": "Türkçe",
    "uz": "Oʻzbekcha",
}

Arg = str | int


class Translator:
    """Every locale's bundle, loaded once at start."""

    def __init__(self, default_locale: str = "en", root: Path = LOCALES_DIR) -> None:
        self.default_locale = default_locale
        self._bundles: dict[str, FluentBundle] = {}
        for locale in LOCALES:
            bundle = FluentBundle([locale], use_isolating=False)
            for path in sorted((root / locale).glob("*.ftl")):
                bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
            self._bundles[locale] = bundle

    @property
    def locales(self) -> tuple[str, ...]:
        return tuple(self._bundles)

    def pick(self, chosen: str | None, telegram_code: str | None) -> str:
        """The user's own choice, else their Telegram language when translated, else default."""
        if chosen in self._bundles:
            return chosen
        base = (telegram_code or "").split("-")[0].lower()
        return base if base in self._bundles else self.default_locale

    def text(self, locale: str, key: str, /, **args: Arg) -> str:
        """The message `key` in `locale`; string arguments are HTML-escaped, since every text
        is sent with parse_mode HTML and may carry what a customer typed."""
        bundle = self._bundles.get(locale) or self._bundles[self.default_locale]
        if not bundle.has_message(key):
            bundle = self._bundles[self.default_locale]
        message = bundle.get_message(key)
        if message.value is None:  # pragma: no cover - guarded by the locale tests
            raise KeyError(key)
        safe = {
            name: html.escape(v, quote=False) if isinstance(v, str) else v
            for name, v in args.items()
        }
        text, errors = bundle.format_pattern(message.value, safe)
        if errors:
            raise ValueError(f"{locale}/{key}: {errors[0]}")
        return str(text)

    def texts(self, locale: str) -> Texts:
        return Texts(self, locale if locale in self._bundles else self.default_locale)

    def every_locale(self, key: str) -> set[str]:
        """The text of `key` in every locale (to recognise a localized button press)."""
        return {self.text(locale, key) for locale in self._bundles}


@dataclass(frozen=True)
class Texts:
    """The translator bound to one user's locale: `texts("key", name=...)`."""

    translator: Translator
    locale: str

    def __call__(self, key: str, /, **args: Arg) -> str:
        return self.translator.text(self.locale, key, **args)
