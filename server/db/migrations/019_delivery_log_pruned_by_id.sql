-- The delivery log is pruned by age once an hour, but every delivery paid for its age index:
-- one more B-tree insert of a 24-byte timestamp per row (~7 µs of a delivery's ~90 µs in the
-- receive path here). Rows are appended in the order deliveries are received, so the log is
-- pruned by id instead: every row before the first one received since the cutoff
-- (server/db/webhooksInbox.ts). The inbox keeps its age index: its rows are keyed by
-- (source, key), not appended.
DROP INDEX webhook_deliveries_age;
