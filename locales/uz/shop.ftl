## Catalogue
catalog-empty = Katalog hozircha boʻsh. Iltimos, birozdan keyin qayting.
catalog-categories = <b>Kategoriyani tanlang</b> (sahifa { $page } / { $pages }):
catalog-services = <b>{ $category }</b> — xizmatni tanlang (sahifa { $page } / { $pages }):
catalog-category-empty = Bu kategoriyada hozircha buyurtma qilish uchun hech narsa yoʻq.
catalog-service-gone = Bu xizmat endi mavjud emas. Iltimos, boshqasini tanlang.
catalog-prev = ◀️ Orqaga
catalog-next = Keyingi ▶️
catalog-back-categories = ⬆️ Kategoriyalar
catalog-back-services = ⬆️ Xizmatlar
service-card =
    <b>{ $name }</b>
    Narxi: 1000 tasi uchun <b>{ $price }</b>
    Min: { $min } · Maks: { $max }
    Qayta toʻldirish: { $refill }
    Bekor qilish: { $cancel }
service-card-description = { $description }
service-refill-days = ha, { $days } kun
service-yes = ha
service-no = yoʻq
service-order = 🛒 Buyurtma berish

## Order form
form-ask-link = Havolani yuboring (masalan, https://example.com/your-post).
form-ask-link-telegram = Kanal yoki post havolasini (https://t.me/...) yoki @username yuboring.
form-ask-quantity = Qancha kerak? { $min } dan { $max } gacha butun son yuboring.
form-ask-comments = Izohlarni har bir qatorga bittadan yuboring.
form-ask-usernames = Foydalanuvchi nomlarini har bir qatorga bittadan yuboring.
form-ask-hashtags = Heshteglarni har bir qatorga bittadan yuboring.
form-ask-hashtag = Heshtegni yuboring.
form-ask-username = Foydalanuvchi nomini yuboring.
form-ask-media = Media URL manzilini yuboring (https://...).
form-ask-answer_number = Ovozlar qaysi javobga berilsin? Uning raqamini yuboring (birinchi javob uchun 1).
form-ask-groups = Qaysi guruhlardan taklif qilinsin? Guruhlarni har bir qatorga bittadan yuboring.
form-ask-keywords = Kalit soʻzlarni har bir qatorga bittadan yuboring.
form-ask-min = Har bir postga kamida qancha? { $min } dan { $max } gacha butun son yuboring.
form-ask-max = Har bir postga koʻpi bilan qancha? { $min } dan { $max } gacha butun son yuboring.
form-ask-delay = Yangi postda boshlashdan oldin necha daqiqa kutilsin? (kutmaslik uchun 0)
form-ask-posts = Nechta yangi post qamrab olinsin?
form-ask-old_posts = Mavjud postlardan yana nechtasi qamrab olinsin? (ixtiyoriy)
form-ask-expiry = Qaysi sanagacha? DD/MM/YYYY koʻrinishida yuboring. (ixtiyoriy)
form-ask-runs = Bosqichma-bosqich yetkazish: necha bosqichda? (ixtiyoriy; birdaniga yetkazish uchun oʻtkazib yuboring)
form-ask-interval = Bosqichma-bosqich yetkazish: bosqichlar orasida necha daqiqa boʻlsin? (ixtiyoriy)
form-skip = Oʻtkazib yuborish ⏭
form-back = ◀️ Orqaga
form-cancel = ✖️ Bekor qilish
form-confirm = ✅ Tasdiqlash va toʻlash
form-send-text = Iltimos, matnli xabar bilan javob bering.

form-bad-empty = Bu boʻsh. Iltimos, qaytadan yuboring.
form-bad-link = Bu havolaga oʻxshamaydi. https:// bilan boshlanadigan toʻliq manzilni yuboring.
form-bad-link-telegram = Bu Telegram havolasiga oʻxshamaydi. https://t.me/... yoki @username yuboring.
form-bad-url = Bu URL manzilga oʻxshamaydi. https:// bilan boshlanadigan toʻliq manzilni yuboring.
form-bad-number = Iltimos, faqat raqamlardan iborat butun son yuboring, masalan 1000.
form-bad-range = Iltimos, { $low } dan { $high } gacha boʻlgan son yuboring.
form-bad-positive = Iltimos, 1 yoki undan katta son yuboring.
form-bad-runs-none = Bu miqdor bosqichlarga boʻlish uchun juda katta. Birdaniga yetkazish uchun “Oʻtkazib yuborish” tugmasini bosing.
form-bad-word = Iltimos, boʻsh joysiz bitta soʻz yuboring (harflar, raqamlar, _ yoki .).
form-bad-line-long = Har bir qator koʻpi bilan { $limit } belgidan iborat boʻlishi kerak.
form-bad-lines-count = Siz { $count } ta qator yubordingiz; bu xizmat uchun { $low } dan { $high } tagacha qator kerak.
form-bad-date = Iltimos, sanani DD/MM/YYYY koʻrinishida yuboring, masalan 31/12/2027.
form-bad-date-past = Bu sana oʻtib ketgan. Iltimos, kelgusidagi sanani yuboring.

preview-caption = { $link }
    Hozirgi obunachilar: <b>{ $subscribers }</b>

## Summary and placement
summary-title = <b>Iltimos, buyurtmangizni tekshiring</b>
summary-service = Xizmat: { $name }
summary-field = { $label }: { $value }
summary-charge = Jami: <b>{ $charge }</b>
summary-balance = Balansingiz: { $balance }
summary-short = ⚠️ Balansingizda { $missing } yetmayapti. Avval balansni toʻldiring, keyin tasdiqlang.
label-link = Havola
label-quantity = Miqdor
label-comments = Izohlar
label-usernames = Foydalanuvchi nomlari
label-hashtags = Heshteglar
label-hashtag = Heshteg
label-username = Foydalanuvchi nomi
label-media = Media
label-answer_number = Javob raqami
label-groups = Guruhlar
label-keywords = Kalit soʻzlar
label-min = Har postga min
label-max = Har postga maks
label-delay = Kutish (daq)
label-posts = Postlar
label-old_posts = Eski postlar
label-expiry = Amal qilish muddati
label-runs = Bosqichlar
label-interval = Oraliq (daq)
label-lines = { $count } ta qator

order-placed = ✅ Buyurtma <b>#{ $id }</b> qabul qilindi. Holati oʻzgarganda sizga xabar beraman.
order-duplicate = Bu buyurtma allaqachon <b>#{ $id }</b> raqami bilan berilgan.
order-insufficient = Balansingiz ({ $balance }) { $charge } uchun yetarli emas. Iltimos, balansni toʻldirib, qayta urinib koʻring; hech narsa yechilmadi.
order-unknown = ⏳ Buyurtma <b>#{ $id }</b> yuborildi, lekin yetkazib beruvchi uni tasdiqlamadi. Tekshirayotganimizda { $charge } xavfsiz saqlab turiladi; natijani sizga xabar qilamiz.
order-failed = ❌ Buyurtma <b>#{ $id }</b> berilmadi: { $reason } { $charge } balansingizga qaytarildi.
order-failed-link = yetkazib beruvchi havolani qabul qilmadi.
order-failed-quantity = yetkazib beruvchi miqdorni qabul qilmadi.
order-failed-answer = yetkazib beruvchiga javob raqami kerak.
order-failed-service = bu xizmat hozir mavjud emas.
order-failed-store = doʻkon hozir bu buyurtmani qabul qila olmaydi; doʻkon egasiga xabar berildi.
order-failed-unreachable = yetkazib beruvchi bilan bogʻlanib boʻlmadi.
order-failed-other = yetkazib beruvchi uni rad etdi.
order-form-stale = Bu shaklning muddati tugagan. Qaytadan boshlash uchun /order yuboring.

## My orders
orders-empty = Sizda hali buyurtmalar yoʻq. Buyurtma berish uchun /order yuboring.
orders-title = <b>Buyurtmalaringiz</b> (sahifa { $page } / { $pages }):
orders-row = #{ $id } · { $service } · { $status }
order-not-found = Bu buyurtma topilmadi.
order-card =
    <b>Buyurtma #{ $id }</b>
    { $service }
    Holati: <b>{ $status }</b>
    Summa: { $charge }
order-card-link = Havola: { $link }
order-card-quantity = Miqdor: { $quantity }
order-card-start = Boshlangʻich soni: { $start }
order-card-remains = Qolgan: { $remains }
order-card-refunded = Qaytarilgan: { $refunded }
order-card-created = Berilgan vaqti: { $created } UTC
order-refresh = 🔄 Yangilash
orders-back = ⬆️ Buyurtmalarim
status-pending = Kutilmoqda
status-processing = Ishlov berilmoqda
status-in_progress = Bajarilmoqda
status-completed = Bajarildi
status-partial = Qisman bajarildi
status-canceled = Bekor qilindi
status-sending = Yuborilmoqda
status-unknown = Tekshirilmoqda
status-failed = Muvaffaqiyatsiz

## Wallet
balance-text = Balansingiz: <b>{ $balance }</b>
balance-recent = Soʻnggi harakatlar:
balance-none = Hali harakatlar yoʻq.
ledger-topup = Toʻldirish
ledger-order = Buyurtma #{ $order }
ledger-refund = Buyurtma #{ $order } uchun qaytarish
ledger-adjustment = Tuzatish
ledger-line = { $date } · { $what } · { $amount }
order-refill = ♻️ Qayta toʻldirish
order-cancel = ✖️ Buyurtmani bekor qilish
