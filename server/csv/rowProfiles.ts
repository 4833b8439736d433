import { issue } from '../../shared/errorCodes.js';
import type { NumberLocale, RowError, RowProfile } from '../../shared/imports.js';
import type { IngestItem } from '../../shared/schemas.js';
import type { ItemMeta } from './convert.js';
import { parseDate } from './dates.js';
import { rowError } from './errors.js';
import { normalizeHeader } from './headers.js';
import { parseNumber } from './numbers.js';

/**
 * Built-in profiles for exports with one row per order line or ticket, matched by header
 * names (never positions: tools add columns over the years).
 */
export const BUILT_IN_ROW_PROFILES: RowProfile[] = [
  {
    name: 'Shopify orders export',
    kind: 'rows',
    requiredHeaders: ['Name', 'Created at', 'Total', 'Lineitem quantity'],
    timestamp: 'Created at',
    aggregates: [
      // One row per line item: an order is counted once, by its name (#1001).
      { op: 'count_distinct', measure: 'orders', column: 'Name' },
      // Order totals are filled only on an order's first row; net = total − tax − shipping − refunds.
      {
        op: 'sum',
        measure: 'net_revenue',
        column: 'Total',
        minus: ['Taxes', 'Shipping', 'Refunded Amount'],
        factor: 1,
      },
    ],
  },
  {
    name: 'Zendesk tickets export',
    kind: 'rows',
    requiredHeaders: ['Id', 'Created at', 'Status', 'Satisfaction Score'],
    timestamp: 'Created at',
    aggregates: [
      { op: 'count_distinct', measure: 'tickets_created', column: 'Id' },
      { op: 'count_where', measure: 'tickets_resolved', column: 'Status', equals: ['solved', 'closed'] },
      { op: 'count_where', measure: 'csat_satisfied', column: 'Satisfaction Score', equals: ['good'] },
      { op: 'count_where', measure: 'csat_responses', column: 'Satisfaction Score', equals: ['good', 'bad'] },
      { op: 'sum', measure: 'first_response_seconds', column: 'First reply time in minutes', minus: [], factor: 60 },
      { op: 'count_where', measure: 'tickets_responded', column: 'First reply time in minutes' },
    ],
  },
];

/** True when every required header is present (names compared case- and accent-insensitively). */
export function rowProfileMatches(profile: RowProfile, header: readonly string[]): boolean {
  const have = new Set(header.map(normalizeHeader));
  return profile.requiredHeaders.every((h) => have.has(normalizeHeader(h)));
}

/** Accumulates per-day measures from row-level records; bounded by days × measures (+ distinct ids). */
export class RowAggregator {
  private readonly col = new Map<string, number>();
  private readonly sums = new Map<string, number>();
  private readonly distinct = new Map<string, Set<string>>();
  private readonly days = new Set<string>();

  constructor(
    private readonly profile: RowProfile,
    header: readonly string[],
    private readonly locale: NumberLocale,
    private readonly timeZone: string,
    private readonly segment: string | undefined,
  ) {
    header.forEach((h, i) => {
      this.col.set(normalizeHeader(h), i);
    });
  }

  private cell(cells: readonly string[], column: string): string | undefined {
    const i = this.col.get(normalizeHeader(column));
    return i === undefined ? undefined : (cells[i] ?? '').trim();
  }

  /** Adds one row; returns its errors (a row with an error adds nothing). */
  add(row: number, cells: readonly string[]): RowError[] {
    const p = this.profile;
    const raw = this.cell(cells, p.timestamp) ?? '';
    if (!raw) return [rowError(row, p.timestamp, issue('timestamp_empty', {}, 'the timestamp is empty'))];
    const ts = parseDate(raw, /^\d{4}-\d{2}-\d{2}$/.test(raw) ? 'ymd' : 'timestamp', this.timeZone);
    if ('code' in ts) return [rowError(row, p.timestamp, ts)];
    const day = ts.day;
    const errors: RowError[] = [];
    const pending: Array<() => void> = [];
    for (const a of p.aggregates) {
      const key = `${a.measure}|${day}`;
      const v = this.cell(cells, a.column) ?? '';
      if (a.op === 'count_distinct') {
        if (v) pending.push(() => this.distinctOf(key).add(v));
      } else if (a.op === 'count_where') {
        const hit = a.equals ? a.equals.includes(v.toLowerCase()) : v !== '';
        if (hit) pending.push(() => this.bump(key, 1));
      } else if (v !== '') {
        let total = 0;
        for (const c of [a.column, ...a.minus]) {
          const raw = this.cell(cells, c) ?? '';
          const n = parseNumber(raw, this.locale);
          if (n && 'code' in n) {
            errors.push(rowError(row, c, n));
            continue;
          }
          total += (c === a.column ? 1 : -1) * (n?.value ?? 0);
        }
        pending.push(() => this.bump(key, total * a.factor));
      }
    }
    if (errors.length) return errors;
    this.days.add(day);
    for (const f of pending) f();
    return [];
  }

  private distinctOf(key: string): Set<string> {
    let s = this.distinct.get(key);
    if (!s) {
      s = new Set();
      this.distinct.set(key, s);
    }
    return s;
  }

  private bump(key: string, by: number) {
    this.sums.set(key, (this.sums.get(key) ?? 0) + by);
  }

  /** One item per measure and day seen (zero when a day had rows but none counted). */
  items(): { items: IngestItem[]; meta: ItemMeta[] } {
    const items: IngestItem[] = [];
    const meta: ItemMeta[] = [];
    const seg = this.segment === undefined ? {} : { segment: this.segment };
    for (const day of [...this.days].sort()) {
      for (const a of this.profile.aggregates) {
        const key = `${a.measure}|${day}`;
        const value = a.op === 'count_distinct' ? (this.distinct.get(key)?.size ?? 0) : (this.sums.get(key) ?? 0);
        items.push({ measure: a.measure, date: day, value, ...seg });
        meta.push({ row: null, column: a.column });
      }
    }
    return { items, meta };
  }
}
