import { type CatalogKind, catalogText } from '../../shared/i18n/catalogText';
import { activeLocale } from './active';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Arrays of numbers by period: nothing to translate inside, and the longest part of a series. */
const SKIP = new Set(['points', 'sparkline', 'weeks', 'days']);

/**
 * A default role, KPI or measure in the reader's language; one the organisation named itself
 * stays as typed (`catalogText` decides). KPI and measure keys can coincide (`sessions`), so
 * the kinds are tried in the order the caller knows is likeliest.
 */
function translate(locale: string, kinds: CatalogKind[], key: string, name: string, description = '') {
  for (const kind of kinds) {
    const t = catalogText(locale, kind, key, name, description);
    if (t.name !== name || t.description !== description) return t;
  }
  return { name, description };
}

function walk(locale: string, v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => walk(locale, x));
  if (!isObject(v)) return v;
  const out: Json = {};
  for (const [k, x] of Object.entries(v)) out[k] = SKIP.has(k) ? x : walk(locale, x);
  // { key, name[, description] }: a role, KPI or measure as most responses carry it.
  if (typeof v.key === 'string' && typeof v.name === 'string') {
    const t = translate(locale, ['kpi', 'role', 'measure'], v.key, v.name, (v.description as string) ?? '');
    out.name = t.name;
    if (typeof v.description === 'string') out.description = t.description;
  }
  // { kpi, kpiName } / { role, roleName }: review changes and missing notes.
  if (typeof v.kpi === 'string' && typeof v.kpiName === 'string')
    out.kpiName = translate(locale, ['kpi'], v.kpi, v.kpiName).name;
  if (typeof v.role === 'string' && typeof v.roleName === 'string')
    out.roleName = translate(locale, ['role'], v.role, v.roleName).name;
  // A series names the measures of its KPI's formula.
  const formula = isObject(v.kpi) && isObject(v.kpi.formula) ? v.kpi.formula : null;
  if (formula && typeof v.numeratorName === 'string') {
    const num = formula.kind === 'sum' ? formula.measure : formula.numerator;
    if (typeof num === 'string') out.numeratorName = translate(locale, ['measure'], num, v.numeratorName).name;
    if (typeof formula.denominator === 'string' && typeof v.denominatorName === 'string')
      out.denominatorName = translate(locale, ['measure'], formula.denominator, v.denominatorName).name;
  }
  return out;
}

/**
 * An API response with the default catalog's names in `locale`. Applied as React Query's
 * `select`, so the cache keeps what the server sent and a language switch (which remounts
 * the tree) shows the same data in the new language without a refetch.
 */
export function localizeCatalogNames<T>(data: T, locale: string = activeLocale()): T {
  return locale.startsWith('en') ? data : (walk(locale, data) as T);
}
