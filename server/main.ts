import type { Server } from 'node:http';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { defaultCatalog } from '../shared/catalog.js';
import { startAlerts } from './alerts/runtime.js';
import { createApp } from './app.js';
import { createDemoUsers, ensureFirstAdmin } from './auth/bootstrap.js';
import { today } from './calendar.js';
import { ConfigError, loadConfig } from './config.js';
import { seedCatalog } from './db/catalog.js';
import { startCheckpointer } from './db/checkpointer.js';
import { isEmpty } from './db/emptiness.js';
import { MigrationError, migrate } from './db/migrate.js';
import { openDb } from './db/open.js';
import { loadInboxKeys } from './db/webhooksInbox.js';
import { loadDemo } from './demo.js';
import { cleanOrphanedUploads } from './imports/uploads.js';
import { createLogger, toLogFn } from './ops/logger.js';
import { findLiveServer, removePidFile, writePidFile } from './ops/pidFile.js';
import { scheduleBackups } from './ops/schedule.js';
import { appVersion } from './ops/version.js';
import { projectRoot } from './paths.js';
import { loadDemoReviews } from './reviews/demo.js';

async function start() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const log = toLogFn(logger);
  const other = config.dbPath === ':memory:' ? null : await findLiveServer(config.dbPath);
  if (other) {
    throw new ConfigError(
      `Another Rolecard (pid ${other.pid}, port ${other.port}) is using ${config.dbPath}; stop it first or set ROLECARD_DB to another file.`,
    );
  }
  const db = openDb(config.dbPath);
  let applied: number[];
  try {
    applied = migrate(db);
  } catch (err) {
    // Close cleanly so the WAL (empty: the failed migration rolled back) is removed too.
    db.close();
    throw err;
  }
  if (applied.length) log({ msg: `Applied database migrations ${applied.join(', ')}.`, migrations: applied });
  if (seedCatalog(db, defaultCatalog)) log({ msg: 'Wrote the default KPI catalog (8 roles, 28 KPIs).' });
  const clock = () => new Date();
  // The generated password goes to the console once, never through the JSON logger.
  await ensureFirstAdmin(db, config, clock(), (line) => console.log(line));
  if (config.demo && isEmpty(db)) {
    const t0 = Date.now();
    const r = loadDemo(db, today(config, clock), config.weekStart, clock());
    await createDemoUsers(db, clock());
    loadDemoReviews(db, today(config, clock), config.weekStart, clock());
    log({
      msg: `Loaded the demo dataset: ${r.values} values, ${r.targets} targets and the demo users (see README) in ${Date.now() - t0} ms (ROLECARD_DEMO=0 starts empty).`,
    });
  }
  const orphans = await cleanOrphanedUploads();
  if (orphans.folders || orphans.files)
    log({
      msg: `Deleted uploads left by earlier server processes: ${orphans.folders} folder(s), ${orphans.files} expired file(s).`,
    });
  const { app, createServer } = createApp({ db, config, clock, staticDir: join(projectRoot, 'dist/web'), log });
  const backups = scheduleBackups(db, config.backup, log);
  const checkpoints = startCheckpointer(db, log);
  loadInboxKeys(db);
  const alerts = startAlerts({ db, config, clock, log });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host, createServer }, (info) => {
    if (config.dbPath !== ':memory:') {
      writePidFile(config.dbPath, {
        pid: process.pid,
        host: config.host,
        port: info.port,
        startedAt: clock().toISOString(),
      });
    }
    log({
      msg: `Rolecard ${appVersion} is listening on http://localhost:${info.port} (database ${config.dbPath})`,
      port: info.port,
      version: appVersion,
    });
  }) as Server;
  server.on('error', (err: NodeJS.ErrnoException) => {
    log({ level: 'fatal', msg: `Cannot listen on ${config.host}:${config.port}: ${err.code ?? err.message}` });
    db.close();
    process.exit(1);
  });

  let stopping = false;
  /**
   * Graceful stop: refuse new connections, let requests in flight finish (bounded by
   * ROLECARD_SHUTDOWN_TIMEOUT_MS), then fold the WAL into the main file and close the DB.
   * Writes are synchronous transactions, so a signal can only land between two of them: an
   * import is committed whole or was never started — never half written.
   */
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log({ msg: `${signal}: stopping; waiting up to ${config.shutdownTimeoutMs} ms for requests in flight.` });
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Keep-alive sockets that finish their last response would otherwise hold close() open.
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      closed.then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), config.shutdownTimeoutMs);
      }),
    ]);
    clearInterval(idle);
    clearTimeout(timer);
    if (timedOut) {
      log({
        level: 'warn',
        msg: 'Requests still open after the shutdown timeout were cut off (nothing of them was written).',
      });
      server.closeAllConnections();
    }
    await backups.stop();
    await alerts.stop();
    await checkpoints?.stop();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    removePidFile(config.dbPath);
    log({ msg: 'Stopped cleanly: WAL checkpointed, database closed.' });
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

start().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof MigrationError) {
    // Plain text on stderr: this is read by a person fixing the deployment.
    console.error(err.message);
    if (err instanceof MigrationError) {
      console.error(
        'The database was left exactly as it was; the server did not start. Restore a backup or fix the cause, then start again.',
      );
    }
    process.exit(1);
  }
  throw err;
});
