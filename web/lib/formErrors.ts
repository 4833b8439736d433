import { z } from 'zod';
import { ApiError } from '../api/client';
import { type ErrorWords, englishErrorWords } from '../i18n/errorText';
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
export function toFormErrors(
  err: unknown,
  t: (key: MessageKey) => string,
  words: ErrorWords = englishErrorWords(t('forms.unreachable')),
): FormErrors {
  if (!(err instanceof z.ZodError || err instanceof ApiError)) return { fields: {}, general: t('forms.unreachable') };
  const fields = words.fields(err);
  if (Object.keys(fields).length > 0) return { fields };
  // A duplicate key is about the key field even though the server names no field.
  if (err instanceof ApiError && err.code === 'already_exists') return { fields: { key: words.error(err) } };
  return { fields: {}, general: words.error(err) };
}
