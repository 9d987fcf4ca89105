## Admin group (shown in the shop's default language)
admin-new-order = 🆕 Sipariş #{ $id } ({ $user }): { $service } — { $charge }
admin-order-failed = ❌ { $user } kullanıcısının #{ $id } numaralı siparişi panel tarafından reddedildi: { $error }. { $charge } iade edildi.
admin-order-unknown =
    ⚠️ { $user } kullanıcısının #{ $id } numaralı siparişi ({ $service }, { $charge }): panelin yanıtı belirsiz ({ $error }).
    Sipariş tekrar GÖNDERİLMEDİ. Paneli kontrol edin, ardından sonucu belirleyin:
admin-unknown-restart = ⚠️ { $count } sipariş hâlâ sonuçlandırılmayı bekliyor:
admin-settle-placed = ✅ Verildi (panel ID'sini girin)
admin-settle-refund = ↩️ Verilmedi: iade et
admin-settle-ask = #{ $id } numaralı sipariş için paneldeki sipariş ID'sini yanıt olarak gönderin.
admin-settle-bad-id = Bu bir panel sipariş ID'si değil. Rakam veya harf gönderin ya da /cancel.
admin-settled-placed = #{ $id } numaralı sipariş { $admin } tarafından verildi olarak işaretlendi; panel siparişi: { $panel_id }.
admin-settled-refund = #{ $id } numaralı sipariş { $admin } tarafından iade edildi olarak işaretlendi ({ $charge }).
admin-settle-stale = #{ $id } numaralı sipariş artık sonuçlandırılmayı beklemiyor.
admin-store-fault = 🔴 Panel #{ $id } numaralı siparişi mağaza tarafındaki bir nedenle reddetti: { $error }
admin-usage-credit = Kullanım: /credit &lt;kullanıcı ID veya @username&gt; &lt;tutar&gt; [not]
admin-usage-debit = Kullanım: /debit &lt;kullanıcı ID veya @username&gt; &lt;tutar&gt; [not]
admin-usage-order = Kullanım: /order &lt;sipariş ID&gt;
admin-user-not-found = { $user } kullanıcısı bota hiç yazmamış.
admin-bad-amount = "{ $amount }" pozitif bir tutar değil.
admin-credited = { $user } hesabına { $amount } eklendi. Bakiye: { $balance }.
admin-debited = { $user } hesabından { $amount } düşüldü. Bakiye: { $balance }.
admin-debit-short = { $user } kullanıcısının bakiyesi yalnızca { $balance }; hiçbir şey düşülmedi.
admin-already-done = Bu komut zaten uygulandı.
admin-sync-started = Katalog eşitleniyor…
admin-sync-done = Katalog eşitlendi: { $total } hizmet, { $added } yeni, { $updated } değişen, { $hidden } gizlenen.
admin-sync-failed = Panel kataloğunu vermedi: { $error }
admin-order-card =
    <b>Sipariş #{ $id }</b> · kullanıcı { $user }
    { $service } (panel hizmeti { $panel_service })
    Gönderim: { $placement } · durum: { $status }
    Panel siparişi: { $panel_id }
    Tutar: { $charge } · iade edilen: { $refunded }
    Alanlar: { $fields }
    Hata: { $error }
    Oluşturulma: { $created } UTC
