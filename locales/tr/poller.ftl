## Arka plan yoklamasından bildirimler
push-order-status = 🔔 <b>#{ $id }</b> numaralı sipariş artık <b>{ $status }</b>.
push-refunded = 💰 { $amount } bakiyenize iade edildi.
push-refill-status = ♻️ <b>#{ $id }</b> numaralı siparişin telafisi: <b>{ $status }</b>.
refill-status-pending = Beklemede
refill-status-processing = İşleniyor
refill-status-in_progress = Devam ediyor
refill-status-completed = Tamamlandı
refill-status-rejected = Reddedildi
refill-status-error = Başarısız
refill-status-canceled = İptal edildi

## Telafi ve iptal düğmeleri (sohbetin üstünde kısa yanıtlar)
refill-requested = ♻️ #{ $id } numaralı sipariş için telafi istendi. Sağlayıcı tamamladığında size haber vereceğim.
refill-already-open = #{ $id } numaralı siparişin telafisi zaten sürüyor. Bittiğinde size haber vereceğim.
refill-not-allowed = #{ $id } numaralı sipariş şu anda telafi edilemez: tamamlanmadı ya da telafi süresi doldu.
refill-refused = Sağlayıcı #{ $id } numaralı siparişin telafisini kabul etmedi.
refill-unclear = Sağlayıcı net bir yanıt vermedi. Lütfen birkaç dakika sonra tekrar deneyin.
cancel-requested = #{ $id } numaralı siparişin iptali istendi. Sağlayıcı onayladığında iade yapılacak.
cancel-not-allowed = #{ $id } numaralı sipariş artık iptal edilemez.
cancel-refused = Sağlayıcı #{ $id } numaralı siparişi iptal etmeyi reddetti.
cancel-unclear = Sağlayıcı yanıt vermedi. Lütfen birkaç dakika sonra tekrar deneyin.
