import type { ImportRecord } from '../../shared/imports.js';
import type { Db } from './open.js';

interface ImportRow {
  id: number;
  file_name: string;
  hash: string;
  size: number;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped_rows: number;
  profile: string | null;
  status: 'committed' | 'undone';
  created_at: string;
  undone_at: string | null;
  user_name: string | null;
}

const toRecord = (r: ImportRow): ImportRecord => ({
  id: r.id,
  fileName: r.file_name,
  hash: r.hash,
  size: r.size,
  rows: r.rows,
  inserted: r.inserted,
  updated: r.updated,
  unchanged: r.unchanged,
  skippedRows: r.skipped_rows,
  profile: r.profile,
  status: r.status,
  createdAt: r.created_at,
  undoneAt: r.undone_at,
  user: r.user_name,
});

export function insertImport(
  db: Db,
  v: { fileName: string; hash: string; size: number; profile: string | null; createdAt: string },
): number {
  const r = db
    .prepare(
      'INSERT INTO imports (file_name, hash, size, profile, created_at) VALUES (@fileName, @hash, @size, @profile, @createdAt)',
    )
    .run(v);
  return Number(r.lastInsertRowid);
}

export function finishImport(
  db: Db,
  id: number,
  c: { rows: number; inserted: number; updated: number; unchanged: number; skippedRows: number },
): void {
  db.prepare(
    'UPDATE imports SET rows = @rows, inserted = @inserted, updated = @updated, unchanged = @unchanged, skipped_rows = @skippedRows WHERE id = @id',
  ).run({ ...c, id });
}

export function getImport(db: Db, id: number): ImportRecord | undefined {
  const r = db.prepare('SELECT * FROM imports WHERE id = ?').get(id) as ImportRow | undefined;
  return r && toRecord(r);
}

export function listImports(db: Db, limit = 100): ImportRecord[] {
  return (db.prepare('SELECT * FROM imports ORDER BY id DESC LIMIT ?').all(limit) as ImportRow[]).map(toRecord);
}

/** The latest committed (not undone) import of the same bytes. */
export function findImportByHash(db: Db, hash: string): ImportRecord | undefined {
  const r = db
    .prepare("SELECT * FROM imports WHERE hash = ? AND status = 'committed' ORDER BY id DESC LIMIT 1")
    .get(hash) as ImportRow | undefined;
  return r && toRecord(r);
}

export function markUndone(db: Db, id: number, at: string): void {
  db.prepare("UPDATE imports SET status = 'undone', undone_at = ? WHERE id = ?").run(at, id);
}

export interface ChangeRow {
  measure_id: number;
  segment_id: number;
  day: string;
  prev_value: number | null;
  prev_kind: string | null;
  prev_id: string | null;
  prev_at: string | null;
}

/** Changed cells whose current value no longer comes from this import (a later write). */
export function overwrittenCells(db: Db, importId: number, limit: number) {
  return db
    .prepare(
      `SELECT c.measure_id, c.segment_id, c.day, m.key AS measure, s.key AS segment, v.source_kind, v.source_id
       FROM import_changes c
       JOIN measures m ON m.id = c.measure_id
       JOIN segments s ON s.id = c.segment_id
       LEFT JOIN measure_values v ON v.measure_id = c.measure_id AND v.segment_id = c.segment_id AND v.day = c.day
       WHERE c.import_id = ? AND (v.source_kind IS NULL OR v.source_kind <> 'csv' OR v.source_id <> ?)
       ORDER BY c.day LIMIT ?`,
    )
    .all(importId, String(importId), limit) as Array<{
    measure: string;
    segment: string;
    day: string;
    source_kind: string | null;
    source_id: string | null;
  }>;
}

export function countOverwritten(db: Db, importId: number): number {
  return db
    .prepare(
      `SELECT COUNT(*) FROM import_changes c
       LEFT JOIN measure_values v ON v.measure_id = c.measure_id AND v.segment_id = c.segment_id AND v.day = c.day
       WHERE c.import_id = ? AND (v.source_kind IS NULL OR v.source_kind <> 'csv' OR v.source_id <> ?)`,
    )
    .pluck()
    .get(importId, String(importId)) as number;
}

/**
 * An import's changes in pages, in the order they were written: a million-cell undo never
 * holds them all in memory, and no query stays open while the caller writes (better-sqlite3
 * forbids that).
 */
export function* iterateChanges(db: Db, importId: number, pageSize = 10_000): Generator<ChangeRow> {
  const page = db.prepare(
    `SELECT rowid, measure_id, segment_id, day, prev_value, prev_kind, prev_id, prev_at FROM import_changes
     WHERE import_id = ? AND rowid > ? ORDER BY rowid LIMIT ?`,
  );
  let after = 0;
  for (;;) {
    const rows = page.all(importId, after, pageSize) as Array<ChangeRow & { rowid: number }>;
    yield* rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = last.rowid;
  }
}

/** Who committed an import (the history's user column). */
export function setImportUser(db: Db, id: number, user: string): void {
  db.prepare('UPDATE imports SET user_name = ? WHERE id = ?').run(user, id);
}
