# Storefront — oʻzbekcha. Barcha xabarlar parse_mode HTML bilan yuboriladi.

## Commands menu
cmd-start = Asosiy menyu
cmd-help = Doʻkon qanday ishlaydi
cmd-order = Buyurtma berish
cmd-orders = Buyurtmalarim
cmd-balance = Balansim
cmd-language = Tilni oʻzgartirish
cmd-cancel = Joriy bosqichdan chiqish

## Start and menu
start-greeting =
    Salom, <b>{ $name }</b>! 👋
    Doʻkonga xush kelibsiz. Quyidagidan keraklisini tanlang yoki qanday ishlashini bilish uchun /help yuboring.
menu-title = Asosiy menyu — nima qilmoqchisiz?
menu-order = 🛒 Yangi buyurtma
menu-orders = 📦 Buyurtmalarim
menu-balance = 💰 Balans
menu-language = 🌐 Til
menu-help = ❓ Yordam

help-text =
    <b>Doʻkon qanday ishlaydi</b>
    1. Balansingizni toʻldiring.
    2. /order orqali xizmatni tanlang, bir nechta savolga javob bering va tasdiqlang.
    3. Biz darhol boshlaymiz va buyurtma holati haqida xabar berib turamiz.

    /order — buyurtma berish
    /orders — buyurtmalaringiz va ularning holati
    /balance — balans va soʻnggi harakatlar
    /language — tilni oʻzgartirish
    /cancel — istalgan payt joriy bosqichdan chiqish

## Language
language-choose = Tilingizni tanlang:
language-set = Tayyor — endi oʻzbekcha gaplashaman.

## Cancel and fallbacks
cancel-done = Bekor qilindi. Hech narsa yechilmadi. Mana asosiy menyu.
cancel-nothing = Bekor qilinadigan narsa yoʻq. Mana asosiy menyu.
fallback-unknown = Tushunmadim. Quyidagi menyudan foydalaning yoki /help yuboring.
fallback-not-text = Bu yerda faqat matnli xabarlarni oʻqiy olaman. Quyidagi menyudan foydalaning yoki /help yuboring.
fallback-too-long = Bu xabar juda uzun ({ $length } belgi). Iltimos, { $limit } belgidan oshirmang.
button-stale = Bu tugma endi faol emas. Yangi menyu uchun /start yuboring.

## Guards
throttled = Siz juda tez xabar yuboryapsiz. Iltimos, bir necha soniya kuting.
banned = Bu doʻkonga kirishingiz toʻxtatilgan. Agar bu xato deb hisoblasangiz, doʻkon egasi bilan bogʻlaning.
error-generic = Bizning tomonda nimadir xato ketdi. Hech narsa yoʻqolmadi; birozdan keyin qayta urinib koʻring.
