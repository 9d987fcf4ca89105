## Admin group (shown in the shop's default language)
admin-new-order = 🆕 Order #{ $id } by { $user }: { $service } — { $charge }
admin-order-failed = ❌ Order #{ $id } by { $user } was refused by the panel: { $error }. Refunded { $charge }.
admin-order-unknown =
    ⚠️ Order #{ $id } by { $user } ({ $service }, { $charge }): the panel's answer was unclear ({ $error }).
    It was NOT sent again. Check the panel, then settle it:
admin-unknown-restart = ⚠️ { $count } order(s) are still waiting to be settled:
admin-settle-placed = ✅ Placed (enter panel id)
admin-settle-refund = ↩️ Not placed: refund
admin-settle-ask = Reply with the panel's order id for order #{ $id }.
admin-settle-bad-id = That is not a panel order id. Send digits or letters, or /cancel.
admin-settled-placed = Order #{ $id } is settled as placed with panel order { $panel_id } by { $admin }.
admin-settled-refund = Order #{ $id } is settled as refunded ({ $charge }) by { $admin }.
admin-settle-stale = Order #{ $id } is not waiting to be settled any more.
admin-store-fault = 🔴 The panel refused order #{ $id } for a reason on the shop's side: { $error }
admin-usage-credit = Usage: /credit &lt;user id or @username&gt; &lt;amount&gt; [note]
admin-usage-debit = Usage: /debit &lt;user id or @username&gt; &lt;amount&gt; [note]
admin-usage-order = Usage: /order &lt;order id&gt;
admin-user-not-found = No user { $user } has written to the bot.
admin-bad-amount = "{ $amount }" is not a positive amount.
admin-credited = Credited { $amount } to { $user }. Balance: { $balance }.
admin-debited = Debited { $amount } from { $user }. Balance: { $balance }.
admin-debit-short = { $user } has only { $balance }; nothing was debited.
admin-already-done = This command was already applied.
admin-sync-started = Syncing the catalogue…
admin-sync-done = Catalogue synced: { $total } services, { $added } new, { $updated } changed, { $hidden } hidden.
admin-sync-failed = The panel did not give its catalogue: { $error }
admin-order-card =
    <b>Order #{ $id }</b> · user { $user }
    { $service } (service #{ $panel_service })
    Placement: { $placement } · status: { $status }
    Panel order: { $panel_id }
    Charge: { $charge } · refunded: { $refunded }
    Fields: { $fields }
    Error: { $error }
    Created: { $created } UTC
