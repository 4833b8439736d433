import { FileError } from '../csv/decode.js';
import { ApiError } from '../http/errors.js';
import type { WorkerJob } from './worker.js';

/** File-level problems become 422s that say what to fix; anything unexpected stays a 500. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof FileError) return new ApiError(422, err.code, err.message, { params: err.params });
  return new ApiError(500, 'internal', `The import failed unexpectedly: ${(err as Error)?.message ?? String(err)}`);
}

/** 413 for a job that outgrew the import worker's heap (ROLECARD_IMPORT_MEMORY_MB). */
export function outOfMemory(job: WorkerJob, limitMb: number): ApiError {
  const what =
    job.kind === 'import'
      ? `"${job.file.fileName}" needs more memory than the import may use`
      : `Undoing import #${job.id} needs more memory than it may use`;
  const why =
    job.kind === 'import'
      ? ' (a row-level export keeps every distinct order or ticket id of each day until the end)'
      : '';
  return new ApiError(
    413,
    'import_too_large',
    `${what}: ROLECARD_IMPORT_MEMORY_MB is ${limitMb} MB${why}. Nothing was written. Split the file by date range, or raise ROLECARD_IMPORT_MEMORY_MB (see the configuration table in README.md) and restart the server.`,
    {
      params:
        job.kind === 'import'
          ? { kind: 'import', fileName: job.file.fileName, limitMb }
          : { kind: 'undo', importId: job.id, limitMb },
      limitMb,
      setting: 'ROLECARD_IMPORT_MEMORY_MB',
    },
  );
}
