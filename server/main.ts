import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { defaultCatalog } from '../shared/catalog.js';
import { createApp } from './app.js';
import { createDemoUsers, DEMO_PASSWORD, ensureFirstAdmin } from './auth/bootstrap.js';
import { today } from './calendar.js';
import { ConfigError, loadConfig } from './config.js';
import { seedCatalog } from './db/catalog.js';
import { isEmpty } from './db/emptiness.js';
import { MigrationError, migrate } from './db/migrate.js';
import { openDb } from './db/open.js';
import { loadDemo } from './demo.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function start() {
  const config = loadConfig();
  const db = openDb(config.dbPath);
  migrate(db);
  if (seedCatalog(db, defaultCatalog)) console.log('Wrote the default KPI catalog (8 roles, 28 KPIs).');
  const clock = () => new Date();
  await ensureFirstAdmin(db, config, clock(), console.log);
  if (config.demo && isEmpty(db)) {
    const t0 = Date.now();
    const r = loadDemo(db, today(config, clock), config.weekStart, clock());
    await createDemoUsers(db, clock());
    console.log(
      `Loaded the demo dataset: ${r.values} values, ${r.targets} targets and the demo users (password "${DEMO_PASSWORD}") in ${Date.now() - t0} ms (ROLECARD_DEMO=0 starts empty).`,
    );
  }
  const { app } = createApp({ db, config, clock, staticDir: join(root, 'dist/web') });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    console.log(`Rolecard is listening on http://localhost:${info.port} (database ${config.dbPath})`);
  });
  const stop = () => {
    server.close(() => {
      db.close();
      process.exit(0);
    });
    // Idle keep-alive sockets would hold close() open; bound the wait.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

start().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof MigrationError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
});
