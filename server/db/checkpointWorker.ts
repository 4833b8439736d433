import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

/**
 * The background checkpointer's thread (see checkpointer.ts): its own connection copies
 * committed WAL pages into the database file every `intervalMs`, so the server's event loop
 * does not. PASSIVE never waits for a lock and never blocks a writer or a reader: pages a
 * reader still needs are left for the next pass.
 */
export interface CheckpointWorkerData {
  path: string;
  intervalMs: number;
}
/** What the thread tells the server: that it runs, a pass that failed (logged there), that it has stopped. */
export type CheckpointWorkerMessage = { type: 'ready' } | { type: 'failed'; error: string } | { type: 'stopped' };

const { path, intervalMs } = workerData as CheckpointWorkerData;
const port = parentPort;
if (!port) throw new Error('checkpointWorker runs as a worker thread');

const db = new Database(path, { fileMustExist: true });
db.pragma('busy_timeout = 0');
// At NORMAL a checkpoint syncs the WAL before copying and the database file after, so a page
// is never only in a file that was not synced (walSync.ts relies on this).
db.pragma('synchronous = NORMAL');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
let lastError = '';

const timer = setInterval(() => {
  try {
    checkpoint.run();
    lastError = '';
  } catch (err) {
    // Said once per run of failures, not every pass.
    const error = String(err);
    if (error !== lastError) port.postMessage({ type: 'failed', error } satisfies CheckpointWorkerMessage);
    lastError = error;
  }
}, intervalMs);
port.postMessage({ type: 'ready' } satisfies CheckpointWorkerMessage);

port.on('message', (m: unknown) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  db.close();
  port.postMessage({ type: 'stopped' } satisfies CheckpointWorkerMessage);
  port.close();
});
