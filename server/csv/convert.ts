import { type Issue, issue } from '../../shared/errorCodes.js';
import type { ImportTarget, NumberLocale, RowError } from '../../shared/imports.js';
import type { IngestItem } from '../../shared/schemas.js';
import type { CatalogSnapshot } from '../db/catalog.js';
import { quotedOr } from '../http/errors.js';
import { type ParsedDate, parseDate } from './dates.js';
import { rowError } from './errors.js';
import { isTotalsLabel, matchTarget, suggestTargets } from './headers.js';
import { targetUnit } from './mapping.js';
import { parseDuration, parseNumber } from './numbers.js';
import type { Plan, ValueColumn } from './plan.js';

/** Where an item came from, so a core issue becomes a row-and-column error. */
export interface ItemMeta {
  row: number | null;
  column: string | null;
  /** The column the item's segment came from, for "unknown segment" errors. */
  segmentColumn?: string;
}

export interface Converted {
  items: IngestItem[];
  meta: ItemMeta[];
  errors: RowError[];
  /** A totals row: skipped on purpose. */
  totals: boolean;
}

/** Reads one cell as a value for `unit`: rates as fractions, durations in seconds. */
function readValue(
  raw: string,
  unit: 'percent' | 'duration' | 'number',
  col: Pick<ValueColumn, 'rateAs' | 'complement' | 'durationUnit'>,
  locale: NumberLocale,
): number | null | Issue {
  if (unit === 'duration') return parseDuration(raw, locale, col.durationUnit);
  const n = parseNumber(raw, locale);
  if (n === null || 'code' in n) return n;
  if (unit !== 'percent')
    return n.percent
      ? issue('percent_not_rate', { value: raw }, `"${raw}" is a percentage, but this column is not a rate`)
      : n.value;
  const fraction = n.percent || col.rateAs === 'percent' ? n.value / 100 : n.value;
  return col.complement ? 1 - fraction : fraction;
}

/** Parsed dates per plan: a file repeats each date on many rows (one per measure or store);
 * kept small (the worker heap is bounded), which serves files written in date order. */
const dateMemo = new WeakMap<Plan, Map<string, ParsedDate | Issue>>();

function readDate(plan: Plan, raw: string): ParsedDate | Issue {
  let memo = dateMemo.get(plan);
  if (!memo || memo.size >= 1024) {
    memo = new Map();
    dateMemo.set(plan, memo);
  }
  let date = memo.get(raw);
  if (date === undefined) {
    date = parseDate(raw, plan.dateFormat, plan.timeZone);
    memo.set(raw, date);
  }
  return date;
}

interface Taken {
  sums: Map<string, { value: number; column: string }>;
  kpis: Array<{ key: string; value: number; column: string; ratio: boolean }>;
}

function takeValue(snap: CatalogSnapshot, taken: Taken, target: ImportTarget, value: number, column: string): void {
  if (target.kind === 'measure') {
    const prev = taken.sums.get(target.key);
    taken.sums.set(target.key, { value: (prev?.value ?? 0) + value, column: prev?.column ?? column });
  } else taken.kpis.push({ key: target.key, value, column, ratio: snap.kpiByKey.get(target.key)?.kind === 'ratio' });
}

