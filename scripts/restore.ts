/**
 * `npm run restore -- <backup.db>`: replaces the database in ROLECARD_DB with a backup. The
 * server must be stopped; the replaced database is kept beside it as `<db>.replaced-<time>`.
 */
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../server/config.js';
import { describeDbFile } from '../server/ops/report.js';
import { RestoreRefused, restoreFrom } from '../server/ops/restore.js';

async function main() {
  const file = process.argv[2];
  if (!file) throw new ConfigError('Usage: npm run restore -- <backup.db>');
  const { dbPath } = loadConfig();
  const r = await restoreFrom(resolve(file), dbPath, new Date());
  console.log(`Restored ${file} into ${dbPath}:\n${describeDbFile(r.restored)}`);
  console.log(
    r.keptAside
      ? `The replaced database is kept at ${r.keptAside}.`
      : 'There was no database before; nothing was replaced.',
  );
  console.log('Start the server: pending migrations, if any, run at start.');
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof RestoreRefused) {
    console.error(`Restore refused: ${err.message}`);
    process.exit(2);
  }
  console.error(`Restore failed: ${(err as Error).message}`);
  process.exit(1);
});
