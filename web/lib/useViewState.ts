import { useSearchParams } from 'wouter';

/**
 * View state lives in the URL query (week, segment, range, grain, ...) so a link can be shared
 * and a reload shows the same view. Empty values are removed to keep links short.
 */
export function useViewState() {
  const [params, setParams] = useSearchParams();
  const get = (key: string): string | undefined => params.get(key) || undefined;
  const set = (patch: Record<string, string | undefined>, opts: { replace?: boolean } = {}) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === '') next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: opts.replace ?? false },
    );
  return { get, set, params };
}

/** A query string carrying only the given keys of the current view (for links between pages). */
export function carry(params: URLSearchParams, keys: string[], extra: Record<string, string> = {}): string {
  const out = new URLSearchParams();
  for (const k of keys) {
    const v = params.get(k);
    if (v) out.set(k, v);
  }
  for (const [k, v] of Object.entries(extra)) out.set(k, v);
  const s = out.toString();
  return s ? `?${s}` : '';
}
