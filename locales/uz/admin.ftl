## Admin group (shown in the shop's default language)
admin-new-order = 🆕 Buyurtma #{ $id } ({ $user }): { $service } — { $charge }
admin-order-failed = ❌ Buyurtma #{ $id } ({ $user }) panel tomonidan rad etildi: { $error }. { $charge } qaytarildi.
admin-order-unknown =
    ⚠️ Buyurtma #{ $id } ({ $user }, { $service }, { $charge }): panel javobi noaniq ({ $error }).
    U qayta YUBORILMADI. Panelni tekshiring, soʻng natijani belgilang:
admin-unknown-restart = ⚠️ { $count } ta buyurtma hali ham hal qilinishini kutmoqda:
admin-settle-placed = ✅ Berildi (panel ID raqamini kiriting)
admin-settle-refund = ↩️ Berilmadi: pulni qaytarish
admin-settle-ask = Buyurtma #{ $id } uchun paneldagi buyurtma ID raqamini javob sifatida yuboring.
admin-settle-bad-id = Bu panel buyurtmasining ID raqami emas. Raqam yoki harflar yuboring yoki /cancel.
admin-settled-placed = Buyurtma #{ $id } berilgan deb belgilandi, paneldagi buyurtma: { $panel_id }. Belgilagan: { $admin }.
admin-settled-refund = Buyurtma #{ $id } pul qaytarilgan deb belgilandi ({ $charge }). Belgilagan: { $admin }.
admin-settle-stale = Buyurtma #{ $id } endi hal qilinishini kutmayapti.
admin-store-fault = 🔴 Panel buyurtma #{ $id } boʻyicha rad javobini berdi, sabab doʻkon tomonida: { $error }
admin-usage-credit = Foydalanish: /credit &lt;foydalanuvchi ID yoki @username&gt; &lt;summa&gt; [izoh]
admin-usage-debit = Foydalanish: /debit &lt;foydalanuvchi ID yoki @username&gt; &lt;summa&gt; [izoh]
admin-usage-order = Foydalanish: /order &lt;buyurtma ID&gt;
admin-user-not-found = { $user } foydalanuvchisi botga yozmagan.
admin-bad-amount = “{ $amount }” musbat summa emas.
admin-credited = { $user } hisobiga { $amount } qoʻshildi. Balans: { $balance }.
admin-debited = { $user } hisobidan { $amount } yechildi. Balans: { $balance }.
admin-debit-short = { $user } hisobida faqat { $balance } bor; hech narsa yechilmadi.
admin-already-done = Bu buyruq allaqachon bajarilgan.
admin-sync-started = Katalog sinxronlanmoqda…
admin-sync-done = Katalog sinxronlandi: { $total } ta xizmat, { $added } ta yangi, { $updated } ta oʻzgargan, { $hidden } ta yashirilgan.
admin-sync-failed = Panel katalogini bermadi: { $error }
admin-order-card =
    <b>Buyurtma #{ $id }</b> · foydalanuvchi { $user }
    { $service } (panel xizmati { $panel_service })
    Joylash: { $placement } · holati: { $status }
    Panel buyurtmasi: { $panel_id }
    Summa: { $charge } · qaytarilgan: { $refunded }
    Maydonlar: { $fields }
    Xato: { $error }
    Yaratilgan: { $created } UTC
