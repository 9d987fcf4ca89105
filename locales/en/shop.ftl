## Catalogue
catalog-empty = The catalogue is empty right now. Please come back a little later.
catalog-categories = <b>Choose a category</b> (page { $page } of { $pages }):
catalog-services = <b>{ $category }</b> — choose a service (page { $page } of { $pages }):
catalog-category-empty = This category has nothing to order right now.
catalog-service-gone = This service is not available any more. Please choose another one.
catalog-prev = ◀️ Back
catalog-next = Next ▶️
catalog-back-categories = ⬆️ Categories
catalog-back-services = ⬆️ Services
service-card =
    <b>{ $name }</b>
    Price: <b>{ $price }</b> per 1000
    Min: { $min } · Max: { $max }
    Refill: { $refill }
    Cancel: { $cancel }
service-card-description = { $description }
service-refill-days = yes, { $days } days
service-yes = yes
service-no = no
service-order = 🛒 Order this

## Order form
form-ask-link = Send the link (for example https://example.com/your-post).
form-ask-link-telegram = Send the channel or post link (https://t.me/...) or the @username.
form-ask-quantity = How many? Send a whole number from { $min } to { $max }.
form-ask-comments = Send the comments, one per line.
form-ask-usernames = Send the usernames, one per line.
form-ask-hashtags = Send the hashtags, one per line.
form-ask-hashtag = Send the hashtag.
form-ask-username = Send the username.
form-ask-media = Send the media URL (https://...).
form-ask-answer_number = Which answer should get the votes? Send its number (1 for the first answer).
form-ask-groups = Send the groups to invite from, one per line.
form-ask-keywords = Send the keywords, one per line.
form-ask-min = Minimum per post? Send a whole number from { $min } to { $max }.
form-ask-max = Maximum per post? Send a whole number from { $min } to { $max }.
form-ask-delay = Delay before starting on a new post, in minutes (0 for none).
form-ask-posts = How many new posts should it cover?
form-ask-old_posts = How many existing posts should it also cover? (optional)
form-ask-expiry = Until what date? Send it as DD/MM/YYYY. (optional)
form-ask-runs = Drip-feed: in how many runs? (optional; skip to deliver at once)
form-ask-interval = Drip-feed: minutes between runs? (optional)
form-skip = Skip ⏭
form-back = ◀️ Back
form-cancel = ✖️ Cancel
form-confirm = ✅ Confirm and pay
form-send-text = Please answer with a text message.

form-bad-empty = That is empty. Please send it again.
form-bad-link = That does not look like a link. Send a full address starting with https://
form-bad-link-telegram = That does not look like a Telegram link. Send https://t.me/... or @username.
form-bad-url = That does not look like a URL. Send a full address starting with https://
form-bad-number = Please send a whole number using digits only, like 1000.
form-bad-range = Please send a number from { $low } to { $high }.
form-bad-positive = Please send a number of 1 or more.
form-bad-runs-none = This quantity is too large to split into runs. Press Skip to deliver at once.
form-bad-word = Please send one word (letters, digits, _ or .), without spaces.
form-bad-line-long = Each line must be at most { $limit } characters.
form-bad-lines-count = You sent { $count } lines; this service needs from { $low } to { $high }.
form-bad-date = Please send the date as DD/MM/YYYY, for example 31/12/2027.
form-bad-date-past = That date has passed. Please send a future date.

preview-caption = { $link }
    Subscribers now: <b>{ $subscribers }</b>

## Summary and placement
summary-title = <b>Please check your order</b>
summary-service = Service: { $name }
summary-field = { $label }: { $value }
summary-charge = Total: <b>{ $charge }</b>
summary-balance = Your balance: { $balance }
summary-short = ⚠️ Your balance is short by { $missing }. Top up first, then confirm.
label-link = Link
label-quantity = Quantity
label-comments = Comments
label-usernames = Usernames
label-hashtags = Hashtags
label-hashtag = Hashtag
label-username = Username
label-media = Media
label-answer_number = Answer number
label-groups = Groups
label-keywords = Keywords
label-min = Min per post
label-max = Max per post
label-delay = Delay (min)
label-posts = Posts
label-old_posts = Old posts
label-expiry = Expires
label-runs = Runs
label-interval = Interval (min)
label-lines = { $count } lines

order-placed = ✅ Order <b>#{ $id }</b> is placed. I will message you as it moves.
order-duplicate = This order was already placed as <b>#{ $id }</b>.
order-insufficient = Your balance ({ $balance }) does not cover { $charge }. Please top up and try again; nothing was charged.
order-unknown = ⏳ Order <b>#{ $id }</b> was sent, but the supplier did not confirm it. Your { $charge } is held safely while we check; we will let you know.
order-failed = ❌ Order <b>#{ $id }</b> could not be placed: { $reason } Your { $charge } is back on your balance.
order-failed-link = the supplier did not accept the link.
order-failed-quantity = the supplier did not accept the quantity.
order-failed-answer = the supplier needs the answer number.
order-failed-service = this service is not available right now.
order-failed-store = the shop cannot take this order right now; the owner has been told.
order-failed-unreachable = the supplier could not be reached.
order-failed-other = the supplier refused it.
order-form-stale = This form has expired. Send /order to start again.

## My orders
orders-empty = You have no orders yet. Send /order to place one.
orders-title = <b>Your orders</b> (page { $page } of { $pages }):
orders-row = #{ $id } · { $service } · { $status }
order-not-found = That order was not found.
order-card =
    <b>Order #{ $id }</b>
    { $service }
    Status: <b>{ $status }</b>
    Charge: { $charge }
order-card-link = Link: { $link }
order-card-quantity = Quantity: { $quantity }
order-card-start = Start count: { $start }
order-card-remains = Remains: { $remains }
order-card-refunded = Refunded: { $refunded }
order-card-created = Placed: { $created } UTC
order-refresh = 🔄 Refresh
orders-back = ⬆️ My orders
status-pending = Pending
status-processing = Processing
status-in_progress = In progress
status-completed = Completed
status-partial = Partial
status-canceled = Canceled
status-sending = Sending
status-unknown = Being checked
status-failed = Failed

## Wallet
balance-text = Your balance: <b>{ $balance }</b>
balance-recent = Recent movements:
balance-none = No movements yet.
ledger-topup = Top-up
ledger-order = Order #{ $order }
ledger-refund = Refund for order #{ $order }
ledger-adjustment = Adjustment
ledger-line = { $date } · { $what } · { $amount }
order-refill = ♻️ Refill
order-cancel = ✖️ Cancel order
