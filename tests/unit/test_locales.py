"""Every text exists in every locale, with the same placeholders, and reads right."""

from __future__ import annotations

from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.config import LOCALES
from bot.i18n import LOCALES_DIR, Translator


class _Placeholders(Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def _messages(locale: str, root: Path = LOCALES_DIR) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((root / locale).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        assert not junk, f"{path}: unparsable entry {junk[0].content[:80]!r}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                visitor = _Placeholders()
                visitor.visit(entry)
                assert entry.id.name not in found, f"{path}: {entry.id.name} defined twice"
                found[entry.id.name] = visitor.names
    return found


def test_five_locales_exist() -> None:
    assert set(LOCALES) == {"en", "ru", "fa", "tr", "uz"}
    for locale in LOCALES:
        assert list((LOCALES_DIR / locale).glob("*.ftl")), f"no .ftl files for {locale}"


def locale_problems(locale: str, root: Path = LOCALES_DIR) -> list[str]:
    """What `locale` lacks, adds or words differently (placeholders) compared with English."""
    reference = _messages("en", root)
    messages = _messages(locale, root)
    problems = [f"missing {k}" for k in sorted(set(reference) - set(messages))]
    problems += [f"extra {k}" for k in sorted(set(messages) - set(reference))]
    problems += [
        f"placeholders of {k}: {sorted(messages[k])} != {sorted(reference[k])}"
        for k in sorted(set(reference) & set(messages))
        if reference[k] != messages[k]
    ]
    return problems


@pytest.mark.parametrize("locale", [loc for loc in LOCALES if loc != "en"])
def test_locale_has_every_key_with_same_placeholders(locale: str) -> None:
    assert locale_problems(locale) == []


def test_locale_check_reports_missing_key_and_changed_placeholder(tmp_path: Path) -> None:
    for locale, text in (("en", "one = One\ntwo = Two { $n }\n"), ("ru", "two = Два { $m }\n")):
        (tmp_path / locale).mkdir()
        (tmp_path / locale / "main.ftl").write_text(text, encoding="utf-8")
    assert locale_problems("ru", tmp_path) == [
        "missing one",
        "placeholders of two: ['m'] != ['n']",
    ]


def test_persian_has_no_isolation_marks_around_placeholders() -> None:
    translator = Translator()
    text = translator.text("fa", "fallback-too-long", length=5000, limit=4096)
    assert not any(mark in text for mark in "\u2066\u2067\u2068\u2069"), repr(text)
    assert "5,000" in text or "5000" in text


def test_string_arguments_are_escaped() -> None:
    text = Translator().text("en", "start-greeting", name="<script>&")
    assert "&lt;script&gt;&amp;" in text
    assert "<script>" not in text


def test_locale_pick_order() -> None:
    translator = Translator("en")
    assert translator.pick("tr", "ru") == "tr"
    assert translator.pick(None, "ru") == "ru"
    assert translator.pick(None, "pt-BR") == "en"
    assert translator.pick(None, "uz-Latn") == "uz"
    assert translator.pick(None, None) == "en"
    assert Translator("fa").pick("xx", "de") == "fa"
