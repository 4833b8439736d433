import { parentPort, workerData } from 'node:worker_threads';
import type { ImportReport, ParsedImportOptions } from '../../shared/imports.js';
import { runImport, type UploadedFile } from '../csv/pipeline.js';
import { openDb } from '../db/open.js';
import { toApiError } from './errors.js';

/** Runs one import on its own connection, so parsing and writing never block the API thread. */
interface Job {
  dbPath: string;
  file: UploadedFile;
  options: ParsedImportOptions;
  timeZone: string;
  now: string;
  commit: boolean;
}

export type WorkerMessage =
  | { type: 'progress'; rows: number; bytes: number }
  | { type: 'done'; report: ImportReport }
  | { type: 'error'; status: number; code: string; message: string; details?: unknown };

const job = workerData as Job;
const post = (m: WorkerMessage) => parentPort?.postMessage(m);
const db = openDb(job.dbPath);
let last = 0;
try {
  const report = await runImport(job.file, job.options, {
    db,
    timeZone: job.timeZone,
    now: new Date(job.now),
    commit: job.commit,
    onProgress: (p) => {
      const t = Date.now();
      if (t - last < 100) return;
      last = t;
      post({ type: 'progress', ...p });
    },
  });
  post({ type: 'done', report });
} catch (err) {
  const e = toApiError(err);
  post({ type: 'error', status: e.status, code: e.code, message: e.message, details: e.details });
} finally {
  db.close();
}
