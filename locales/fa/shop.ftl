## Catalogue
catalog-empty = فعلاً کاتالوگ خالی است. لطفاً کمی بعد دوباره سر بزنید.
catalog-categories = <b>یک دسته‌بندی انتخاب کنید</b> (صفحه { $page } از { $pages }):
catalog-services = <b>{ $category }</b> — یک خدمت انتخاب کنید (صفحه { $page } از { $pages }):
catalog-category-empty = فعلاً در این دسته‌بندی چیزی برای سفارش وجود ندارد.
catalog-service-gone = این خدمت دیگر در دسترس نیست. لطفاً خدمت دیگری انتخاب کنید.
catalog-prev = ◀️ قبلی
catalog-next = بعدی ▶️
catalog-back-categories = ⬆️ دسته‌بندی‌ها
catalog-back-services = ⬆️ خدمات
service-card =
    <b>{ $name }</b>
    قیمت: <b>{ $price }</b> برای هر 1000 عدد
    حداقل: { $min } · حداکثر: { $max }
    جبران ریزش: { $refill }
    لغو: { $cancel }
service-card-description = { $description }
service-refill-days = بله، { $days } روز
service-yes = بله
service-no = خیر
service-order = 🛒 سفارش این خدمت

## Order form
form-ask-link = لینک را بفرستید (برای نمونه https://example.com/your-post).
form-ask-link-telegram = لینک کانال یا پست (https://t.me/...) یا @username را بفرستید.
form-ask-quantity = چه تعداد؟ یک عدد صحیح از { $min } تا { $max } بفرستید.
form-ask-comments = کامنت‌ها را بفرستید، هر کدام در یک خط.
form-ask-usernames = نام‌های کاربری را بفرستید، هر کدام در یک خط.
form-ask-hashtags = هشتگ‌ها را بفرستید، هر کدام در یک خط.
form-ask-hashtag = هشتگ را بفرستید.
form-ask-username = نام کاربری را بفرستید.
form-ask-media = آدرس URL رسانه را بفرستید (https://...).
form-ask-answer_number = رأی‌ها به کدام گزینه داده شود؟ شماره آن را بفرستید (1 برای گزینه اول).
form-ask-groups = گروه‌هایی را که باید از آن‌ها دعوت شود بفرستید، هر کدام در یک خط.
form-ask-keywords = کلیدواژه‌ها را بفرستید، هر کدام در یک خط.
form-ask-min = حداقل برای هر پست؟ یک عدد صحیح از { $min } تا { $max } بفرستید.
form-ask-max = حداکثر برای هر پست؟ یک عدد صحیح از { $min } تا { $max } بفرستید.
form-ask-delay = چند دقیقه پیش از شروع روی پست جدید صبر شود؟ (0 یعنی بدون تأخیر)
form-ask-posts = چند پست جدید را پوشش دهد؟
form-ask-old_posts = چند پست قبلی را هم پوشش دهد؟ (اختیاری)
form-ask-expiry = تا چه تاریخی؟ به صورت DD/MM/YYYY بفرستید. (اختیاری)
form-ask-runs = ارسال تدریجی: در چند مرحله؟ (اختیاری؛ برای تحویل یکجا، رد کنید)
form-ask-interval = ارسال تدریجی: فاصله بین مراحل چند دقیقه باشد؟ (اختیاری)
form-skip = رد کردن ⏭
form-back = ◀️ بازگشت
form-cancel = ✖️ لغو
form-confirm = ✅ تأیید و پرداخت
form-send-text = لطفاً با یک پیام متنی پاسخ دهید.

form-bad-empty = این خالی است. لطفاً دوباره بفرستید.
form-bad-link = این شبیه لینک نیست. یک آدرس کامل بفرستید که با https:// شروع شود.
form-bad-link-telegram = این شبیه لینک تلگرام نیست. https://t.me/... یا @username بفرستید.
form-bad-url = این شبیه URL نیست. یک آدرس کامل بفرستید که با https:// شروع شود.
form-bad-number = لطفاً یک عدد صحیح فقط با رقم بفرستید، مثلاً 1000.
form-bad-range = لطفاً عددی از { $low } تا { $high } بفرستید.
form-bad-positive = لطفاً عدد 1 یا بیشتر بفرستید.
form-bad-runs-none = این تعداد بزرگ‌تر از آن است که به چند مرحله تقسیم شود. برای تحویل یکجا «رد کردن» را بزنید.
form-bad-word = لطفاً فقط یک کلمه (حروف، ارقام، _ یا .) بدون فاصله بفرستید.
form-bad-line-long = هر خط حداکثر می‌تواند { $limit } نویسه باشد.
form-bad-lines-count = شما { $count } خط فرستادید؛ این خدمت به { $low } تا { $high } خط نیاز دارد.
form-bad-date = لطفاً تاریخ را به صورت DD/MM/YYYY بفرستید، مثلاً 31/12/2027.
form-bad-date-past = این تاریخ گذشته است. لطفاً تاریخی در آینده بفرستید.

preview-caption = { $link }
    تعداد فعلی مشترکان: <b>{ $subscribers }</b>

## Summary and placement
summary-title = <b>لطفاً سفارش خود را بررسی کنید</b>
summary-service = خدمت: { $name }
summary-field = { $label }: { $value }
summary-charge = مبلغ کل: <b>{ $charge }</b>
summary-balance = موجودی شما: { $balance }
summary-short = ⚠️ موجودی شما { $missing } کم است. اول موجودی را شارژ کنید، سپس تأیید کنید.
label-link = لینک
label-quantity = تعداد
label-comments = کامنت‌ها
label-usernames = نام‌های کاربری
label-hashtags = هشتگ‌ها
label-hashtag = هشتگ
label-username = نام کاربری
label-media = رسانه
label-answer_number = شماره گزینه
label-groups = گروه‌ها
label-keywords = کلیدواژه‌ها
label-min = حداقل برای هر پست
label-max = حداکثر برای هر پست
label-delay = تأخیر (دقیقه)
label-posts = پست‌ها
label-old_posts = پست‌های قبلی
label-expiry = تاریخ پایان
label-runs = تعداد مراحل
label-interval = فاصله (دقیقه)
label-lines = { $count } خط

order-placed = ✅ سفارش <b>#{ $id }</b> ثبت شد. هر تغییری در روند سفارش را به شما خبر می‌دهم.
order-duplicate = این سفارش قبلاً با شماره <b>#{ $id }</b> ثبت شده است.
order-insufficient = موجودی شما ({ $balance }) برای { $charge } کافی نیست. لطفاً موجودی را شارژ کنید و دوباره امتحان کنید؛ هیچ مبلغی کسر نشد.
order-unknown = ⏳ سفارش <b>#{ $id }</b> ارسال شد، اما تأمین‌کننده آن را تأیید نکرد. تا پایان بررسی، مبلغ { $charge } شما امن نگه داشته می‌شود؛ نتیجه را به شما خبر می‌دهیم.
order-failed = ❌ سفارش <b>#{ $id }</b> ثبت نشد: { $reason } مبلغ { $charge } به موجودی شما برگشت.
order-failed-link = تأمین‌کننده لینک را نپذیرفت.
order-failed-quantity = تأمین‌کننده تعداد را نپذیرفت.
order-failed-answer = تأمین‌کننده به شماره گزینه نیاز دارد.
order-failed-service = این خدمت فعلاً در دسترس نیست.
order-failed-store = فروشگاه فعلاً نمی‌تواند این سفارش را بپذیرد؛ به صاحب فروشگاه اطلاع داده شد.
order-failed-unreachable = ارتباط با تأمین‌کننده برقرار نشد.
order-failed-other = تأمین‌کننده آن را رد کرد.
order-form-stale = این فرم منقضی شده است. برای شروع دوباره /order را بفرستید.

## My orders
orders-empty = هنوز سفارشی ندارید. برای ثبت سفارش /order را بفرستید.
orders-title = <b>سفارش‌های شما</b> (صفحه { $page } از { $pages }):
orders-row = #{ $id } · { $service } · { $status }
order-not-found = این سفارش پیدا نشد.
order-card =
    <b>سفارش #{ $id }</b>
    { $service }
    وضعیت: <b>{ $status }</b>
    مبلغ: { $charge }
order-card-link = لینک: { $link }
order-card-quantity = تعداد: { $quantity }
order-card-start = تعداد اولیه: { $start }
order-card-remains = باقی‌مانده: { $remains }
order-card-refunded = مبلغ بازگشتی: { $refunded }
order-card-created = زمان ثبت: { $created } UTC
order-refresh = 🔄 به‌روزرسانی
orders-back = ⬆️ سفارش‌های من
status-pending = در انتظار
status-processing = در حال پردازش
status-in_progress = در حال انجام
status-completed = تکمیل‌شده
status-partial = بخشی انجام‌شده
status-canceled = لغو‌شده
status-sending = در حال ارسال
status-unknown = در حال بررسی
status-failed = ناموفق

## Wallet
balance-text = موجودی شما: <b>{ $balance }</b>
balance-recent = تراکنش‌های اخیر:
balance-none = هنوز تراکنشی ثبت نشده است.
ledger-topup = شارژ موجودی
ledger-order = سفارش #{ $order }
ledger-refund = بازگشت وجه سفارش #{ $order }
ledger-adjustment = اصلاح موجودی
ledger-line = { $date } · { $what } · { $amount }
order-refill = ♻️ جبران ریزش
order-cancel = ✖️ لغو سفارش
