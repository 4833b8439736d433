-- Alerts (a KPI turned red, an outlier week, an input measure that stopped arriving), the
-- outbound webhook each business role may have, and the persistent queue of deliveries.

-- One row per alert ever recorded. `dedupe_key` (kind:subject:week-or-day) makes recording
-- idempotent: the evaluation runs after every ingest and on a timer, and INSERT OR IGNORE on
-- this key is what makes "recorded once" hold under any number of re-runs.
-- KPI and measure keys are kept as text (no foreign key) so an alert outlives a catalog
-- change; `roles` is the JSON array of role keys it was routed to when it was recorded.
CREATE TABLE alerts (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('turned_red', 'outlier', 'missing_data')),
  dedupe_key  TEXT NOT NULL UNIQUE,
  kpi_key     TEXT,
  measure_key TEXT,
  week        TEXT NOT NULL,                 -- ISO label of the week it is about
  roles       TEXT NOT NULL DEFAULT '[]',
  facts       TEXT NOT NULL,                 -- the numbers behind it (JSON, shared/alerts.ts)
  text        TEXT NOT NULL,                 -- the human sentence, as sent
  link        TEXT NOT NULL,                 -- app path of the chart, e.g. /roles/x?kpi=y
  created_at  TEXT NOT NULL,
  CHECK ((kind = 'missing_data') = (measure_key IS NOT NULL AND kpi_key IS NULL))
);
CREATE INDEX alerts_created ON alerts(created_at);
CREATE INDEX alerts_week ON alerts(week);

-- A role's outbound webhook. The signing secret is needed to sign, so it is stored as is
-- (like webhook source secrets; see docs/insights-alerts.md).
CREATE TABLE role_alert_webhooks (
  role_id    INTEGER PRIMARY KEY REFERENCES roles(id) ON DELETE CASCADE,
  url        TEXT NOT NULL,
  secret     TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- The delivery queue: one row per (alert, role). It lives in the database, so a restart
-- resumes where it stopped. `next_attempt_at` is when it is due; while an attempt runs the
-- row is `sending` and `next_attempt_at` is its lease: a process that died mid-attempt leaves
-- a row that becomes due again when the lease ends.
CREATE TABLE alert_deliveries (
  id              INTEGER PRIMARY KEY,
  alert_id        INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  role_id         INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  message_id      TEXT NOT NULL UNIQUE,      -- webhook-id: the same on every retry
  status          TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'delivered', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  last_attempt_at TEXT,
  last_status     INTEGER,                   -- HTTP status of the last answer, if any
  last_error      TEXT,
  delivered_at    TEXT,
  created_at      TEXT NOT NULL,
  UNIQUE (alert_id, role_id)
);
CREATE INDEX alert_deliveries_due ON alert_deliveries(status, next_attempt_at);
