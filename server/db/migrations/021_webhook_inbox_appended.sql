-- Delivery ids are random (Shopify's webhook and event ids are UUIDs), so every key inserted
-- into the inbox's (source, key) B-tree landed on a page of its own: ~3.4 pages written to the
-- WAL per Shopify delivery (two keys, their page splits, the age index), 84 of the 97 pages a
-- group of 25 deliveries wrote. The inbox becomes a log appended in the order keys are claimed,
-- with no index but its id: a group's keys share a page or two. Whether a key was seen is
-- answered by the keys held in memory per connection (server/db/webhooksInbox.ts), loaded from
-- this table and kept up to date under the write lock. AUTOINCREMENT: ids are never reused, so
-- "rows after the last id seen" always finds another connection's new keys. Pruned by id, as
-- the delivery log (migration 019).
CREATE TABLE webhook_inbox_appended (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id   TEXT NOT NULL,
  key         TEXT NOT NULL,
  received_at TEXT NOT NULL
);
INSERT INTO webhook_inbox_appended (source_id, key, received_at)
  SELECT source_id, key, received_at FROM webhook_inbox ORDER BY received_at, source_id, key;
DROP TABLE webhook_inbox;
ALTER TABLE webhook_inbox_appended RENAME TO webhook_inbox;
