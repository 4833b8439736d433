import type { z } from 'zod';
import { fieldIssues } from '../../shared/zodIssues.js';
import { ApiError } from '../http/errors.js';

/** Validates a parsed payload; a contract violation is a 422 naming every bad field. */
export function parsePayload<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = fieldIssues(r.error, value);
  const first = issues[0];
  throw new ApiError(
    422,
    'invalid_payload',
    `The ${what} payload is not valid${first ? `: ${first.path || '(body)'}: ${first.message}` : ''}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}.`,
    { params: { count: issues.length }, issues },
  );
}
