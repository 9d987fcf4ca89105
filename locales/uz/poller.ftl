## Fon tekshiruvidan xabarlar
push-order-status = 🔔 <b>#{ $id }</b> buyurtma endi <b>{ $status }</b>.
push-refunded = 💰 { $amount } balansingizga qaytarildi.
push-refill-status = ♻️ <b>#{ $id }</b> buyurtmani toʻldirish: <b>{ $status }</b>.
refill-status-pending = Kutilmoqda
refill-status-processing = Ishlanmoqda
refill-status-in_progress = Bajarilmoqda
refill-status-completed = Bajarildi
refill-status-rejected = Rad etildi
refill-status-error = Muvaffaqiyatsiz
refill-status-canceled = Bekor qilindi

## Toʻldirish va bekor qilish tugmalari (chat ustidagi qisqa javoblar)
refill-requested = ♻️ #{ $id } buyurtmani toʻldirish soʻraldi. Yetkazib beruvchi bajarganda sizga xabar beraman.
refill-already-open = #{ $id } buyurtmani toʻldirish allaqachon bajarilmoqda. Tugagach sizga xabar beraman.
refill-not-allowed = #{ $id } buyurtmani hozir toʻldirib boʻlmaydi: u bajarilmagan yoki toʻldirish muddati tugagan.
refill-refused = Yetkazib beruvchi #{ $id } buyurtmani toʻldirishni qabul qilmadi.
refill-unclear = Yetkazib beruvchi aniq javob bermadi. Iltimos, bir necha daqiqadan soʻng qayta urinib koʻring.
cancel-requested = #{ $id } buyurtmani bekor qilish soʻraldi. Yetkazib beruvchi tasdiqlagach pul qaytariladi.
cancel-not-allowed = #{ $id } buyurtmani endi bekor qilib boʻlmaydi.
cancel-refused = Yetkazib beruvchi #{ $id } buyurtmani bekor qilishni rad etdi.
cancel-unclear = Yetkazib beruvchi javob bermadi. Iltimos, bir necha daqiqadan soʻng qayta urinib koʻring.
