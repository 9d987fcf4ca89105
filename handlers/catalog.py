"""/order: categories -> services (paginated) -> service card."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.db.catalog import CatalogRepository
from bot.i18n import Texts
from bot.money import charge_minor, format_amount
from bot.services.catalog import Pricing
from bot.views import service_card
from handlers.ui import answer_quietly, show
from keyboards.callbacks import CategoriesPage, CategoryOpen, MenuCallback, ServiceOpen
from keyboards.catalog import categories_keyboard, service_card_keyboard, services_keyboard
from keyboards.paging import PAGE_SIZE, clamp_page, page_count

router = Router(name="catalog")


async def _categories_view(
    catalog: CatalogRepository, page: int, texts: Texts
) -> tuple[str, InlineKeyboardMarkup | None]:
    total = await catalog.count_categories()
    if total == 0:
        return texts("catalog-empty"), None
    page = clamp_page(page, total)
    categories = await catalog.categories(page * PAGE_SIZE, PAGE_SIZE)
    text = texts("catalog-categories", page=page + 1, pages=page_count(total))
    return text, categories_keyboard(categories, page, total, texts)


@router.message(Command("order"), F.chat.type == "private")
async def order_command(
    message: Message, state: FSMContext, catalog: CatalogRepository, texts: Texts
) -> None:
    await state.clear()
    text, markup = await _categories_view(catalog, 0, texts)
    await message.answer(text, reply_markup=markup)


@router.callback_query(MenuCallback.filter(F.action == "order"))
async def order_button(
    query: CallbackQuery, state: FSMContext, catalog: CatalogRepository, texts: Texts
) -> None:
    await state.clear()
    await answer_quietly(query)
    text, markup = await _categories_view(catalog, 0, texts)
    if isinstance(query.message, Message):
        await query.message.answer(text, reply_markup=markup)


@router.callback_query(CategoriesPage.filter())
async def categories_page(
    query: CallbackQuery, callback_data: CategoriesPage, catalog: CatalogRepository, texts: Texts
) -> None:
    await answer_quietly(query)
    text, markup = await _categories_view(catalog, callback_data.page, texts)
    await show(query, text, markup)


@router.callback_query(CategoryOpen.filter())
async def category_open(
    query: CallbackQuery,
    callback_data: CategoryOpen,
    catalog: CatalogRepository,
    pricing: Pricing,
    texts: Texts,
) -> None:
    category = await catalog.category(callback_data.category_id)
    if category is None or category.service_count == 0:
        await answer_quietly(query, texts("catalog-category-empty"))
        text, markup = await _categories_view(catalog, 0, texts)
        await show(query, text, markup)
        return
    await answer_quietly(query)
    page = clamp_page(callback_data.page, category.service_count)
    services = await catalog.services_in(category.id, page * PAGE_SIZE, PAGE_SIZE)
    total = category.service_count
    priced = [
        (s, format_amount(charge_minor(pricing.price_per_1000(s)), pricing.currency))
        for s in services
    ]
    await show(
        query,
        texts("catalog-services", category=category.name, page=page + 1, pages=page_count(total)),
        services_keyboard(category.id, priced, page, total, texts),
    )


@router.callback_query(ServiceOpen.filter())
async def service_open(
    query: CallbackQuery,
    callback_data: ServiceOpen,
    catalog: CatalogRepository,
    pricing: Pricing,
    texts: Texts,
) -> None:
    service = await catalog.get(callback_data.service_id)
    if service is None or not service.is_orderable:
        await answer_quietly(query, texts("catalog-service-gone"))
        return
    await answer_quietly(query)
    text = service_card(service, pricing.price_per_1000(service), pricing.currency, texts)
    await show(query, text, service_card_keyboard(service, texts))
