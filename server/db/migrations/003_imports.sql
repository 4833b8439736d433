-- CSV import history, the previous value of every cell an import changed (for an exact undo),
-- and saved source profiles (column mappings reused when the same header comes again).

-- One row per committed import. It is written in the same transaction as the values, so an
-- import that dies half-way (crash, SIGKILL) leaves neither values nor a history entry.
CREATE TABLE imports (
  id           INTEGER PRIMARY KEY,
  file_name    TEXT NOT NULL,
  hash         TEXT NOT NULL,
  size         INTEGER NOT NULL,
  rows         INTEGER NOT NULL DEFAULT 0,
  inserted     INTEGER NOT NULL DEFAULT 0,
  updated      INTEGER NOT NULL DEFAULT 0,
  unchanged    INTEGER NOT NULL DEFAULT 0,
  skipped_rows INTEGER NOT NULL DEFAULT 0,
  profile      TEXT,
  status       TEXT NOT NULL DEFAULT 'committed' CHECK (status IN ('committed', 'undone')),
  created_at   TEXT NOT NULL,
  undone_at    TEXT,
  user_name    TEXT
);
CREATE INDEX imports_hash ON imports(hash);

-- What each changed cell held before the import: prev_value NULL means the import inserted
-- it (undo deletes it). Provenance is kept so undo restores it too.
CREATE TABLE import_changes (
  import_id  INTEGER NOT NULL REFERENCES imports(id),
  measure_id INTEGER NOT NULL,
  segment_id INTEGER NOT NULL,
  day        TEXT NOT NULL,
  prev_value REAL,
  prev_kind  TEXT,
  prev_id    TEXT,
  prev_at    TEXT,
  PRIMARY KEY (import_id, measure_id, segment_id, day)
) WITHOUT ROWID;

CREATE TABLE import_profiles (
  name       TEXT PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('columns', 'rows')),
  -- Normalised header of a column profile, to find it again automatically.
  signature  TEXT,
  definition TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX import_profiles_signature ON import_profiles(signature);
