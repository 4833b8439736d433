import { type Issue, issue } from '../../shared/errorCodes.js';
import { isCalendarDate } from '../../shared/period.js';
import type { IngestItem, IngestMode } from '../../shared/schemas.js';
import { suggest } from '../../shared/suggest.js';
import { BUSINESS_SEGMENT_ID, type CatalogSnapshot } from '../db/catalog.js';
import { quotedOr } from '../http/errors.js';

/** A problem with one item of a batch, typed by its code (the wire shape is `ItemIssue`). */
export type BatchIssue = Issue & { index: number; field: string; suggestions?: string[] };

/** One resolved write: a measure's value for a day and segment, traced to the items behind it. */
export interface Write {
  measureId: number;
  segmentId: number;
  day: string;
  value: number;
  /** Indexes of the batch items this write comes from (for error messages). */
  from: number[];
}

/** A denominator from outside the batch (a CSV import's other chunks): measure id, segment key, day. */
export type Borrow = (denominatorId: number, segment: string | undefined, date: string) => number | undefined;

const fmt = (n: number) => (Number.isNaN(n) ? 'NaN' : String(n));

/**
 * Turns a batch's items into measure writes, checking every item and collecting every
 * problem (never just the first). Direct KPI values are decomposed into their measures:
 * a bounce rate of 0.453 weighted by 1,200 sessions becomes bounced_sessions = 543.6 and
 * sessions = 1,200. A rate with no weight is refused: averaging it would be the classic bug.
 */
export function resolveItems(
  snap: CatalogSnapshot,
  items: readonly IngestItem[],
  mode: IngestMode,
  borrow?: Borrow,
): { writes: Write[]; issues: BatchIssue[] } {
  const issues: BatchIssue[] = [];
  const writes: Write[] = [];
  const add = (index: number, field: string, problem: Issue, suggestions?: string[]) =>
    issues.push(suggestions?.length ? { index, field, ...problem, suggestions } : { index, field, ...problem });
  const maybe = (s: string[]) => (s.length ? ` Did you mean ${quotedOr(s)}?` : '');

  const segmentOf = (index: number, key: string | undefined): number | null => {
    if (key === undefined) return BUSINESS_SEGMENT_ID;
    const seg = snap.segmentByKey.get(key);
    if (seg) return seg.id;
    const s = suggest(key, snap.segmentByKey.keys());
    add(
      index,
      'segment',
      issue(
        'unknown_segment',
        { key, suggestions: s },
        `unknown segment "${key}".${maybe(s)} Create it with POST /api/segments first.`,
      ),
      s,
    );
    return null;
  };
  const finite = (index: number, field: string, v: number): boolean => {
    if (Number.isFinite(v)) return true;
    add(index, field, issue('not_finite', { value: fmt(v) }, `${fmt(v)} is not a finite number`));
    return false;
  };

  // Measure values given in the batch, so a rate without its own weight can borrow the day's
  // denominator from them ("a weight anywhere"). Built only when some rate lacks a weight:
  // a bulk import of plain measures skips a million map insertions.
  const given = new Map<string, number>();
  if (items.some((it) => 'kpi' in it && it.weight === undefined))
    items.forEach((it) => {
      if ('measure' in it) {
        const m = snap.measureByKey.get(it.measure);
        if (m && Number.isFinite(it.value)) given.set(`${m.id}|${it.segment ?? ''}|${it.date}`, it.value);
      }
    });

  // Consecutive items usually share a date (a CSV row, a day of a long file): check it once.
  let lastDate = '';
  let lastDateOk = false;
  items.forEach((it, index) => {
    if (it.date !== lastDate) {
      lastDate = it.date;
      lastDateOk = isCalendarDate(it.date);
    }
    const dateOk = lastDateOk;
    if (!dateOk)
      add(index, 'date', issue('not_a_calendar_day', { value: it.date }, `"${it.date}" is not a calendar date`));
    const segmentId = segmentOf(index, it.segment);
    const valueOk = finite(index, 'value', it.value);

    if ('measure' in it) {
      const m = snap.measureByKey.get(it.measure);
      if (!m) {
        const s = suggest(it.measure, snap.measureByKey.keys());
        const message = `unknown measure "${it.measure}".${maybe(s)}`;
        add(index, 'measure', issue('unknown_measure', { key: it.measure, suggestions: s }, message), s);
        return;
      }
      if (valueOk && mode === 'set' && m.nonNegative && it.value < 0) {
        const message = `${it.value} is negative, but ${m.key} cannot be below zero`;
        add(index, 'value', issue('negative_value', { value: it.value, measure: m.key }, message));
      }
      if (dateOk && valueOk && segmentId !== null)
        writes.push({ measureId: m.id, segmentId, day: it.date, value: it.value, from: [index] });
      return;
    }

    const k = snap.kpiByKey.get(it.kpi);
    if (!k) {
      const s = suggest(it.kpi, snap.kpiByKey.keys());
      add(
        index,
        'kpi',
        issue('unknown_kpi', { key: it.kpi, suggestions: s }, `unknown KPI "${it.kpi}".${maybe(s)}`),
        s,
      );
      return;
    }
    if (mode === 'increment') {
      const params =
        k.formula.kind === 'sum'
          ? { formula: 'sum' as const, measure: k.formula.measure }
          : { formula: 'ratio' as const };
      const message = `a KPI value cannot be incremented; send ${params.measure ?? 'its measures'} instead`;
      add(index, 'kpi', issue('kpi_not_incrementable', params, message));
      return;
    }
    const range = { value: it.value, kpi: k.key, unit: k.unit };
    if (valueOk && k.valueMin !== null && it.value < k.valueMin) {
      const message = `${it.value} is below ${k.valueMin}, the lowest ${k.key} can be`;
      add(index, 'value', issue('out_of_range', { ...range, bound: 'min', limit: k.valueMin }, message));
    }
    if (valueOk && k.valueMax !== null && it.value > k.valueMax) {
      const hint = k.unit === 'percent' ? ' (send rates as fractions: 45.3% is 0.453)' : '';
      const message = `${it.value} is above ${k.valueMax}, the highest ${k.key} can be${hint}`;
      add(index, 'value', issue('out_of_range', { ...range, bound: 'max', limit: k.valueMax }, message));
    }
    if (k.kind === 'sum') {
      if (dateOk && valueOk && segmentId !== null)
        writes.push({ measureId: k.numeratorId, segmentId, day: it.date, value: it.value, from: [index] });
      return;
    }
    const den = snap.measureById.get(k.denominatorId ?? -1);
    const num = snap.measureById.get(k.numeratorId);
    if (!den || !num) return;
    let weight = it.weight;
    let weightGiven = true;
    if (weight === undefined) {
      weight = given.get(`${den.id}|${it.segment ?? ''}|${it.date}`) ?? borrow?.(den.id, it.segment, it.date);
      weightGiven = false;
    }
    if (weight === undefined) {
      const message = `${k.key} is a ratio (${num.key} / ${den.key}) and needs a weight: add a "weight" with the day's ${den.key}, or a "${den.key}" value for the same day, so the rate can be weighted`;
      add(
        index,
        'weight',
        issue('rate_needs_weight', { kpi: k.key, numerator: num.key, denominator: den.key }, message),
      );
      return;
    }
    if (!finite(index, 'weight', weight)) return;
    if (weight < 0) {
      const message = `${weight} is negative, but a weight (${den.key}) cannot be below zero`;
      add(index, 'weight', issue('negative_weight', { value: weight, denominator: den.key }, message));
      return;
    }
    if (!dateOk || !valueOk || segmentId === null) return;
    writes.push({ measureId: num.id, segmentId, day: it.date, value: (it.value / k.scale) * weight, from: [index] });
    if (weightGiven) writes.push({ measureId: den.id, segmentId, day: it.date, value: weight, from: [index] });
  });
  return { writes, issues };
}

