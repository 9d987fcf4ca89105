## Catalogue
catalog-empty = Katalog şu anda boş. Lütfen biraz sonra tekrar uğrayın.
catalog-categories = <b>Bir kategori seçin</b> (sayfa { $page } / { $pages }):
catalog-services = <b>{ $category }</b> — bir hizmet seçin (sayfa { $page } / { $pages }):
catalog-category-empty = Bu kategoride şu anda sipariş verilebilecek bir şey yok.
catalog-service-gone = Bu hizmet artık mevcut değil. Lütfen başka bir hizmet seçin.
catalog-prev = ◀️ Geri
catalog-next = İleri ▶️
catalog-back-categories = ⬆️ Kategoriler
catalog-back-services = ⬆️ Hizmetler
service-card =
    <b>{ $name }</b>
    Fiyat: 1000 adet için <b>{ $price }</b>
    Min: { $min } · Maks: { $max }
    Telafi: { $refill }
    İptal: { $cancel }
service-card-description = { $description }
service-refill-days = evet, { $days } gün
service-yes = evet
service-no = hayır
service-order = 🛒 Sipariş ver

## Order form
form-ask-link = Bağlantıyı gönderin (örneğin https://example.com/your-post).
form-ask-link-telegram = Kanal veya gönderi bağlantısını (https://t.me/...) ya da @username gönderin.
form-ask-quantity = Kaç adet? { $min } ile { $max } arasında bir tam sayı gönderin.
form-ask-comments = Yorumları her satıra bir tane olacak şekilde gönderin.
form-ask-usernames = Kullanıcı adlarını her satıra bir tane olacak şekilde gönderin.
form-ask-hashtags = Hashtag'leri her satıra bir tane olacak şekilde gönderin.
form-ask-hashtag = Hashtag'i gönderin.
form-ask-username = Kullanıcı adını gönderin.
form-ask-media = Medya URL'sini gönderin (https://...).
form-ask-answer_number = Oylar hangi cevaba verilsin? Cevabın numarasını gönderin (ilk cevap için 1).
form-ask-groups = Üyelerin davet edileceği grupları her satıra bir tane olacak şekilde gönderin.
form-ask-keywords = Anahtar kelimeleri her satıra bir tane olacak şekilde gönderin.
form-ask-min = Gönderi başına en az kaç? { $min } ile { $max } arasında bir tam sayı gönderin.
form-ask-max = Gönderi başına en fazla kaç? { $min } ile { $max } arasında bir tam sayı gönderin.
form-ask-delay = Yeni bir gönderide başlamadan önce kaç dakika beklensin? (beklememek için 0)
form-ask-posts = Kaç yeni gönderiyi kapsasın?
form-ask-old_posts = Mevcut gönderilerden kaç tanesini de kapsasın? (isteğe bağlı)
form-ask-expiry = Hangi tarihe kadar? DD/MM/YYYY biçiminde gönderin. (isteğe bağlı)
form-ask-runs = Kademeli gönderim: kaç seferde? (isteğe bağlı; tek seferde teslim için atlayın)
form-ask-interval = Kademeli gönderim: seferler arasında kaç dakika olsun? (isteğe bağlı)
form-skip = Atla ⏭
form-back = ◀️ Geri
form-cancel = ✖️ İptal
form-confirm = ✅ Onayla ve öde
form-send-text = Lütfen metin mesajıyla yanıt verin.

form-bad-empty = Bu boş. Lütfen tekrar gönderin.
form-bad-link = Bu bir bağlantıya benzemiyor. https:// ile başlayan tam bir adres gönderin.
form-bad-link-telegram = Bu bir Telegram bağlantısına benzemiyor. https://t.me/... veya @username gönderin.
form-bad-url = Bu bir URL'ye benzemiyor. https:// ile başlayan tam bir adres gönderin.
form-bad-number = Lütfen yalnızca rakam kullanarak bir tam sayı gönderin, örneğin 1000.
form-bad-range = Lütfen { $low } ile { $high } arasında bir sayı gönderin.
form-bad-positive = Lütfen 1 veya daha büyük bir sayı gönderin.
form-bad-runs-none = Bu miktar seferlere bölünemeyecek kadar büyük. Tek seferde teslim için Atla'ya basın.
form-bad-word = Lütfen boşluksuz tek bir kelime gönderin (harf, rakam, _ veya .).
form-bad-line-long = Her satır en fazla { $limit } karakter olabilir.
form-bad-lines-count = { $count } satır gönderdiniz; bu hizmet için { $low } ile { $high } arasında satır gerekiyor.
form-bad-date = Lütfen tarihi DD/MM/YYYY biçiminde gönderin, örneğin 31/12/2027.
form-bad-date-past = Bu tarih geçmiş. Lütfen ileri bir tarih gönderin.

preview-caption = { $link }
    Şu anki abone sayısı: <b>{ $subscribers }</b>

## Summary and placement
summary-title = <b>Lütfen siparişinizi kontrol edin</b>
summary-service = Hizmet: { $name }
summary-field = { $label }: { $value }
summary-charge = Toplam: <b>{ $charge }</b>
summary-balance = Bakiyeniz: { $balance }
summary-short = ⚠️ Bakiyenizde { $missing } eksik. Önce bakiye yükleyin, sonra onaylayın.
label-link = Bağlantı
label-quantity = Miktar
label-comments = Yorumlar
label-usernames = Kullanıcı adları
label-hashtags = Hashtag'ler
label-hashtag = Hashtag
label-username = Kullanıcı adı
label-media = Medya
label-answer_number = Cevap numarası
label-groups = Gruplar
label-keywords = Anahtar kelimeler
label-min = Gönderi başına min
label-max = Gönderi başına maks
label-delay = Bekleme (dk)
label-posts = Gönderiler
label-old_posts = Eski gönderiler
label-expiry = Bitiş tarihi
label-runs = Sefer sayısı
label-interval = Aralık (dk)
label-lines = { $count } satır

order-placed = ✅ <b>#{ $id }</b> numaralı siparişiniz alındı. Sipariş ilerledikçe size haber vereceğim.
order-duplicate = Bu sipariş zaten <b>#{ $id }</b> numarasıyla verildi.
order-insufficient = Bakiyeniz ({ $balance }) { $charge } tutarını karşılamıyor. Lütfen bakiye yükleyip tekrar deneyin; hiçbir ücret alınmadı.
order-unknown = ⏳ <b>#{ $id }</b> numaralı sipariş gönderildi, ancak tedarikçi onaylamadı. Biz kontrol ederken { $charge } tutarınız güvende tutuluyor; size haber vereceğiz.
order-failed = ❌ <b>#{ $id }</b> numaralı sipariş verilemedi: { $reason } { $charge } tutarı bakiyenize iade edildi.
order-failed-link = tedarikçi bağlantıyı kabul etmedi.
order-failed-quantity = tedarikçi miktarı kabul etmedi.
order-failed-answer = tedarikçi cevap numarasını istiyor.
order-failed-service = bu hizmet şu anda kullanılamıyor.
order-failed-store = mağaza bu siparişi şu anda alamıyor; mağaza sahibine bildirildi.
order-failed-unreachable = tedarikçiye ulaşılamadı.
order-failed-other = tedarikçi siparişi reddetti.
order-form-stale = Bu formun süresi doldu. Yeniden başlamak için /order gönderin.

## My orders
orders-empty = Henüz siparişiniz yok. Sipariş vermek için /order gönderin.
orders-title = <b>Siparişleriniz</b> (sayfa { $page } / { $pages }):
orders-row = #{ $id } · { $service } · { $status }
order-not-found = Sipariş bulunamadı.
order-card =
    <b>Sipariş #{ $id }</b>
    { $service }
    Durum: <b>{ $status }</b>
    Tutar: { $charge }
order-card-link = Bağlantı: { $link }
order-card-quantity = Miktar: { $quantity }
order-card-start = Başlangıç sayısı: { $start }
order-card-remains = Kalan: { $remains }
order-card-refunded = İade edilen: { $refunded }
order-card-created = Sipariş tarihi: { $created } UTC
order-refresh = 🔄 Yenile
orders-back = ⬆️ Siparişlerim
status-pending = Beklemede
status-processing = İşleniyor
status-in_progress = Devam ediyor
status-completed = Tamamlandı
status-partial = Kısmen tamamlandı
status-canceled = İptal edildi
status-sending = Gönderiliyor
status-unknown = Kontrol ediliyor
status-failed = Başarısız

## Wallet
balance-text = Bakiyeniz: <b>{ $balance }</b>
balance-recent = Son hareketler:
balance-none = Henüz hareket yok.
ledger-topup = Bakiye yükleme
ledger-order = Sipariş #{ $order }
ledger-refund = Sipariş #{ $order } iadesi
ledger-adjustment = Düzeltme
ledger-line = { $date } · { $what } · { $amount }
order-refill = ♻️ Telafi
order-cancel = ✖️ Siparişi iptal et
