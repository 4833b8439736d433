/**
 * `npm run export -- <dir | file.json | file.csv>`: everything out of ROLECARD_DB, no server
 * needed. A folder gets `export.json` (every table) plus one CSV per table; a `.json` file the
 * JSON export; a `.csv` file the measure values with their provenance.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ConfigError, loadConfig } from '../server/config.js';
import { buildExport, tableCsv } from '../server/ops/export.js';
import { listTables } from '../server/ops/tables.js';

function main() {
  const target = process.argv[2];
  if (!target) throw new ConfigError('Usage: npm run export -- <folder | file.json | file.csv>');
  const { dbPath } = loadConfig();
  if (!existsSync(dbPath)) throw new ConfigError(`No database at ${dbPath} (ROLECARD_DB); nothing to export.`);
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    if (target.endsWith('.json')) {
      const doc = buildExport(db, new Date());
      writeFileSync(target, JSON.stringify(doc, null, 2));
      console.log(
        `Wrote ${target}: ${Object.entries(doc.counts)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')}`,
      );
    } else if (target.endsWith('.csv')) {
      writeFileSync(target, tableCsv(db, 'measure_values'));
      console.log(`Wrote ${target} (measure values with provenance).`);
    } else {
      mkdirSync(target, { recursive: true });
      const doc = buildExport(db, new Date());
      writeFileSync(join(target, 'export.json'), JSON.stringify(doc, null, 2));
      for (const t of listTables(db)) writeFileSync(join(target, `${t}.csv`), tableCsv(db, t));
      console.log(`Wrote ${target}/export.json and one CSV per table:`);
      for (const [t, n] of Object.entries(doc.counts)) console.log(`  ${t}.csv  ${n} rows`);
    }
  } finally {
    db.close();
  }
}

try {
  main();
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : `Export failed: ${(err as Error).message}`);
  process.exit(1);
}
