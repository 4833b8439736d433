-- The weekly review's written record: notes per role and week, reviewed weeks with the frozen
-- scorecard, and annotations (events on a date or range) for the trend charts.
--
-- Roles and KPIs are referenced by key, not by id with a foreign key: keys never change, and a
-- record of what was discussed must outlive a KPI that is later deleted or moved to another role.

CREATE TABLE review_notes (
  id          INTEGER PRIMARY KEY,
  week        TEXT NOT NULL,                 -- ISO week label, 2026-W11 (the same for either week start)
  role_key    TEXT NOT NULL,
  kpi_key     TEXT,                          -- NULL: about the role as a whole
  kind        TEXT NOT NULL CHECK (kind IN ('note', 'reply')),
  body        TEXT NOT NULL,
  author_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
  author_name TEXT NOT NULL,                 -- kept for a deleted account
  created_at  TEXT NOT NULL,
  updated_at  TEXT
);
CREATE INDEX review_notes_week ON review_notes(week, role_key);
CREATE INDEX review_notes_role ON review_notes(role_key, week);

-- One row per time a week was marked reviewed. Reopening keeps the row (and its snapshot) as
-- history; at most one row per week is open (not reopened) at a time.
CREATE TABLE week_reviews (
  id              INTEGER PRIMARY KEY,
  week            TEXT NOT NULL,
  snapshot        TEXT NOT NULL,             -- the all-segments scorecard JSON at that moment
  reviewed_at     TEXT NOT NULL,
  reviewed_by_id  INTEGER REFERENCES users(id) ON DELETE SET NULL,
  reviewed_by     TEXT NOT NULL,
  reopened_at     TEXT,
  reopened_by     TEXT
);
CREATE UNIQUE INDEX week_reviews_current ON week_reviews(week) WHERE reopened_at IS NULL;

CREATE TABLE annotations (
  id            INTEGER PRIMARY KEY,
  title         TEXT NOT NULL,
  note          TEXT NOT NULL DEFAULT '',
  start_day     TEXT NOT NULL,
  end_day       TEXT NOT NULL,
  created_by_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_by    TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT,
  CHECK (end_day >= start_day)
);
CREATE INDEX annotations_days ON annotations(start_day, end_day);

-- What an annotation is tied to; none at all means business-wide.
CREATE TABLE annotation_links (
  annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('role', 'kpi')),
  key           TEXT NOT NULL,
  PRIMARY KEY (annotation_id, kind, key)
) WITHOUT ROWID;
CREATE INDEX annotation_links_key ON annotation_links(kind, key);
