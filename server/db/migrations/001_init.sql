-- The first schema: catalog, segments, daily measure values with provenance, targets.

CREATE TABLE roles (
  id          INTEGER PRIMARY KEY,
  key         TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE measures (
  id           INTEGER PRIMARY KEY,
  key          TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  unit         TEXT NOT NULL CHECK (unit IN ('count', 'currency', 'duration', 'score')),
  non_negative INTEGER NOT NULL DEFAULT 1 CHECK (non_negative IN (0, 1))
);

CREATE TABLE kpis (
  id             INTEGER PRIMARY KEY,
  key            TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  description    TEXT NOT NULL DEFAULT '',
  unit           TEXT NOT NULL CHECK (unit IN ('currency', 'percent', 'count', 'ratio', 'duration', 'score')),
  direction      TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
  kind           TEXT NOT NULL CHECK (kind IN ('sum', 'ratio')),
  numerator_id   INTEGER NOT NULL REFERENCES measures(id),
  denominator_id INTEGER REFERENCES measures(id),
  scale          REAL NOT NULL DEFAULT 1,
  role_id        INTEGER NOT NULL REFERENCES roles(id),
  value_min      REAL,
  value_max      REAL,
  sort_order     INTEGER NOT NULL DEFAULT 0,
  CHECK ((kind = 'sum') = (denominator_id IS NULL))
);
CREATE INDEX kpis_role ON kpis(role_id);

-- Segment 1 is the whole business: values not attributed to a store, channel or country.
CREATE TABLE segments (
  id   INTEGER PRIMARY KEY,
  key  TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'store'
);
INSERT INTO segments (id, key, name, kind) VALUES (1, 'business', 'Whole business', 'business');

-- One value per measure, day and segment; a later write replaces it and its provenance.
-- The primary key serves one-segment reads; measure_values_day serves all-segment sums
-- (it covers value, so a week's totals never touch the table itself).
CREATE TABLE measure_values (
  measure_id  INTEGER NOT NULL REFERENCES measures(id),
  segment_id  INTEGER NOT NULL REFERENCES segments(id),
  day         TEXT NOT NULL,
  value       REAL NOT NULL,
  source_kind TEXT NOT NULL,
  source_id   TEXT NOT NULL,
  written_at  TEXT NOT NULL,
  PRIMARY KEY (measure_id, segment_id, day)
) WITHOUT ROWID;
CREATE INDEX measure_values_day ON measure_values(measure_id, day, value);

CREATE TABLE targets (
  id             INTEGER PRIMARY KEY,
  kpi_id         INTEGER NOT NULL REFERENCES kpis(id),
  segment_id     INTEGER REFERENCES segments(id),
  value          REAL NOT NULL,
  band           REAL NOT NULL DEFAULT 0 CHECK (band >= 0),
  effective_from TEXT NOT NULL,
  created_at     TEXT NOT NULL
);
CREATE INDEX targets_kpi ON targets(kpi_id, segment_id, effective_from);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
