## Admin group (shown in the shop's default language)
admin-new-order = 🆕 سفارش #{ $id } از { $user }: { $service } — { $charge }
admin-order-failed = ❌ پنل سفارش #{ $id } از { $user } را رد کرد: { $error }. مبلغ { $charge } بازگردانده شد.
admin-order-unknown =
    ⚠️ سفارش #{ $id } از { $user } ({ $service }، { $charge }): پاسخ پنل نامشخص بود ({ $error }).
    این سفارش دوباره ارسال نشده است. پنل را بررسی کنید و سپس وضعیتش را مشخص کنید:
admin-unknown-restart = ⚠️ { $count } سفارش هنوز منتظر تعیین وضعیت است:
admin-settle-placed = ✅ ثبت شده (شناسه پنل را وارد کنید)
admin-settle-refund = ↩️ ثبت نشده: بازگشت وجه
admin-settle-ask = در پاسخ به این پیام، شناسه سفارش در پنل را برای سفارش #{ $id } بفرستید.
admin-settle-bad-id = این شناسه سفارش پنل نیست. رقم یا حروف بفرستید، یا /cancel.
admin-settled-placed = سفارش #{ $id } توسط { $admin } به‌عنوان ثبت‌شده با سفارش پنل { $panel_id } مشخص شد.
admin-settled-refund = سفارش #{ $id } توسط { $admin } به‌عنوان بازگشت وجه ({ $charge }) مشخص شد.
admin-settle-stale = سفارش #{ $id } دیگر منتظر تعیین وضعیت نیست.
admin-store-fault = 🔴 پنل سفارش #{ $id } را به دلیلی مربوط به سمت فروشگاه رد کرد: { $error }
admin-usage-credit = استفاده: /credit &lt;شناسه کاربر یا @username&gt; &lt;مبلغ&gt; [یادداشت]
admin-usage-debit = استفاده: /debit &lt;شناسه کاربر یا @username&gt; &lt;مبلغ&gt; [یادداشت]
admin-usage-order = استفاده: /order &lt;شناسه سفارش&gt;
admin-user-not-found = کاربر { $user } تاکنون به ربات پیام نداده است.
admin-bad-amount = «{ $amount }» مبلغ مثبتی نیست.
admin-credited = مبلغ { $amount } به حساب { $user } افزوده شد. موجودی: { $balance }.
admin-debited = مبلغ { $amount } از حساب { $user } کسر شد. موجودی: { $balance }.
admin-debit-short = موجودی { $user } فقط { $balance } است؛ چیزی کسر نشد.
admin-already-done = این دستور قبلاً اجرا شده است.
admin-sync-started = در حال همگام‌سازی کاتالوگ…
admin-sync-done = کاتالوگ همگام شد: { $total } خدمت، { $added } جدید، { $updated } تغییریافته، { $hidden } پنهان‌شده.
admin-sync-failed = پنل کاتالوگش را نداد: { $error }
admin-order-card =
    <b>سفارش #{ $id }</b> · کاربر { $user }
    { $service } (خدمت پنل { $panel_service })
    ثبت: { $placement } · وضعیت: { $status }
    سفارش پنل: { $panel_id }
    مبلغ: { $charge } · بازگشتی: { $refunded }
    فیلدها: { $fields }
    خطا: { $error }
    ایجاد: { $created } UTC
