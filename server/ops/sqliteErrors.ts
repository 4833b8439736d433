import { ApiError } from '../http/errors.js';

/** better-sqlite3 throws SqliteError with an extended result code such as SQLITE_FULL. */
function sqliteCode(err: unknown): string | null {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') {
    return err.code.startsWith('SQLITE_') ? err.code : null;
  }
  return null;
}

/**
 * Storage failures the operator can fix without a restart, as API errors. Every write runs
 * in a transaction, so when one of these is thrown the write was rolled back as a whole.
 * Returns null for anything else (a bug: a 500 with the request id).
 */
export function storageError(err: unknown): ApiError | null {
  const code = sqliteCode(err);
  if (!code) return null;
  if (code === 'SQLITE_FULL') {
    return new ApiError(
      507,
      'storage_full',
      'The database is full (disk space or the configured size limit): nothing from this request was written. Reading still works; free disk space and retry — no restart is needed.',
      { params: {}, sqliteCode: code },
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new ApiError(
      503,
      'read_only',
      'The database is read-only right now (file permissions, a read-only mount or a restore in progress): nothing from this request was written. Reading still works; retry once it is writable again.',
      { params: {}, sqliteCode: code },
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new ApiError(
      503,
      'busy',
      'The database is busy with another writer (for example a backup or a long import); nothing was written. Retry in a few seconds.',
      { params: { retryAfterSeconds: 5 }, sqliteCode: code, retryAfterSeconds: 5 },
    );
  }
  return null;
}
