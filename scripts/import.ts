/**
 * Imports a CSV export from the command line (for scheduled exports), through the same
 * pipeline as the Import page: same detection, same errors, one transaction.
 *
 *   npm run import -- <file.csv> [--profile NAME] [--dry-run] [--segment KEY]
 *                     [--date-format dmy|mdy|...] [--spread] [--skip-bad-rows] [--allow-duplicate]
 *
 * Exit codes: 0 imported (or a clean dry run), 1 the file was refused (nothing written),
 * 2 wrong usage or unreadable file.
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config.js';
import { runImport } from '../server/csv/pipeline.js';
import { seedCatalog } from '../server/db/catalog.js';
import { migrate } from '../server/db/migrate.js';
import { openDb } from '../server/db/open.js';
import { toApiError } from '../server/imports/errors.js';
import { defaultCatalog } from '../shared/catalog.js';
import { dateFormatSchema, importOptionsSchema } from '../shared/imports.js';

const USAGE =
  'Usage: npm run import -- <file.csv> [--profile NAME] [--dry-run] [--segment KEY] [--date-format ymd|ymd_compact|dmy|mdy|week|month] [--spread] [--skip-bad-rows] [--allow-duplicate]';

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        segment: { type: 'string' },
        'date-format': { type: 'string' },
        spread: { type: 'boolean', default: false },
        'skip-bad-rows': { type: 'boolean', default: false },
        'allow-duplicate': { type: 'boolean', default: false },
        progress: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  try {
    args = parse();
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values: v, positionals } = args;
  if (v.help) {
    console.log(USAGE);
    return 0;
  }
  const path = positionals[0];
  if (!path || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    console.error(`Cannot read "${path}": no such file.`);
    return 2;
  }
  const dateFormat = v['date-format'] === undefined ? undefined : dateFormatSchema.safeParse(v['date-format']);
  if (dateFormat && !dateFormat.success) {
    console.error(`--date-format must be one of ${dateFormatSchema.options.join(', ')}.`);
    return 2;
  }
  const config = loadConfig();
  const db = openDb(config.dbPath);
  migrate(db);
  seedCatalog(db, defaultCatalog);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  const options = importOptionsSchema.parse({
    profile: v.profile,
    segment: v.segment,
    dateFormat: dateFormat?.data,
    spreadPeriods: v.spread,
    skipBadRows: v['skip-bad-rows'],
    allowDuplicate: v['allow-duplicate'],
  });
  const dry = v['dry-run'];
  try {
    const t0 = Date.now();
    const r = await runImport(
      { path, fileName: basename(path), size, hash: hash.digest('hex'), uploadId: 'cli' },
      options,
      {
        db,
        timeZone: config.timeZone,
        now: new Date(),
        commit: !dry,
        // --progress: one line per chunk on stderr (rows so far), for long scheduled imports.
        onProgress: v.progress ? (p) => p.bytes < 0 && console.error(`progress: ${p.rows} rows`) : undefined,
      },
    );
    const d = r.detection;
    console.log(
      `${r.fileName}: ${d.encoding}, delimiter ${JSON.stringify(d.delimiter)}, dates ${d.dateFormat ?? `ambiguous (${d.dateFormatCandidates.join(' or ')})`}, numbers ${d.numberLocale === 'dot' ? '1,234.5' : '1.234,5'}, ${d.shape}${r.profile ? `, profile "${r.profile}"` : ''}`,
    );
    for (const n of r.notes) console.log(`note: ${n}`);
    if (r.duplicateOf) console.log(`note: byte-identical to import #${r.duplicateOf.id} (${r.duplicateOf.fileName}).`);
    for (const e of r.errors) console.error(e.text);
    if (r.errorCount > r.errors.length) console.error(`… and ${r.errorCount - r.errors.length} more error(s).`);
    const c = r.counts;
    const what = dry
      ? `${c.rows} rows: ${c.inserted} values to insert, ${c.updated} to update, ${c.unchanged} unchanged`
      : `${c.rows} rows: ${c.inserted} values inserted, ${c.updated} updated, ${c.unchanged} unchanged`;
    if (dry) {
      console.log(`Dry run, nothing written. ${what}; ${r.errorCount} error(s).`);
      return r.errorCount ? 1 : 0;
    }
    if (!r.committed) {
      console.error(`Refused: ${r.errorCount} error(s); nothing was written.`);
      return 1;
    }
    console.log(
      `Imported as #${r.importId} in ${Date.now() - t0} ms. ${what}${c.badRows ? `; ${c.badRows} bad row(s) skipped` : ''}.`,
    );
    return 0;
  } catch (err) {
    const e = toApiError(err);
    console.error(e.message.replace('with "allowDuplicate"', 'with --allow-duplicate'));
    return e.status >= 500 ? 2 : 1;
  } finally {
    db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof ConfigError ? err.message : `Import failed: ${(err as Error).message}`);
    process.exit(2);
  },
);
