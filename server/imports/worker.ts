import { parentPort, workerData } from 'node:worker_threads';
import type { ErrorCode } from '../../shared/errorCodes.js';
import type { ImportReport, ParsedImportOptions } from '../../shared/imports.js';
import { runImport, type UploadedFile } from '../csv/pipeline.js';
import { openDb, openReadOnlyDb } from '../db/open.js';
import type { ErrorDetails, ErrorStatus } from '../http/errors.js';
import { onIngested } from '../ingest/events.js';
import { toApiError } from './errors.js';
import { type UndoResult, undoImport } from './undo.js';

/**
 * Runs one import (preview or commit) or one undo on its own connection, so parsing and
 * writing never block the API thread.
 */
export type WorkerJob =
  | {
      kind: 'import';
      dbPath: string;
      file: UploadedFile;
      options: ParsedImportOptions;
      timeZone: string;
      now: string;
      commit: boolean;
    }
  | { kind: 'undo'; dbPath: string; id: number; now: string };

export type WorkerMessage =
  | { type: 'progress'; rows: number; bytes: number }
  /** A committed import changed values: the API thread's alert evaluator should run. */
  | { type: 'ingested' }
  | { type: 'done'; report: ImportReport }
  | { type: 'undone'; result: UndoResult }
  | { type: 'error'; status: ErrorStatus; code: ErrorCode; message: string; details: ErrorDetails<ErrorCode> };

const job = workerData as WorkerJob;
const post = (m: WorkerMessage) => parentPort?.postMessage(m);
// A preview only reads: its connection cannot take the write lock, so writers never wait on it.
const db = job.kind === 'import' && !job.commit ? openReadOnlyDb(job.dbPath) : openDb(job.dbPath);
// This thread's connection has no alert evaluator; the API thread's is told once, at the end.
let wrote = false;
onIngested(db, () => {
  wrote = true;
});
let last = 0;
try {
  if (job.kind === 'undo') post({ type: 'undone', result: undoImport(db, job.id, new Date(job.now)) });
  else {
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
    if (wrote && report.committed) post({ type: 'ingested' });
    post({ type: 'done', report });
  }
} catch (err) {
  const e = toApiError(err);
  post({ type: 'error', status: e.status, code: e.code, message: e.message, details: e.details });
} finally {
  db.close();
}
