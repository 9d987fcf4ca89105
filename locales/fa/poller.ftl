## اعلان‌های بررسی خودکار
push-order-status = 🔔 سفارش <b>#{ $id }</b> اکنون <b>{ $status }</b> است.
push-refunded = 💰 مبلغ { $amount } به موجودی شما برگشت.
push-refill-status = ♻️ جبران ریزش سفارش <b>#{ $id }</b>: <b>{ $status }</b>.
refill-status-pending = در انتظار
refill-status-processing = در حال پردازش
refill-status-in_progress = در حال انجام
refill-status-completed = انجام شد
refill-status-rejected = رد شد
refill-status-error = ناموفق
refill-status-canceled = لغو شد

## دکمه‌های جبران ریزش و لغو (پاسخ‌های کوتاه روی گفتگو)
refill-requested = ♻️ جبران ریزش سفارش #{ $id } درخواست شد. وقتی تأمین‌کننده آن را انجام دهد خبرتان می‌کنم.
refill-already-open = جبران ریزش سفارش #{ $id } در حال انجام است. وقتی تمام شود خبرتان می‌کنم.
refill-not-allowed = سفارش #{ $id } اکنون قابل جبران ریزش نیست: هنوز تکمیل نشده یا مهلت جبران ریزش آن تمام شده است.
refill-refused = تأمین‌کننده جبران ریزش سفارش #{ $id } را نپذیرفت.
refill-unclear = پاسخ تأمین‌کننده روشن نبود. لطفاً چند دقیقه دیگر دوباره تلاش کنید.
cancel-requested = لغو سفارش #{ $id } درخواست شد. وقتی تأمین‌کننده آن را تأیید کند مبلغ برگشت داده می‌شود.
cancel-not-allowed = سفارش #{ $id } دیگر قابل لغو نیست.
cancel-refused = تأمین‌کننده لغو سفارش #{ $id } را نپذیرفت.
cancel-unclear = تأمین‌کننده پاسخی نداد. لطفاً چند دقیقه دیگر دوباره تلاش کنید.
