import { z } from 'zod';
import { ApiError } from '../api/client';
import type { ErrorWords } from '../i18n/errorText';
import type { MessageKey } from '../i18n/messages/en';

export interface FormErrors {
  /** Message per field path, e.g. `value`, `formula.numerator`. */
  fields: Record<string, string>;
  /** What does not belong to one field (a conflict, a network failure). */
  general?: string;
}

/**
 * Turns a client-side zod failure or a server rejection into messages next to the fields:
 * 400 carries `details.issues[{path, message}]`, 422 `details.field`; anything else is general.
 * Anything else never got an answer from the server: `t` says so in the language shown.
 */
export function toFormErrors(err: unknown, t: (key: MessageKey) => string, words?: ErrorWords): FormErrors {
  // With the reader's words: every server error and zod issue by its code, in their language.
  if (words && (err instanceof z.ZodError || err instanceof ApiError)) {
    const fields = words.fields(err);
    if (Object.keys(fields).length > 0) return { fields };
    if (err instanceof ApiError && err.code === 'already_exists') return { fields: { key: words.error(err) } };
    if (err instanceof ApiError) return { fields: {}, general: words.error(err) };
  }
  if (err instanceof z.ZodError) {
    const fields: Record<string, string> = {};
    for (const i of err.issues) {
      const path = i.path.join('.');
      fields[path] ??= i.message;
    }
    return { fields };
  }
  if (err instanceof ApiError) {
    const d = err.details as { field?: unknown; issues?: unknown } | undefined;
    if (d && typeof d.field === 'string') return { fields: { [d.field]: err.message.replace(/^[\w.]+: /, '') } };
    if (d && Array.isArray(d.issues)) {
      const fields: Record<string, string> = {};
      for (const i of d.issues as { path?: unknown; message?: unknown }[])
        if (typeof i.path === 'string' && typeof i.message === 'string') fields[i.path] ??= i.message;
      if (Object.keys(fields).length > 0) return { fields };
    }
    // A duplicate key is about the key field even though the server names no field.
    if (err.code === 'already_exists') return { fields: { key: err.message } };
    return { fields: {}, general: err.message };
  }
  return { fields: {}, general: t('forms.unreachable') };
}
