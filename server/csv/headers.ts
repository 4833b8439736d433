import { type NoteDetail, noteDetail } from '../../shared/importNotes.js';
import type { ColumnMapping, ImportTarget } from '../../shared/imports.js';
import { suggest } from '../../shared/suggest.js';
import type { CatalogSnapshot } from '../db/catalog.js';
import { noted } from './notes.js';

/** Case-, space-, punctuation- and accent-insensitive form of a header or key. */
export function normalizeHeader(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bavg\b/g, 'average')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

type Proposal = Omit<ColumnMapping, 'column'> & { confidence: number; note?: string; noteDetail?: NoteDetail };

const m = (key: string): ImportTarget => ({ kind: 'measure', key });
const k = (key: string): ImportTarget => ({ kind: 'kpi', key });
const purchases = (source: 'key_events' | 'conversions', tool: string) =>
  noted(noteDetail('check_counts_purchases', { source }), `GA4 ${tool}: check they count purchases`);

const value = (targets: ImportTarget[], extra: Partial<Proposal> = {}): Proposal => ({
  role: 'value',
  targets,
  confidence: 0.9,
  ...extra,
});

/**
 * Headers real tools write, normalised. Renames across tool versions map to the same
 * target: GA4's `Conversions` became `Key events`.
 */
const SYNONYMS: Record<string, Proposal> = {
  date: { role: 'date', targets: [], confidence: 1 },
  day: { role: 'date', targets: [], confidence: 1 },
  datum: { role: 'date', targets: [], confidence: 1 },
  fecha: { role: 'date', targets: [], confidence: 1 },
  week: { role: 'date', targets: [], confidence: 1 },
  'iso week': { role: 'date', targets: [], confidence: 1 },
  month: { role: 'date', targets: [], confidence: 1 },
  period: { role: 'date', targets: [], confidence: 0.9 },
  store: { role: 'segment', targets: [], confidence: 0.9 },
  shop: { role: 'segment', targets: [], confidence: 0.9 },
  segment: { role: 'segment', targets: [], confidence: 1 },
  channel: { role: 'segment', targets: [], confidence: 0.9 },
  measure: { role: 'key', targets: [], confidence: 1 },
  metric: { role: 'key', targets: [], confidence: 1 },
  kpi: { role: 'key', targets: [], confidence: 1 },
  value: { role: 'value', targets: [], confidence: 1 },
  weight: { role: 'weight', targets: [], confidence: 1 },
  sessions: value([m('sessions')], { confidence: 1 }),
  visits: value([m('sessions')]),
  'bounce rate': value([k('bounce_rate')], { confidence: 1 }),
  'engagement rate': value([k('bounce_rate')], {
    complement: true,
    ...noted(noteDetail('engagement_rate_complement', {}), 'GA4 engagement rate is 1 − bounce rate'),
  }),
  'average engagement time': value([k('avg_time_on_site')]),
  'average engagement time per session': value([k('avg_time_on_site')]),
  'average session duration': value([k('avg_time_on_site')]),
  'key events': value([m('orders')], { confidence: 0.6, ...purchases('key_events', 'key events') }),
  conversions: value([m('orders')], { confidence: 0.6, ...purchases('conversions', 'conversions') }),
  transactions: value([m('orders')]),
  purchases: value([m('orders')]),
  'ecommerce purchases': value([m('orders')]),
  'total orders': value([m('orders')]),
  'order count': value([m('orders')]),
  'net sales': value([m('net_revenue')]),
  revenue: value([m('net_revenue')], {
    confidence: 0.6,
    ...noted(noteDetail('check_net_revenue', {}), 'check it is net of tax, shipping and refunds'),
  }),
  'average order value': value([k('aov')]),
  'ecommerce conversion rate': value([k('conversion_rate')]),
  'session conversion rate': value([k('conversion_rate')]),
  tickets: value([m('tickets_created')]),
  'new tickets': value([m('tickets_created')]),
  'solved tickets': value([m('tickets_resolved')]),
  'tickets solved': value([m('tickets_resolved')]),
  'replied tickets': value([m('tickets_responded')]),
  'tickets replied': value([m('tickets_responded')]),
  'first reply time': value([k('first_response_time')]),
  'average first reply time': value([k('first_response_time')]),
  good: value(
    [m('csat_satisfied'), m('csat_responses')],
    noted(noteDetail('good_ratings_double', {}), 'good ratings count as satisfied and as responses'),
  ),
  'good ratings': value([m('csat_satisfied'), m('csat_responses')]),
  'satisfaction good': value([m('csat_satisfied'), m('csat_responses')]),
  bad: value([m('csat_responses')], noted(noteDetail('bad_ratings_responses', {}), 'bad ratings count as responses')),
  'bad ratings': value([m('csat_responses')]),
  'satisfaction bad': value([m('csat_responses')]),
  'ad spend': value([m('ad_spend')]),
  cost: value([m('ad_spend')], { confidence: 0.6 }),
};

const memo = new WeakMap<CatalogSnapshot, Map<string, Proposal | null>>();

/**
 * Finds the measure or KPI a header (or a long file's key cell) names; null when none.
 * Memoised per catalog: a long file repeats the same few names a million times.
 */
export function matchTarget(snap: CatalogSnapshot, raw: string): Proposal | null {
  let cache = memo.get(snap);
  if (!cache) {
    cache = new Map();
    memo.set(snap, cache);
  }
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const found = findTarget(snap, raw);
  if (cache.size < 10_000) cache.set(raw, found);
  return found;
}

function findTarget(snap: CatalogSnapshot, raw: string): Proposal | null {
  const n = normalizeHeader(raw);
  if (!n) return null;
  const syn = SYNONYMS[n];
  if (syn) return syn;
  for (const kpi of snap.kpis)
    if (normalizeHeader(kpi.key) === n || normalizeHeader(kpi.name) === n)
      return value([k(kpi.key)], { confidence: 1 });
  for (const mea of snap.measures)
    if (normalizeHeader(mea.key) === n || normalizeHeader(mea.name) === n)
      return value([m(mea.key)], { confidence: 1 });
  return null;
}

/** Close spellings of a header among keys and names, for "did you mean". */
export function suggestTargets(snap: CatalogSnapshot, raw: string): string[] {
  const names = [...snap.kpis.map((x) => x.key), ...snap.measures.map((x) => x.key), ...Object.keys(SYNONYMS)];
  return suggest(
    normalizeHeader(raw).replace(/ /g, '_'),
    names.map((x) => x.replace(/ /g, '_')),
  );
}

/** A summary row exports put at the end ("Total", "Grand total"): skipped, and said so. */
export function isTotalsLabel(cell: string): boolean {
  // Every label below starts with a letter; a date or a number never is one (the common case).
  if (/^\s*\d/.test(cell)) return false;
  return /^(grand )?totals?( general)?$|^sum$|^gesamt(summe)?$|^totaal$/.test(normalizeHeader(cell));
}
