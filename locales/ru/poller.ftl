## Уведомления фонового опроса
push-order-status = 🔔 Заказ <b>#{ $id }</b>: теперь <b>{ $status }</b>.
push-refunded = 💰 { $amount } возвращено на ваш баланс.
push-refill-status = ♻️ Докрутка заказа <b>#{ $id }</b>: <b>{ $status }</b>.
refill-status-pending = Ожидает
refill-status-processing = Обрабатывается
refill-status-in_progress = Выполняется
refill-status-completed = Выполнена
refill-status-rejected = Отклонена
refill-status-error = Не удалась
refill-status-canceled = Отменена

## Кнопки докрутки и отмены (короткие ответы поверх чата)
refill-requested = ♻️ Докрутка заказа #{ $id } запрошена. Я сообщу, когда поставщик её выполнит.
refill-already-open = Докрутка заказа #{ $id } уже выполняется. Я сообщу, когда она завершится.
refill-not-allowed = Заказ #{ $id } сейчас нельзя докрутить: он не выполнен или срок докрутки истёк.
refill-refused = Поставщик не принял докрутку заказа #{ $id }.
refill-unclear = Поставщик ответил неясно. Попробуйте ещё раз через несколько минут.
cancel-requested = Отмена заказа #{ $id } запрошена. Деньги вернутся, когда поставщик её подтвердит.
cancel-not-allowed = Заказ #{ $id } больше нельзя отменить.
cancel-refused = Поставщик отказался отменить заказ #{ $id }.
cancel-unclear = Поставщик не ответил. Попробуйте ещё раз через несколько минут.
