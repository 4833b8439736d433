import { ApiError } from '../../api/client';
import type { ErrorWords } from '../../i18n/errorText';
import type { MessageKey } from '../../i18n/messages/en';

/**
 * Maps a server error to the form field it names (`details.field` or zod `issues[].path`);
 * `t` words a failure that never reached the server in the language shown.
 */
export function fieldErrors(err: unknown, t: (key: MessageKey) => string, words?: ErrorWords): Record<string, string> {
  if (!(err instanceof ApiError)) return err ? { _: t('forms.unreachable') } : {};
  if (words) {
    const byPath = words.fields(err);
    const entries = Object.entries(byPath).map(([path, m]) => [path.split('.')[0] || '_', m] as const);
    return entries.length ? Object.fromEntries(entries) : { _: words.error(err) };
  }
  const d = err.details as { field?: string; issues?: Array<{ path: string; message: string }> } | undefined;
  if (d?.issues?.length) return Object.fromEntries(d.issues.map((i) => [i.path.split('.')[0] || '_', i.message]));
  return { [d?.field ?? '_']: err.message };
}

/** The problems of `errors` that no field of the form shows, as one sentence (empty: none). */
export function unshownErrors(errors: Record<string, string>, shown: readonly string[]): string {
  return Object.entries(errors)
    .filter(([path]) => !shown.includes(path))
    .map(([, message]) => message)
    .join(' ');
}
