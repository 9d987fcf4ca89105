## Pushes from the background poller
push-order-status = 🔔 Order <b>#{ $id }</b> is now <b>{ $status }</b>.
push-refunded = 💰 { $amount } is back on your balance.
push-refill-status = ♻️ Refill of order <b>#{ $id }</b>: <b>{ $status }</b>.
refill-status-pending = Pending
refill-status-processing = Processing
refill-status-in_progress = In progress
refill-status-completed = Completed
refill-status-rejected = Rejected
refill-status-error = Failed
refill-status-canceled = Canceled

## Refill and cancel buttons (short answers shown over the chat)
refill-requested = ♻️ Refill of order #{ $id } requested. I will tell you when the supplier finishes it.
refill-already-open = A refill of order #{ $id } is already in progress. I will tell you when it is done.
refill-not-allowed = Order #{ $id } cannot be refilled now: it is not completed, or its refill period is over.
refill-refused = The supplier did not accept a refill of order #{ $id }.
refill-unclear = The supplier did not answer clearly. Please try again in a few minutes.
cancel-requested = Cancel of order #{ $id } requested. The refund follows when the supplier confirms.
cancel-not-allowed = Order #{ $id } cannot be cancelled any more.
cancel-refused = The supplier refused to cancel order #{ $id }.
cancel-unclear = The supplier did not answer. Please try again in a few minutes.
