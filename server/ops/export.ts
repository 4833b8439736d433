import type { ExportDocument } from '../../shared/ops.js';
import { toCsv } from '../csv/write.js';
import type { Db } from '../db/open.js';
import { listTables, type Row, tableColumns, tableRows } from './tables.js';
import { appVersion } from './version.js';

function schemaVersion(db: Db): number | null {
  if (!listTables(db).includes('schema_migrations')) return null;
  return db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number | null;
}

/**
 * Every table in one consistent snapshot: the reads share one transaction, so a write that
 * commits meanwhile is either wholly in the export or wholly out of it. Tables added by later
 * migrations (notes, imports, ...) are included without changes here.
 */
export function buildExport(db: Db, now: Date): ExportDocument {
  return db.transaction(() => {
    const tables: Record<string, Row[]> = {};
    for (const t of listTables(db)) tables[t] = tableRows(db, t);
    return {
      format: 'rolecard-export' as const,
      version: appVersion,
      schemaVersion: schemaVersion(db),
      exportedAt: now.toISOString(),
      counts: Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length])),
      tables,
    };
  })();
}

/** One table as CSV, read in one snapshot. */
export function tableCsv(db: Db, table: string): string {
  return db.transaction(() => toCsv(tableColumns(db, table), tableRows(db, table)))();
}
