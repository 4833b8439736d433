import { ApiError } from '../../api/client';

/** Maps a server error to the form field it names (`details.field` or zod `issues[].path`). */
export function fieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return err ? { _: 'Could not reach Rolecard; try again.' } : {};
  const d = err.details as { field?: string; issues?: Array<{ path: string; message: string }> } | undefined;
  if (d?.issues?.length) return Object.fromEntries(d.issues.map((i) => [i.path.split('.')[0] || '_', i.message]));
  return { [d?.field ?? '_']: err.message };
}
