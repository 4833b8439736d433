import type { Db } from '../db/open.js';

/**
 * Whole-database introspection for backups and the export. Table names only ever come from
 * sqlite_master, never from a request, before they are quoted into SQL.
 */

export type Row = Record<string, string | number | null>;

/** Every user table, in name order (SQLite's own tables excluded). */
export function listTables(db: Db): string[] {
  return db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function countRows(db: Db): Record<string, number> {
  return Object.fromEntries(
    listTables(db).map((t) => [
      t,
      db
        .prepare(`SELECT COUNT(*) FROM ${q(t)}`)
        .pluck()
        .get() as number,
    ]),
  );
}

/** Readable joins for the tables people open in a spreadsheet; ids are kept beside the keys. */
const READABLE: Record<string, string> = {
  measure_values: `SELECT m.key AS measure, s.key AS segment, v.day, v.value, v.source_kind, v.source_id,
      v.written_at, v.measure_id, v.segment_id
    FROM measure_values v JOIN measures m ON m.id = v.measure_id JOIN segments s ON s.id = v.segment_id
    ORDER BY v.day, m.key, s.key`,
  targets: `SELECT t.id, k.key AS kpi, s.key AS segment, t.value, t.band, t.effective_from, t.created_at,
      t.kpi_id, t.segment_id
    FROM targets t JOIN kpis k ON k.id = t.kpi_id LEFT JOIN segments s ON s.id = t.segment_id
    ORDER BY t.id`,
};

/** All rows of one table (which must come from `listTables`), in a stable order. */
export function tableRows(db: Db, table: string): Row[] {
  const readable = READABLE[table];
  if (readable) {
    try {
      return db.prepare(readable).all() as Row[];
    } catch {
      // A later migration changed the table's shape: fall back to the raw rows below.
    }
  }
  return db.prepare(`SELECT * FROM ${q(table)} ORDER BY 1`).all() as Row[];
}

/** Column names of a table's export, also when it is empty. */
export function tableColumns(db: Db, table: string): string[] {
  const readable = READABLE[table];
  const sql = readable ?? `SELECT * FROM ${q(table)}`;
  try {
    return db
      .prepare(sql)
      .columns()
      .map((c) => c.name);
  } catch {
    return db
      .prepare(`SELECT * FROM ${q(table)}`)
      .columns()
      .map((c) => c.name);
  }
}
