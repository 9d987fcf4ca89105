## Admin group (shown in the shop's default language)
admin-new-order = 🆕 Заказ #{ $id } от { $user }: { $service } — { $charge }
admin-order-failed = ❌ Панель отклонила заказ #{ $id } от { $user }: { $error }. Возвращено { $charge }.
admin-order-unknown =
    ⚠️ Заказ #{ $id } от { $user } ({ $service }, { $charge }): ответ панели неясен ({ $error }).
    Повторно он НЕ отправлялся. Проверьте панель и отметьте результат:
admin-unknown-restart = ⚠️ Заказы, всё ещё ожидающие решения ({ $count }):
admin-settle-placed = ✅ Размещён (ввести ID в панели)
admin-settle-refund = ↩️ Не размещён: вернуть деньги
admin-settle-ask = Пришлите в ответ ID заказа в панели для заказа #{ $id }.
admin-settle-bad-id = Это не ID заказа в панели. Отправьте цифры или буквы либо /cancel.
admin-settled-placed = Заказ #{ $id } закрыт как размещённый, заказ в панели: { $panel_id }. Администратор: { $admin }.
admin-settled-refund = Заказ #{ $id } закрыт с возвратом средств ({ $charge }). Администратор: { $admin }.
admin-settle-stale = Заказ #{ $id } больше не ожидает решения.
admin-store-fault = 🔴 Панель отклонила заказ #{ $id } по причине на стороне магазина: { $error }
admin-usage-credit = Использование: /credit &lt;ID пользователя или @username&gt; &lt;сумма&gt; [примечание]
admin-usage-debit = Использование: /debit &lt;ID пользователя или @username&gt; &lt;сумма&gt; [примечание]
admin-usage-order = Использование: /order &lt;ID заказа&gt;
admin-user-not-found = Пользователь { $user } боту не писал.
admin-bad-amount = «{ $amount }» — не положительная сумма.
admin-credited = Зачислено { $amount } пользователю { $user }. Баланс: { $balance }.
admin-debited = Списано { $amount } у пользователя { $user }. Баланс: { $balance }.
admin-debit-short = У пользователя { $user } только { $balance }; ничего не списано.
admin-already-done = Эта команда уже была выполнена.
admin-sync-started = Синхронизирую каталог…
admin-sync-done = Каталог синхронизирован: услуг — { $total }, новых — { $added }, изменено — { $updated }, скрыто — { $hidden }.
admin-sync-failed = Панель не отдала каталог: { $error }
admin-order-card =
    <b>Заказ #{ $id }</b> · пользователь { $user }
    { $service } (услуга в панели { $panel_service })
    Размещение: { $placement } · статус: { $status }
    Заказ в панели: { $panel_id }
    Сумма: { $charge } · возвращено: { $refunded }
    Поля: { $fields }
    Ошибка: { $error }
    Создан: { $created } UTC
