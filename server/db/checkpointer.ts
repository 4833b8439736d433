import { Worker } from 'node:worker_threads';
import type { LogFn } from '../ops/logger.js';
import { workerStart } from '../paths.js';
import type { CheckpointWorkerData, CheckpointWorkerMessage } from './checkpointWorker.js';
import type { Db } from './open.js';
import { readPragma, setPragma } from './pragmas.js';

/**
 * With the background checkpointer running, the server's connection checkpoints itself only
 * past this many pages (16 MB): as a fallback should the thread fall behind, and to let the
 * WAL start over from its beginning under a steady stream of writes (see below).
 */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 4000;
const DEFAULT_INTERVAL_MS = 25;

export interface Checkpointer {
  /** Resolves once the thread has its connection and runs its passes. */
  ready: Promise<void>;
  /** Stops the thread and gives checkpoints back to the server's connection. */
  stop(): Promise<void>;
}

/**
 * Moves WAL checkpoints off the event loop. SQLite checkpoints in whichever connection commits
 * the page that crosses `wal_autocheckpoint`: on the server that is the event loop, which then
 * copies ~1,000 pages into the database file and syncs it while every request waits. Webhook
 * deliveries with random ids (Shopify's are UUIDs) each dirty their own inbox page, so under
 * load this cost more than the deliveries' own writes (docs/webhooks.md, "Checkpoints").
 *
 * A worker thread with its own connection runs a PASSIVE checkpoint every `intervalMs`
 * instead. PASSIVE copies what no reader still needs and never waits, so the event loop's
 * writes go on meanwhile. The WAL can only start over from its beginning when a writer finds
 * every page of it copied, which a steady stream of writes rarely allows; so the server's own
 * connection keeps a higher autocheckpoint (FALLBACK_AUTOCHECKPOINT_PAGES): once the WAL is
 * that long, its next commit copies the few pages the thread has not yet, and the WAL
 * restarts. Null for a connection without a WAL file (in memory).
 */
export function startCheckpointer(db: Db, log: LogFn, intervalMs = DEFAULT_INTERVAL_MS): Checkpointer | null {
  if (db.memory || readPragma(db, 'journal_mode') !== 'wal') return null;
  const start = workerStart(new URL('./checkpointWorker.ts', import.meta.url));
  const worker = new Worker(start.url, {
    workerData: { ...start.data, path: db.name, intervalMs } satisfies CheckpointWorkerData & { entry?: string },
  });
  // The thread never keeps the process alive; the server stops it on its way out.
  worker.unref();
  // The connection's own threshold (SQLite's default is 1,000 pages), given back by `stop`.
  const own = readPragma(db, 'wal_autocheckpoint') as number;
  setPragma(db, 'wal_autocheckpoint', FALLBACK_AUTOCHECKPOINT_PAGES);
  let running = true;
  let exited = false;
  worker.once('exit', () => {
    exited = true;
  });
  const giveBack = () => {
    if (!running) return;
    running = false;
    if (db.open) setPragma(db, 'wal_autocheckpoint', own);
  };
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  worker.on('message', (m: CheckpointWorkerMessage) => {
    if (m.type === 'ready') markReady();
    if (m.type === 'failed')
      log({ level: 'warn', msg: 'A background WAL checkpoint failed; the next pass tries again.', err: m.error });
  });
  worker.on('error', (err) => {
    giveBack();
    log({
      level: 'error',
      msg: 'The background checkpointer stopped; the server checkpoints the WAL itself again.',
      err: String(err),
    });
  });
  return {
    ready,
    stop: () =>
      new Promise<void>((resolve) => {
        giveBack();
        if (exited) return resolve();
        // Referenced again, or the process could end before the thread has closed its connection.
        worker.ref();
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      }),
  };
}