/** Up to this many writes, comparing each pair is cheaper than keying a map. */
const FEW = 8;
const eachCellOnce = (writes: readonly Write[]): boolean => {
  for (let i = 1; i < writes.length; i++) {
    const w = writes[i] as Write;
    for (let j = 0; j < i; j++) {
      const v = writes[j] as Write;
      if (v.measureId === w.measureId && v.segmentId === w.segmentId && v.day === w.day) return false;
    }
  }
  return true;
};

/**
 * Merges writes to the same (measure, segment, day): in `set` mode two different values for
 * one cell are a conflict the sender must resolve; in `increment` mode they add up.
 */
export function mergeWrites(
  snap: CatalogSnapshot,
  writes: Write[],
  mode: IngestMode,
): { merged: Write[]; issues: BatchIssue[] } {
  // A small batch naming each cell once (every webhook delivery's few items) is returned as it
  // is: no map of string keys, no copies.
  if (writes.length <= FEW && eachCellOnce(writes)) return { merged: writes, issues: [] };
  const byKey = new Map<string, Write>();
  const issues: BatchIssue[] = [];
  for (const w of writes) {
    const key = `${w.measureId}|${w.segmentId}|${w.day}`;
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...w, from: [...w.from] });
      continue;
    }
    if (mode === 'increment') {
      prev.value += w.value;
      prev.from.push(...w.from);
    } else if (prev.value !== w.value) {
      const name = snap.measureById.get(w.measureId)?.key ?? String(w.measureId);
      const otherItem = prev.from[0] ?? -1;
      const message = `sets ${name} on ${w.day} to ${w.value}, but item ${otherItem} already sets it to ${prev.value}; send one value per measure, day and segment`;
      const params = { measure: name, day: w.day, value: w.value, otherValue: prev.value, otherItem };
      issues.push({ index: w.from[0] ?? -1, field: 'value', ...issue('conflicting_values', params, message) });
    }
  }
  return { merged: [...byKey.values()], issues };
}
