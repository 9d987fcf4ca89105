from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from bot.db.catalog import Service
from bot.services import order_form
from bot.services.order_form import Invalid, check, fields_for, quote

TODAY = date(2026, 6, 1)


def service(type_: str = "Default", **kw: Any) -> Service:
    values: dict[str, Any] = {
        "id": 1,
        "panel_service_id": "9",
        "category_id": 1,
        "category": "Instagram",
        "name": "Likes",
        "type": type_,
        "rate": Decimal("2"),
        "min_quantity": 10,
        "max_quantity": 1000,
        "can_refill": False,
        "can_cancel": False,
        "dripfeed": False,
        "description": None,
        "refill_days": None,
        "markup_percent": None,
        "is_listed": True,
        "is_enabled": True,
    }
    values.update(kw)
    return Service(**values)


def test_unknown_type_asks_link_and_quantity() -> None:
    assert [f.name for f in fields_for(service("Mystery"))] == ["link", "quantity"]
    assert not order_form.is_known_type("Mystery")


def test_dripfeed_adds_optional_runs_and_interval() -> None:
    fields = fields_for(service(dripfeed=True))
    assert [f.name for f in fields] == ["link", "quantity", "runs", "interval"]
    assert [f.optional for f in fields] == [False, False, True, True]
    assert [f.name for f in fields_for(service("Package", dripfeed=True))] == ["link"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@shop_news", "https://t.me/shop_news"),
        ("t.me/shop_news/12", "https://t.me/shop_news/12"),
        ("https://telegram.me/+AbCdEf", "https://t.me/+AbCdEf"),
    ],
)
def test_telegram_links_are_normalised(text: str, expected: str) -> None:
    tg = service(category="Telegram Members")
    assert check(order_form.LINK, text, tg, {}, TODAY) == expected


@pytest.mark.parametrize(
    ("field", "text", "key"),
    [
        (order_form.LINK, "https://instagram.com/x", "form-bad-link-telegram"),
        (order_form.LINK, "@ab", "form-bad-link-telegram"),
        (order_form.QUANTITY, "9", "form-bad-range"),
        (order_form.QUANTITY, "١٠٠", "form-bad-number"),  # Arabic-Indic digits are not ours
        (order_form.ANSWER_NUMBER, "0", "form-bad-positive"),
        (order_form.EXPIRY, "31/05/2026", "form-bad-date-past"),
        (order_form.EXPIRY, "tomorrow", "form-bad-date"),
        (order_form.USERNAME, "two words", "form-bad-word"),
    ],
)
def test_bad_answers_name_their_problem(field: order_form.Field, text: str, key: str) -> None:
    with pytest.raises(Invalid) as caught:
        check(field, text, service(category="Telegram"), {}, TODAY)
    assert caught.value.key == key


def test_runs_keep_quantity_times_runs_within_max() -> None:
    drip = service(dripfeed=True, max_quantity=1000)
    assert check(order_form.RUNS, "5", drip, {"quantity": 200}, TODAY) == 5
    with pytest.raises(Invalid) as caught:
        check(order_form.RUNS, "6", drip, {"quantity": 200}, TODAY)
    assert caught.value.args_ == {"low": "2", "high": "5"}


def test_comment_count_is_the_quantity_and_is_bounded() -> None:
    comments = service("Custom Comments", min_quantity=2, max_quantity=3)
    assert check(order_form.COMMENTS, "a\n\n b \n", comments, {}, TODAY) == ["a", "b"]
    with pytest.raises(Invalid):
        check(order_form.COMMENTS, "a\nb\nc\nd", comments, {}, TODAY)
    # In Mentions the usernames do not set the quantity, so their count is free.
    mentions = service("Mentions", min_quantity=50)
    assert check(order_form.USERNAMES, "@a\nb", mentions, {}, TODAY) == ["a", "b"]


def test_quote_charges_round_up_per_type() -> None:
    price = Decimal("0.0009")  # per 1000
    assert quote(service(), {"link": "x", "quantity": 1}, price).charge == 1  # 0.0000009 -> 1
    assert quote(service("Package"), {"link": "x"}, Decimal("2.5")).charge == 2_500_000
    q = quote(service("Custom Comments"), {"link": "x", "comments": ["a", "b"]}, Decimal(2))
    assert (q.quantity, q.charge, q.fields) == (2, 4_000, {"link": "x", "comments": ["a", "b"]})
    drip = quote(service(dripfeed=True), {"link": "x", "quantity": 100, "runs": 3}, Decimal(2))
    assert drip.charge == 600_000
    sub = {"username": "u", "min": 10, "max": 100, "delay": 0, "posts": 5, "old_posts": None}
    assert quote(service("Subscriptions"), sub, Decimal(2)).charge == 1_000_000
