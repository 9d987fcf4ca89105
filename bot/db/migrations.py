"""Numbered schema migrations, tracked in `PRAGMA user_version`.

Append only: a migration that has shipped is never edited; a change is a new number.
"""

from __future__ import annotations

import aiosqlite

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE users (
        id            INTEGER PRIMARY KEY,          -- the Telegram user id
        first_name    TEXT NOT NULL DEFAULT '',
        username      TEXT,
        language_code TEXT,                         -- what Telegram says the client speaks
        locale        TEXT,                         -- chosen with /language; NULL = not chosen
        is_banned     INTEGER NOT NULL DEFAULT 0,
        ban_notified  INTEGER NOT NULL DEFAULT 0,   -- a banned user is told once
        is_blocked    INTEGER NOT NULL DEFAULT 0,   -- the user blocked the bot (403)
        created_at    TEXT NOT NULL,
        seen_at       TEXT NOT NULL
    );
    CREATE INDEX users_username ON users (lower(username));

    CREATE TABLE fsm (
        key   TEXT PRIMARY KEY,
        state TEXT,
        data  TEXT NOT NULL DEFAULT '{}'
    );
    """,
    2: """
    -- Money columns are INTEGER micro-units (10^-6) of the store currency; see bot/money.py.
    CREATE TABLE categories (
        id             INTEGER PRIMARY KEY,
        name           TEXT NOT NULL UNIQUE,
        markup_percent TEXT                         -- NULL = the shop's default markup
    );

    CREATE TABLE services (
        id               INTEGER PRIMARY KEY,       -- the store's own stable id
        panel_service_id TEXT NOT NULL UNIQUE,
        category_id      INTEGER NOT NULL REFERENCES categories (id),
        name             TEXT NOT NULL,
        type             TEXT NOT NULL,
        rate             TEXT NOT NULL,             -- panel rate per 1000, exact decimal text
        min_quantity     INTEGER NOT NULL,
        max_quantity     INTEGER NOT NULL,
        can_refill       INTEGER NOT NULL DEFAULT 0,
        can_cancel       INTEGER NOT NULL DEFAULT 0,
        dripfeed         INTEGER NOT NULL DEFAULT 0,
        description      TEXT,
        refill_days      INTEGER,
        markup_percent   TEXT,                      -- NULL = the category's or the default
        is_listed        INTEGER NOT NULL DEFAULT 1,-- present in the panel's last catalogue
        is_enabled       INTEGER NOT NULL DEFAULT 1,-- the owner's /service on|off
        synced_at        TEXT NOT NULL
    );
    CREATE INDEX services_category ON services (category_id, is_listed, is_enabled);

    CREATE TABLE wallets (
        user_id INTEGER PRIMARY KEY REFERENCES users (id),
        balance INTEGER NOT NULL DEFAULT 0 CHECK (balance >= 0)
    );

    -- Every change of a balance; `cause` names what caused it and can happen once only.
    CREATE TABLE ledger (
        id         INTEGER PRIMARY KEY,
        user_id    INTEGER NOT NULL REFERENCES users (id),
        amount     INTEGER NOT NULL,                -- signed
        kind       TEXT NOT NULL CHECK (kind IN ('topup', 'order', 'refund', 'adjustment')),
        cause      TEXT NOT NULL UNIQUE,
        order_id   INTEGER REFERENCES orders (id),
        note       TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX ledger_user ON ledger (user_id, id);

    CREATE TABLE orders (
        id             INTEGER PRIMARY KEY,
        user_id        INTEGER NOT NULL REFERENCES users (id),
        service_id     INTEGER NOT NULL REFERENCES services (id),
        request_key    TEXT NOT NULL UNIQUE,        -- one confirmation, one order
        fields         TEXT NOT NULL,               -- JSON of what is sent to the panel
        link           TEXT,
        quantity       INTEGER,
        charge         INTEGER NOT NULL,
        -- placement: sending -> placed | failed | unknown; unknown -> placed | failed
        placement      TEXT NOT NULL,
        status         TEXT,                        -- the panel's, normalised (OrderStatus)
        panel_order_id TEXT,
        start_count    INTEGER,
        remains        INTEGER,
        panel_charge   TEXT,
        refunded       INTEGER NOT NULL DEFAULT 0,
        error          TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
    );
    CREATE INDEX orders_user ON orders (user_id, id);
    CREATE INDEX orders_active ON orders (placement, status);
    """,
    3: """
    -- The poller's bookkeeping. A status is pushed to the customer when it differs from the
    -- last one pushed; NULL counts as 'pending', which the placement message already said.
    ALTER TABLE orders ADD COLUMN notified_status TEXT;
    -- When the poller first saw the order Completed: the refill period counts from here.
    ALTER TABLE orders ADD COLUMN completed_at TEXT;
    UPDATE orders SET notified_status = status WHERE status IS NOT NULL;

    -- Keyset pages over these partial indexes stay cheap with 100,000 orders: the poller
    -- never scans finished or already-told orders. Queries repeat these WHERE terms exactly.
    CREATE INDEX orders_polled ON orders (id)
        WHERE placement = 'placed' AND status NOT IN ('completed', 'partial', 'canceled');
    CREATE INDEX orders_unnotified ON orders (id)
        WHERE placement = 'placed' AND status IS NOT coalesce(notified_status, 'pending');

    CREATE TABLE refills (
        id              INTEGER PRIMARY KEY,
        order_id        INTEGER NOT NULL REFERENCES orders (id),
        panel_refill_id TEXT,                       -- NULL while the request is in flight
        -- requesting -> pending | processing | in_progress -> completed | rejected | error
        -- | canceled; 'unknown' when the panel's answer to the request was unreadable
        status          TEXT NOT NULL,
        notified_status TEXT NOT NULL,              -- the last status the customer was told
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
    );
    -- One open refill per order: a second press cannot send a second request.
    CREATE UNIQUE INDEX refills_one_open ON refills (order_id)
        WHERE status IN ('requesting', 'pending', 'processing', 'in_progress');
    CREATE INDEX refills_status ON refills (status, id);
    CREATE INDEX refills_unnotified ON refills (id) WHERE status != notified_status;
    """,
}


async def migrate(conn: aiosqlite.Connection) -> int:
    """Apply every migration newer than the database; returns the resulting version."""
    async with conn.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    version = int(row[0]) if row else 0
    for number in sorted(n for n in MIGRATIONS if n > version):
        # One script, one transaction: a failure leaves the previous version intact.
        await conn.executescript(
            f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\nPRAGMA user_version = {number};\nCOMMIT;"
        )
        version = number
    return version
