import { z } from 'zod';
import { fieldIssues } from '../../shared/zodIssues';
import { ApiError } from '../api/client';
import { issueMessages, type MessageValues, serverErrorMessages } from './serverErrors';

/** Formats one message by id (react-intl's `formatMessage`, or a test's). */
export type FormatById = (id: string, values: MessageValues) => string;

export interface ErrorWords {
  /** A whole failure: a server error in the reader's language, else its English message. */
  error: (err: unknown) => string;
  /** One problem of a list (a field, a batch item, a CSV line). */
  issue: (i: { code?: unknown; params?: unknown; message: string }) => string;
  /** A form's problems by field path: server `details.issues` / `details.field`, or a client zod failure. */
  fields: (err: unknown) => Record<string, string>;
}

/** Described messages as one text, or null when there were none to describe (use the fallback). */
export const joinMessages = (format: FormatById, ds: ReturnType<typeof serverErrorMessages>) =>
  ds ? ds.map((d) => format(d.id, d.values)).join(' ') : null;
const join = joinMessages;

/**
 * Server errors carry a stable code and parameters (shared/errorCodes.ts); this words them
 * in the language shown. A code this build does not know falls back to the server's English
 * message, and a failure that never reached the server to `unreachable`.
 */
export function errorWords(format: FormatById, locale: string, unreachable: string): ErrorWords {
  // English readers get the server's and the schemas' own sentences: they were written for
  // each case ("band: cannot be negative") and are more precise than a message per code.
  const english = locale.startsWith('en');
  const issue: ErrorWords['issue'] = (i) =>
    (!english && typeof i.code === 'string' && join(format, issueMessages(i.code, i.params, locale))) || i.message;
  const error = (err: unknown): string => {
    if (!(err instanceof ApiError)) return unreachable;
    if (english) return err.message;
    const params = (err.details as { params?: unknown } | undefined)?.params;
    return join(format, serverErrorMessages(err.code, params, locale)) ?? err.message;
  };
  const fields = (err: unknown): Record<string, string> => {
    const list =
      err instanceof z.ZodError
        ? fieldIssues(err, undefined)
        : err instanceof ApiError
          ? (err.details as { issues?: Array<{ path: string; message: string; code?: string; params?: unknown }> })
              ?.issues
          : undefined;
    if (list?.length) {
      const out: Record<string, string> = {};
      for (const i of list) out[i.path] ??= issue(i);
      return out;
    }
    // One field named by the server (a range check, a bad week): its message, without the
    // "value: " the English sentence starts with, since it shows next to that field.
    const d = err instanceof ApiError ? (err.details as { field?: unknown; params?: { field?: unknown } }) : null;
    const field = d?.field ?? d?.params?.field;
    if (typeof field !== 'string') return {};
    const text = error(err);
    return { [field]: err instanceof ApiError && text === err.message ? text.replace(/^[\w.]+: /, '') : text };
  };
  return { error, issue, fields };
}

/** The reader-independent default: English, with the schemas' and the server's own sentences. */
export function englishErrorWords(unreachable: string): ErrorWords {
  return errorWords((id) => id, 'en', unreachable);
}
