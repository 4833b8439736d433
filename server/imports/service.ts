import { unlink } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { ImportProgress, ImportReport, ParsedImportOptions } from '../../shared/imports.js';
import { runImport, type UploadedFile } from '../csv/pipeline.js';
import { setLongWriter } from '../db/writeGate.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { notifyIngested } from '../ingest/events.js';
import { workerStart } from '../paths.js';
import { outOfMemory, toApiError } from './errors.js';
import { type UndoResult, undoImport } from './undo.js';
import { UPLOAD_TTL_MS } from './uploads.js';
import type { WorkerJob, WorkerMessage } from './worker.js';

const WORKER_YOUNG_GEN_MB = 16;

/**
 * Keeps uploaded files between preview and commit, runs imports one at a time (each holds
 * the write lock for its whole transaction) and tracks their progress for the page.
 * On a file database the import runs in a worker thread with its own connection, so the
 * API keeps answering; an in-memory database (tests) runs it on this thread.
 */
export class ImportService {
  private readonly uploads = new Map<string, UploadedFile & { at: number }>();
  private readonly progress = new Map<string, ImportProgress & { at: number }>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: AppDeps) {}

  addUpload(file: UploadedFile): void {
    const now = Date.now();
    // Forget old uploads (and their files) and old progress, so neither grows forever.
    for (const [id, u] of this.uploads)
      if (now - u.at > UPLOAD_TTL_MS) {
        this.uploads.delete(id);
        void unlink(u.path).catch(() => undefined);
      }
    for (const [id, p] of this.progress) if (now - p.at > UPLOAD_TTL_MS) this.progress.delete(id);
    this.uploads.set(file.uploadId, { ...file, at: now });
    this.progress.set(file.uploadId, {
      uploadId: file.uploadId,
      phase: 'idle',
      rows: 0,
      bytes: 0,
      totalBytes: file.size,
      at: now,
    });
  }

  getUpload(uploadId: string): UploadedFile {
    const u = this.uploads.get(uploadId);
    if (!u)
      throw new ApiError(
        404,
        'unknown_upload',
        `No upload "${uploadId}": it expired or was committed. Upload the file again.`,
        { params: { uploadId } },
      );
    return u;
  }

  getProgress(uploadId: string): ImportProgress {
    const p = this.progress.get(uploadId);
    if (!p) throw new ApiError(404, 'unknown_upload', `No upload "${uploadId}".`, { params: { uploadId } });
    const { at: _at, ...progress } = p;
    return progress;
  }

  /** Preview (commit = false) or commit one upload; the same pipeline either way. */
  run(uploadId: string, options: ParsedImportOptions, commit: boolean): Promise<ImportReport> {
    const file = this.getUpload(uploadId);
    const task = async () => {
      // A commit queued behind another commit of the same upload finds it gone.
      if (!this.uploads.has(uploadId))
        throw new ApiError(409, 'already_committed', `Upload "${uploadId}" was committed meanwhile; see the history.`, {
          params: { uploadId },
        });
      const p = this.progress.get(uploadId) ?? { ...this.getProgress(uploadId), at: Date.now() };
      Object.assign(p, { phase: 'parsing', rows: 0, bytes: 0 });
      const onProgress = (x: { rows: number; bytes: number }) => {
        p.rows = x.rows;
        if (x.bytes >= 0) p.bytes = x.bytes;
        p.phase = 'writing';
      };
      const started = Date.now();
      // A commit holds the write lock throughout: writers waiting on it are told how long.
      if (commit)
        setLongWriter(this.deps.db, {
          what: `the import of "${file.fileName}"`,
          remainingSeconds: () => {
            const done = p.bytes / (p.totalBytes || 1);
            return done < 0.02 ? null : ((Date.now() - started) / 1000) * ((1 - done) / done) + 1;
          },
        });
      try {
        const report = await this.execute(file, options, commit, onProgress);
        Object.assign(p, { phase: 'done', rows: report.counts.rows, bytes: file.size });
        if (report.committed) {
          this.uploads.delete(uploadId);
          await unlink(file.path).catch(() => undefined);
        }
        return report;
      } catch (err) {
        p.phase = 'failed';
        throw toApiError(err);
      } finally {
        if (commit) setLongWriter(this.deps.db, null);
      }
    };
    return this.enqueue(task);
  }

  /** Undoes an import, on the worker like an import (a big undo writes as much). */
  undo(id: number): Promise<UndoResult> {
    const { db, clock } = this.deps;
    const now = clock();
    return this.enqueue(async () => {
      if (db.memory) return undoImport(db, id, now);
      setLongWriter(db, { what: `the undo of import #${id}`, remainingSeconds: () => null });
      try {
        const m = await this.spawn({ kind: 'undo', dbPath: db.name, id, now: now.toISOString() }, () => undefined);
        if (m.type !== 'undone') throw new Error('unexpected worker answer');
        return m.result;
      } finally {
        setLongWriter(db, null);
      }
    });
  }

  /** One job at a time: each holds SQLite's write lock for its whole transaction. */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task, task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private execute(
    file: UploadedFile,
    options: ParsedImportOptions,
    commit: boolean,
    onProgress: (p: { rows: number; bytes: number }) => void,
  ): Promise<ImportReport> {
    const { db, config, clock } = this.deps;
    const now = clock();
    if (db.memory) return runImport(file, options, { db, timeZone: config.timeZone, now, commit, onProgress });
    const job: WorkerJob = {
      kind: 'import',
      dbPath: db.name,
      file,
      options,
      timeZone: config.timeZone,
      now: now.toISOString(),
      commit,
    };
    return this.spawn(job, onProgress).then((m) => {
      if (m.type !== 'done') throw new Error('unexpected worker answer');
      return m.report;
    });
  }

  /** Runs a job on a fresh worker thread; resolves with its final message. */
  private spawn(
    job: WorkerJob,
    onProgress: (p: { rows: number; bytes: number }) => void,
  ): Promise<Exclude<WorkerMessage, { type: 'progress' | 'ingested' | 'error' }>> {
    const memoryMb = this.deps.config.importMemoryMb;
    return new Promise((resolve, reject) => {
      const start = workerStart(new URL('./worker.ts', import.meta.url));
      const worker = new Worker(start.url, {
        // Memory stays bounded by design (streaming, chunked); the cap makes V8 collect
        // early instead of growing its heap, keeping the server's peak RSS low.
        resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GEN_MB },
        workerData: { ...start.data, ...job },
      });
      let settled = false;
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') return onProgress(m);
        if (m.type === 'ingested') return notifyIngested(this.deps.db);
        settled = true;
        if (m.type === 'error') reject(new ApiError(m.status, m.code, m.message, m.details));
        else resolve(m);
      });
      worker.on('error', (err: Error & { code?: string }) => {
        settled = true;
        // V8 stopped the worker at its heap cap; its connection closed without COMMIT, so
        // nothing was written. Say which limit, and how to raise it, instead of a 500.
        reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(job, memoryMb) : err);
      });
      worker.on('exit', (code) => {
        if (!settled) reject(new Error(`import worker exited with code ${code}`));
      });
    });
  }
}

const services = new WeakMap<AppDeps, ImportService>();

/** One service per app (tests build many apps in one process). */
export function importService(deps: AppDeps): ImportService {
  let s = services.get(deps);
  if (!s) {
    s = new ImportService(deps);
    services.set(deps, s);
  }
  return s;
}
