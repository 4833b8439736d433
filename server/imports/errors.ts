import { FileError } from '../csv/decode.js';
import { ApiError } from '../http/errors.js';

/** File-level problems become 422s that say what to fix; anything unexpected stays a 500. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof FileError) return new ApiError(422, err.code, err.message, { params: err.params });
  return new ApiError(500, 'internal', `The import failed unexpectedly: ${(err as Error)?.message ?? String(err)}`);
}
