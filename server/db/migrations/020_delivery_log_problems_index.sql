-- The Integrations page filters a source's delivery log by outcome, mostly to find what went
-- wrong: refusals, duplicates and ignored events among many accepted ones. Scanning the whole
-- log for them would read every accepted row (a busy shop logs tens of thousands a day), so
-- the rows that are not accepted get their own index. It is partial: an accepted delivery —
-- the webhook hot path — adds no B-tree entry for it (migration 019 removed one for the same
-- reason). Queries name the index's condition (outcome <> 'accepted') so SQLite can use it.
CREATE INDEX webhook_deliveries_not_accepted ON webhook_deliveries(source_id, id) WHERE outcome <> 'accepted';