/** Turns one record into ingestion items (or line-level errors); the same for preview and commit. */
export function convertRecord(snap: CatalogSnapshot, plan: Plan, row: number, cells: readonly string[]): Converted {
  const items: IngestItem[] = [];
  const meta: ItemMeta[] = [];
  const errors: RowError[] = [];
  const out: Converted = { items, meta, errors, totals: false };
  const rawDate = cells[plan.dateCol] ?? '';
  if (isTotalsLabel(rawDate) || (plan.dateCol !== 0 && isTotalsLabel(cells[0] ?? ''))) {
    out.totals = true;
    return out;
  }
  if (rawDate.trim() === '') {
    errors.push(rowError(row, plan.dateColumn, issue('date_empty', {}, 'the date is empty')));
    return out;
  }
  const date = readDate(plan, rawDate);
  if ('code' in date) {
    errors.push(rowError(row, plan.dateColumn, date));
    return out;
  }
  if (date.period && !plan.spread) {
    const message = `"${rawDate}" is a ${date.period}, not a day: choose "spread ${date.period}s evenly over their days" in the mapping step, or import daily rows`;
    errors.push(
      rowError(row, plan.dateColumn, issue('period_not_day', { value: rawDate, period: date.period }, message)),
    );
    return out;
  }
  const days = date.period ? date.days : [date.day];
  let segment = plan.fixedSegment;
  if (plan.segmentCol >= 0) {
    const s = (cells[plan.segmentCol] ?? '').trim();
    if (s) segment = s;
  }
  const seg = segment === undefined ? {} : { segment };
  const segMeta = plan.segmentCol >= 0 ? { segmentColumn: plan.header[plan.segmentCol] ?? '' } : {};

  let weight: number | undefined;
  if (plan.weightCol >= 0) {
    const w = parseNumber(cells[plan.weightCol] ?? '', plan.locale);
    if (w && 'code' in w) errors.push(rowError(row, plan.header[plan.weightCol] ?? '', w));
    else if (w) weight = w.value;
  }

  // Values feeding one measure in a row add up (helpdesk "Good" + "Bad" = responses).
  const taken: Taken = { sums: new Map(), kpis: [] };
  const { sums, kpis } = taken;

  if (plan.shape === 'long') {
    const keyColumn = plan.header[plan.keyCol] ?? '';
    const valueColumn = plan.header[plan.valueCol] ?? '';
    const name = (cells[plan.keyCol] ?? '').trim();
    const p = name ? matchTarget(snap, name) : null;
    const target = p?.role === 'value' && p.targets.length === 1 ? p.targets[0] : undefined;
    if (!target) {
      const s = suggestTargets(snap, name);
      const message = `"${name}" is not a known measure or KPI${s.length ? `. Did you mean ${quotedOr(s)}?` : ''}`;
      errors.push(
        rowError(
          row,
          keyColumn,
          name
            ? issue('unknown_target', { value: name, suggestions: s }, message)
            : issue('measure_empty', {}, 'the measure is empty'),
        ),
      );
      return out;
    }
    const raw = cells[plan.valueCol] ?? '';
    const unit = targetUnit(snap, target);
    const v = readValue(raw, unit, { rateAs: 'fraction', complement: false, durationUnit: 'seconds' }, plan.locale);
    if (v === null) errors.push(rowError(row, valueColumn, issue('value_empty', {}, 'the value is empty')));
    else if (typeof v !== 'number') errors.push(rowError(row, valueColumn, v));
    else takeValue(snap, taken, target, v, valueColumn);
  } else {
    for (const col of plan.values) {
      const raw = cells[col.index] ?? '';
      for (const { target, unit } of col.targets) {
        const v = readValue(raw, unit, col, plan.locale);
        if (v !== null && typeof v !== 'number') {
          errors.push(rowError(row, col.column, v));
          break;
        }
        if (v !== null) takeValue(snap, taken, target, v, col.column);
      }
    }
  }
  if (errors.length) return out;

  // Spread a week or month evenly: additive values are divided over the days, a rate stays
  // and its weight is divided, so the period's ratio of sums is unchanged.
  const share = 1 / days.length;
  for (const day of days) {
    for (const [measure, { value, column }] of sums) {
      items.push({ measure, date: day, value: days.length > 1 ? value * share : value, ...seg });
      meta.push({ row, column, ...segMeta });
    }
    for (const k of kpis) {
      const scaled = k.ratio || days.length === 1 ? k.value : k.value * share;
      const w = weight === undefined ? {} : { weight: days.length > 1 ? weight * share : weight };
      items.push({ kpi: k.key, date: day, value: scaled, ...(k.ratio ? w : {}), ...seg });
      meta.push({ row, column: k.column, ...segMeta });
    }
  }
  return out;
}
