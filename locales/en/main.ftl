# Storefront — English. Every message is sent with parse_mode HTML.

## Commands menu (shown by Telegram next to the text field)
cmd-start = Main menu
cmd-help = How the shop works
cmd-order = Place an order
cmd-orders = My orders
cmd-balance = My balance
cmd-language = Change language
cmd-cancel = Leave the current step

## Start and menu
start-greeting =
    Hello, <b>{ $name }</b>! 👋
    Welcome to the shop. Pick what you need below, or send /help to see how it works.
menu-title = Main menu — what would you like to do?
menu-order = 🛒 New order
menu-orders = 📦 My orders
menu-balance = 💰 Balance
menu-language = 🌐 Language
menu-help = ❓ Help

help-text =
    <b>How the shop works</b>
    1. Top up your balance.
    2. Choose a service with /order, answer a few questions and confirm.
    3. We start at once and message you as the order moves.

    /order — place an order
    /orders — your orders and their status
    /balance — your balance and recent movements
    /language — change the language
    /cancel — leave the current step at any time

## Language
language-choose = Choose your language:
language-set = Done — I will speak English from now on.

## Cancel and fallbacks
cancel-done = Cancelled. Nothing was charged. Here is the main menu.
cancel-nothing = There is nothing to cancel. Here is the main menu.
fallback-unknown = I did not understand that. Use the menu below or send /help.
fallback-not-text = I can only read text messages here. Use the menu below or send /help.
fallback-too-long = That message is too long for me ({ $length } characters). Please keep it under { $limit }.
button-stale = This button is no longer active. Send /start for a fresh menu.

## Guards
throttled = You are sending messages too fast. Please wait a few seconds.
banned = Your access to this shop has been suspended. Contact the shop owner if you think this is a mistake.
error-generic = Something went wrong on our side. Nothing was lost; please try again in a moment.
