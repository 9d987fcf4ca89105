"""Catalogue, order form, placement and the wallet, driven through the chat."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import pytest

from emulators.telegram import BotMessage, FakeUser
from tests.e2e.harness import Shop

SKIP = object()


@dataclass(frozen=True)
class Case:
    type: str
    answers: tuple[object, ...]
    sent: dict[str, str]
    charge: Decimal
    category: str = "Instagram"
    dripfeed: bool = False
    min: int = 1
    max: int = 10_000


# Every row of the spec's order-form table; rate 2.00 per 1000 (or per package).
CASES = [
    Case(
        "Default",
        ("https://instagram.com/p/1", "150"),
        {"link": "https://instagram.com/p/1", "quantity": "150"},
        Decimal("0.30"),
    ),
    Case(
        "Package",
        ("https://instagram.com/p/1",),
        {"link": "https://instagram.com/p/1"},
        Decimal("2.00"),
    ),
    Case(
        "Custom Comments",
        ("https://instagram.com/p/1", "nice\n\ngreat\n<b>wow</b> & co"),
        {"link": "https://instagram.com/p/1", "comments": "nice\ngreat\n<b>wow</b> & co"},
        Decimal("0.006"),
    ),
    Case(
        "Custom Comments Package",
        ("https://instagram.com/p/1", "one\ntwo"),
        {"link": "https://instagram.com/p/1", "comments": "one\ntwo"},
        Decimal("2.00"),
    ),
    Case(
        "Mentions",
        ("https://instagram.com/p/1", "100", "@ann\nbob"),
        {"link": "https://instagram.com/p/1", "quantity": "100", "usernames": "ann\nbob"},
        Decimal("0.20"),
    ),
    Case(
        "Mentions Custom List",
        ("https://instagram.com/p/1", "ann\nbob\ncid"),
        {"link": "https://instagram.com/p/1", "usernames": "ann\nbob\ncid"},
        Decimal("0.006"),
    ),
    Case(
        "Mentions with Hashtags",
        ("https://instagram.com/p/1", "100", "ann", "#a\n#b"),
        {
            "link": "https://instagram.com/p/1",
            "quantity": "100",
            "usernames": "ann",
            "hashtags": "#a\n#b",
        },
        Decimal("0.20"),
    ),
    Case(
        "Mentions Hashtag",
        ("https://instagram.com/p/1", "100", "#sale"),
        {"link": "https://instagram.com/p/1", "quantity": "100", "hashtag": "#sale"},
        Decimal("0.20"),
    ),
    Case(
        "Mentions User Followers",
        ("https://instagram.com/p/1", "100", "@star"),
        {"link": "https://instagram.com/p/1", "quantity": "100", "username": "star"},
        Decimal("0.20"),
    ),
    Case(
        "Comment Likes",
        ("https://instagram.com/p/1", "100", "fan"),
        {"link": "https://instagram.com/p/1", "quantity": "100", "username": "fan"},
        Decimal("0.20"),
    ),
    Case(
        "Comment Replies",
        ("https://instagram.com/p/1", "fan", "hi\nthere"),
        {"link": "https://instagram.com/p/1", "username": "fan", "comments": "hi\nthere"},
        Decimal("0.004"),
    ),
    Case(
        "Mentions Media Likers",
        ("https://instagram.com/p/1", "100", "https://instagram.com/p/2"),
        {
            "link": "https://instagram.com/p/1",
            "quantity": "100",
            "media": "https://instagram.com/p/2",
        },
        Decimal("0.20"),
    ),
    Case(
        "Poll",
        ("t.me/shopnews/12", "500", "2"),
        {"link": "https://t.me/shopnews/12", "quantity": "500", "answer_number": "2"},
        Decimal("1.00"),
        category="Telegram Votes",
    ),
    Case(
        "Invites from Groups",
        ("@mygroup", "100", "@groupa\n@groupb"),
        {"link": "https://t.me/mygroup", "quantity": "100", "groups": "@groupa\n@groupb"},
        Decimal("0.20"),
        category="Telegram Members",
    ),
    Case(
        "SEO",
        ("https://shop.example/page", "100", "best shop\ncheap likes"),
        {
            "link": "https://shop.example/page",
            "quantity": "100",
            "keywords": "best shop\ncheap likes",
        },
        Decimal("0.20"),
        category="Google",
    ),
    Case(
        "Subscriptions",
        ("@star", "100", "200", "15", "10", SKIP, SKIP),
        {"username": "star", "min": "100", "max": "200", "delay": "15", "posts": "10"},
        Decimal("4.00"),
    ),
    Case(
        "Default",
        ("https://instagram.com/p/1", "100", "5", "30"),
        {"link": "https://instagram.com/p/1", "quantity": "100", "runs": "5", "interval": "30"},
        Decimal("1.00"),
        dripfeed=True,
    ),
    Case(
        "Brand New Type",
        ("https://instagram.com/p/1", "100"),
        {"link": "https://instagram.com/p/1", "quantity": "100"},
        Decimal("0.20"),
    ),
]


async def open_service(shop: Shop, user: FakeUser, category: str, name: str) -> BotMessage:
    """/order -> category -> service -> Order this; returns the first question."""
    await user.send("/order")
    await user.next_message()
    await user.press(category)
    await user.next_message()
    await user.press(name)
    await user.next_message()
    await user.press("Order this")
    return await user.next_message()


async def fill(user: FakeUser, answers: tuple[object, ...]) -> BotMessage:
    """Answer each question; returns the summary."""
    reply = None
    for answer in answers:
        if answer is SKIP:
            await user.press("Skip")
        else:
            await user.send(str(answer))
        reply = await user.next_message()
        while reply.method == "sendPhoto":  # a channel preview comes before the next question
            reply = await user.next_message()
    assert reply is not None
    return reply


async def next_reply(user: FakeUser) -> BotMessage:
    """The next message with something to read (skipping buttons being taken away)."""
    while True:
        reply = await user.next_message()
        if reply.method != "editMessageReplyMarkup":
            return reply


def shown_charge(summary: BotMessage) -> Decimal:
    match = re.search(r"Total: ([\d\s.\u202f]+) USD", summary.plain_text)
    assert match, summary.plain_text
    return Decimal(match.group(1).replace("\u202f", "").strip())


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.type + (" dripfeed" if c.dripfeed else ""))
async def test_every_order_type_reaches_the_panel_with_exact_fields_and_charge(
    shop: Shop, case: Case
) -> None:
    service = shop.panel.add_service(
        f"{case.type} service",
        rate="2.00",
        min=case.min,
        max=case.max,
        type=case.type,
        category=case.category,
        dripfeed=case.dripfeed,
    )
    await shop.app.catalog_service.sync()
    ann = shop.customer()
    await shop.fund(ann, "10")
    await open_service(shop, ann, case.category, f"{case.type} service")
    summary = await fill(ann, case.answers)
    assert "Please check your order" in summary.text
    assert shown_charge(summary) == case.charge
    before = await shop.balance(ann)
    await ann.press("Confirm and pay")
    placed = await next_reply(ann)
    assert "is placed" in placed.text, placed.text
    adds = shop.panel.requests_of("add")
    assert len(adds) == 1
    assert adds[0].params == {"service": str(service.service_id), **case.sent}
    assert before - await shop.balance(ann) == case.charge


async def test_price_uses_currency_rate_and_markups(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.e2e.harness import running_shop

    settings = {"panel_currency_rate": "12500", "markup_percent": "20", "store_currency": "UZS"}
    async with running_shop(tmp_path, settings=settings) as shop:
        shop.panel.add_service("Views", rate="0.0009", min=100, max=100000, category="TikTok")
        await shop.app.catalog_service.sync()
        ann = shop.customer()
        await shop.fund(ann, "100000")
        await ann.send("/order")
        await ann.next_message()
        await ann.press("TikTok")
        listing = await ann.next_message()
        # 0.0009 x 12500 x 1.2 = 13.5 UZS per 1000
        assert listing.flat_buttons[0] == "Views · 13.50 UZS"
        await ann.press("Views")
        card = await ann.next_message()
        assert "Price: 13.50 UZS per 1000" in card.plain_text
        await ann.press("Order this")
        await ann.next_message()
        summary = await fill(ann, ("https://tiktok.com/@me/video/1", "1001"))
        # 13.5 x 1.001 = 13.5135 UZS, exact to the micro-unit
        assert "Total: 13.5135 UZS" in summary.plain_text


async def test_a_category_of_500_services_pages_through(shop: Shop) -> None:
    for number in range(500):
        shop.panel.add_service(f"Pack {number:03d}", rate="1", category="Huge")
    await shop.app.catalog_service.sync()
    ann = shop.customer()
    await ann.send("/order")
    await ann.next_message()
    await ann.press("Huge (500)")
    page = await ann.next_message()
    assert "page 1 of 50" in page.plain_text
    assert page.flat_buttons[0].startswith("Pack 000")
    for _ in range(49):
        await ann.press("Next ▶️")
        page = await ann.next_message()
    assert "page 50 of 50" in page.plain_text
    assert page.flat_buttons[-3].startswith("Pack 499")
    assert "Next ▶️" not in page.flat_buttons
    await ann.press("Pack 499")
    card = await ann.next_message()
    assert "<b>Pack 499</b>" in card.text
