# Storefront — Türkçe. Tüm mesajlar parse_mode HTML ile gönderilir.

## Commands menu
cmd-start = Ana menü
cmd-help = Mağaza nasıl çalışır
cmd-order = Sipariş ver
cmd-orders = Siparişlerim
cmd-balance = Bakiyem
cmd-language = Dili değiştir
cmd-cancel = Geçerli adımdan çık

## Start and menu
start-greeting =
    Merhaba <b>{ $name }</b>! 👋
    Mağazaya hoş geldiniz. Aşağıdan ihtiyacınızı seçin veya nasıl çalıştığını görmek için /help gönderin.
menu-title = Ana menü — ne yapmak istersiniz?
menu-order = 🛒 Yeni sipariş
menu-orders = 📦 Siparişlerim
menu-balance = 💰 Bakiye
menu-language = 🌐 Dil
menu-help = ❓ Yardım

help-text =
    <b>Mağaza nasıl çalışır</b>
    1. Bakiyenizi yükleyin.
    2. /order ile bir hizmet seçin, birkaç soruyu yanıtlayın ve onaylayın.
    3. Hemen başlarız ve sipariş ilerledikçe size haber veririz.

    /order — sipariş ver
    /orders — siparişleriniz ve durumları
    /balance — bakiyeniz ve son hareketler
    /language — dili değiştir
    /cancel — istediğiniz an geçerli adımdan çıkın

## Language
language-choose = Dilinizi seçin:
language-set = Tamam — artık Türkçe konuşuyorum.

## Cancel and fallbacks
cancel-done = İptal edildi. Hiçbir ücret alınmadı. İşte ana menü.
cancel-nothing = İptal edilecek bir şey yok. İşte ana menü.
fallback-unknown = Bunu anlayamadım. Aşağıdaki menüyü kullanın veya /help gönderin.
fallback-not-text = Burada yalnızca metin mesajlarını okuyabilirim. Aşağıdaki menüyü kullanın veya /help gönderin.
fallback-too-long = Bu mesaj çok uzun ({ $length } karakter). Lütfen { $limit } karakterin altında tutun.
button-stale = Bu düğme artık etkin değil. Yeni bir menü için /start gönderin.

## Guards
throttled = Çok hızlı mesaj gönderiyorsunuz. Lütfen birkaç saniye bekleyin.
banned = Bu mağazaya erişiminiz askıya alındı. Bunun bir hata olduğunu düşünüyorsanız mağaza sahibiyle iletişime geçin.
error-generic = Bizim tarafımızda bir sorun oluştu. Hiçbir şey kaybolmadı; lütfen birazdan tekrar deneyin.
