## Catalogue
catalog-empty = Каталог сейчас пуст. Пожалуйста, загляните чуть позже.
catalog-categories = <b>Выберите категорию</b> (страница { $page } из { $pages }):
catalog-services = <b>{ $category }</b> — выберите услугу (страница { $page } из { $pages }):
catalog-category-empty = В этой категории сейчас нечего заказать.
catalog-service-gone = Эта услуга больше недоступна. Пожалуйста, выберите другую.
catalog-prev = ◀️ Назад
catalog-next = Далее ▶️
catalog-back-categories = ⬆️ Категории
catalog-back-services = ⬆️ Услуги
service-card =
    <b>{ $name }</b>
    Цена: <b>{ $price }</b> за 1000
    Мин.: { $min } · Макс.: { $max }
    Докрутка: { $refill }
    Отмена: { $cancel }
service-card-description = { $description }
service-refill-days = да, { $days } дн.
service-yes = да
service-no = нет
service-order = 🛒 Заказать

## Order form
form-ask-link = Отправьте ссылку (например, https://example.com/your-post).
form-ask-link-telegram = Отправьте ссылку на канал или пост (https://t.me/...) или @username.
form-ask-quantity = Сколько нужно? Отправьте целое число от { $min } до { $max }.
form-ask-comments = Отправьте комментарии, по одному в строке.
form-ask-usernames = Отправьте имена пользователей, по одному в строке.
form-ask-hashtags = Отправьте хештеги, по одному в строке.
form-ask-hashtag = Отправьте хештег.
form-ask-username = Отправьте имя пользователя.
form-ask-media = Отправьте ссылку на медиафайл (https://...).
form-ask-answer_number = За какой вариант ответа голосовать? Отправьте его номер (1 — первый вариант).
form-ask-groups = Отправьте группы, из которых приглашать, по одной в строке.
form-ask-keywords = Отправьте ключевые слова, по одному в строке.
form-ask-min = Минимум на пост? Отправьте целое число от { $min } до { $max }.
form-ask-max = Максимум на пост? Отправьте целое число от { $min } до { $max }.
form-ask-delay = Задержка перед запуском на новом посте, в минутах (0 — без задержки).
form-ask-posts = Сколько новых постов охватить?
form-ask-old_posts = Сколько уже опубликованных постов охватить дополнительно? (необязательно)
form-ask-expiry = До какой даты? Отправьте её в формате DD/MM/YYYY. (необязательно)
form-ask-runs = Постепенная подача: за сколько запусков? (необязательно; пропустите, чтобы выполнить всё сразу)
form-ask-interval = Постепенная подача: сколько минут между запусками? (необязательно)
form-skip = Пропустить ⏭
form-back = ◀️ Назад
form-cancel = ✖️ Отмена
form-confirm = ✅ Подтвердить и оплатить
form-send-text = Пожалуйста, ответьте текстовым сообщением.

form-bad-empty = Здесь пусто. Пожалуйста, отправьте ещё раз.
form-bad-link = Это не похоже на ссылку. Отправьте полный адрес, начинающийся с https://
form-bad-link-telegram = Это не похоже на ссылку Telegram. Отправьте https://t.me/... или @username.
form-bad-url = Это не похоже на URL. Отправьте полный адрес, начинающийся с https://
form-bad-number = Пожалуйста, отправьте целое число только цифрами, например 1000.
form-bad-range = Пожалуйста, отправьте число от { $low } до { $high }.
form-bad-positive = Пожалуйста, отправьте число не меньше 1.
form-bad-runs-none = Это количество слишком большое, чтобы разбить его на запуски. Нажмите «Пропустить», чтобы выполнить всё сразу.
form-bad-word = Пожалуйста, отправьте одно слово (буквы, цифры, _ или .) без пробелов.
form-bad-line-long = Каждая строка должна быть не длиннее { $limit } символов.
form-bad-lines-count = Вы отправили строк: { $count }; для этой услуги нужно от { $low } до { $high }.
form-bad-date = Пожалуйста, отправьте дату в формате DD/MM/YYYY, например 31/12/2027.
form-bad-date-past = Эта дата уже прошла. Пожалуйста, отправьте дату в будущем.

preview-caption = { $link }
    Подписчиков сейчас: <b>{ $subscribers }</b>

## Summary and placement
summary-title = <b>Пожалуйста, проверьте заказ</b>
summary-service = Услуга: { $name }
summary-field = { $label }: { $value }
summary-charge = Итого: <b>{ $charge }</b>
summary-balance = Ваш баланс: { $balance }
summary-short = ⚠️ На балансе не хватает { $missing }. Сначала пополните баланс, затем подтвердите.
label-link = Ссылка
label-quantity = Количество
label-comments = Комментарии
label-usernames = Имена пользователей
label-hashtags = Хештеги
label-hashtag = Хештег
label-username = Имя пользователя
label-media = Медиа
label-answer_number = Номер ответа
label-groups = Группы
label-keywords = Ключевые слова
label-min = Мин. на пост
label-max = Макс. на пост
label-delay = Задержка (мин)
label-posts = Посты
label-old_posts = Старые посты
label-expiry = Действует до
label-runs = Запуски
label-interval = Интервал (мин)
label-lines = { $count } шт.

order-placed = ✅ Заказ <b>#{ $id }</b> оформлен. Я буду сообщать вам о его ходе.
order-duplicate = Этот заказ уже оформлен под номером <b>#{ $id }</b>.
order-insufficient = На вашем балансе ({ $balance }) недостаточно средств для оплаты { $charge }. Пополните баланс и попробуйте снова; ничего не списано.
order-unknown = ⏳ Заказ <b>#{ $id }</b> отправлен, но поставщик его не подтвердил. Сумма { $charge } надёжно удерживается на время проверки; мы сообщим вам результат.
order-failed = ❌ Не удалось оформить заказ <b>#{ $id }</b>: { $reason } Сумма { $charge } возвращена на ваш баланс.
order-failed-link = поставщик не принял ссылку.
order-failed-quantity = поставщик не принял количество.
order-failed-answer = поставщику нужен номер ответа.
order-failed-service = эта услуга сейчас недоступна.
order-failed-store = магазин сейчас не может принять этот заказ; владелец уже уведомлён.
order-failed-unreachable = не удалось связаться с поставщиком.
order-failed-other = поставщик отклонил заказ.
order-form-stale = Эта форма устарела. Отправьте /order, чтобы начать заново.

## My orders
orders-empty = У вас пока нет заказов. Отправьте /order, чтобы оформить заказ.
orders-title = <b>Ваши заказы</b> (страница { $page } из { $pages }):
orders-row = #{ $id } · { $service } · { $status }
order-not-found = Заказ не найден.
order-card =
    <b>Заказ #{ $id }</b>
    { $service }
    Статус: <b>{ $status }</b>
    Сумма: { $charge }
order-card-link = Ссылка: { $link }
order-card-quantity = Количество: { $quantity }
order-card-start = Начальное количество: { $start }
order-card-remains = Осталось: { $remains }
order-card-refunded = Возвращено: { $refunded }
order-card-created = Оформлен: { $created } UTC
order-refresh = 🔄 Обновить
orders-back = ⬆️ Мои заказы
status-pending = Ожидает
status-processing = Обрабатывается
status-in_progress = Выполняется
status-completed = Выполнен
status-partial = Выполнен частично
status-canceled = Отменён
status-sending = Отправляется
status-unknown = Проверяется
status-failed = Не удался

## Wallet
balance-text = Ваш баланс: <b>{ $balance }</b>
balance-recent = Последние операции:
balance-none = Операций пока нет.
ledger-topup = Пополнение
ledger-order = Заказ #{ $order }
ledger-refund = Возврат за заказ #{ $order }
ledger-adjustment = Корректировка
ledger-line = { $date } · { $what } · { $amount }
order-refill = ♻️ Докрутка
order-cancel = ✖️ Отменить заказ
