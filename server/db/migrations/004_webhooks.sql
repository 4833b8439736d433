-- Webhook ingestion: sources and their secrets, the inbox that makes deliveries exactly-once,
-- the delivery log, and per-order state so a Shopify order is reversed at most once.

CREATE TABLE webhook_sources (
  id                    TEXT PRIMARY KEY,           -- random, unguessable: it is part of the URL
  name                  TEXT NOT NULL,
  kind                  TEXT NOT NULL CHECK (kind IN ('generic', 'shopify', 'helpdesk')),
  time_zone             TEXT,
  segment_id            INTEGER REFERENCES segments(id),
  currency              TEXT,
  allow_test            INTEGER NOT NULL DEFAULT 0 CHECK (allow_test IN (0, 1)),
  enabled               INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  max_body_bytes        INTEGER NOT NULL,
  rate_limit_per_minute INTEGER NOT NULL,
  created_at            TEXT NOT NULL
);

-- HMAC needs the secret itself, so it is stored as given (see docs/webhooks.md, "Secrets at
-- rest"). Several active secrets per source = rotation; revoked ones never verify again.
CREATE TABLE webhook_secrets (
  id         INTEGER PRIMARY KEY,
  source_id  TEXT NOT NULL REFERENCES webhook_sources(id),
  secret     TEXT NOT NULL,
  hint       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX webhook_secrets_source ON webhook_secrets(source_id, revoked_at);

-- One row per delivery key seen and committed. Written in the same transaction as the
-- measure changes, so a retry (even one racing the first attempt) finds it and changes nothing.
CREATE TABLE webhook_inbox (
  source_id   TEXT NOT NULL,
  key         TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (source_id, key)
) WITHOUT ROWID;
CREATE INDEX webhook_inbox_age ON webhook_inbox(received_at);

-- Every delivery, accepted or refused: no secrets, no bodies. Pruned by age.
CREATE TABLE webhook_deliveries (
  id          INTEGER PRIMARY KEY,
  source_id   TEXT NOT NULL,
  received_at TEXT NOT NULL,
  delivery_id TEXT,
  topic       TEXT,
  status      INTEGER NOT NULL,
  outcome     TEXT NOT NULL CHECK (outcome IN ('accepted', 'duplicate', 'ignored', 'refused')),
  reason      TEXT,
  changes     TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX webhook_deliveries_source ON webhook_deliveries(source_id, id);
CREATE INDEX webhook_deliveries_age ON webhook_deliveries(received_at);

-- What each Shopify order contributed, so cancellation and refunds reverse it exactly once
-- whatever order the deliveries arrive in. Ids are kept as text: they can exceed 2^53.
CREATE TABLE webhook_orders (
  source_id    TEXT NOT NULL,
  order_id     TEXT NOT NULL,
  counted      INTEGER NOT NULL DEFAULT 0,   -- orders/create applied
  day          TEXT,                         -- the day the order was counted on
  net          REAL NOT NULL DEFAULT 0,      -- net revenue it added
  new_customer INTEGER NOT NULL DEFAULT 0,
  refunded     REAL NOT NULL DEFAULT 0,      -- net revenue its refunds removed
  returned_day TEXT,                         -- the day returned_orders was counted on
  cancelled    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (source_id, order_id)
) WITHOUT ROWID;
