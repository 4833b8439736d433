import { kpiValue } from '../../shared/kpi.js';
import {
  addDays,
  bucketsBetween,
  daysBetween,
  type Grain,
  type Week,
  type WeekStart,
  weekOf,
} from '../../shared/period.js';
import type { Series } from '../../shared/schemas.js';
import { kpiTargetResolver, sumByMeasureDay } from '../db/aggregates.js';
import { getCatalog, requireKpi, requireSegment, toKpi } from '../db/catalog.js';
import type { Db } from '../db/open.js';
import { ApiError } from '../http/errors.js';
import { downsampleMinMax } from './downsample.js';

/** Longest range one request may ask for, in days (about ten years). */
export const MAX_SERIES_DAYS = 3700;

export interface SeriesOptions {
  grain: Grain;
  from: string;
  to: string;
  segment?: string;
  weekStart: WeekStart;
}

/**
 * A KPI over time at a grain; every ratio point carries the sums behind it, so a tooltip can
 * say "2.41% = 1,204 orders / 49,958 sessions".
 */
export function getSeries(db: Db, key: string, opts: SeriesOptions): Series {
  const snap = getCatalog(db);
  const kpi = requireKpi(snap, key);
  const segmentId = opts.segment ? requireSegment(snap, opts.segment).id : null;
  if (opts.from > opts.to)
    throw new ApiError(422, 'invalid_range', `from (${opts.from}) is after to (${opts.to}); swap them.`, {
      params: { from: opts.from, to: opts.to },
      field: 'from',
    });
  if (daysBetween(opts.from, opts.to) > MAX_SERIES_DAYS)
    throw new ApiError(
      422,
      'range_too_long',
      `The range spans more than ${MAX_SERIES_DAYS} days; ask for a shorter one.`,
      { params: { maxDays: MAX_SERIES_DAYS }, field: 'from' },
    );
  const buckets = bucketsBetween(opts.from, opts.to, opts.grain, opts.weekStart);
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  const ids = kpi.denominatorId === null ? [kpi.numeratorId] : [kpi.numeratorId, kpi.denominatorId];
  const rows = first && last ? sumByMeasureDay(db, ids, first.start, last.end, segmentId) : [];

  // weekOf costs a dozen Date objects; a range touches each week 7 or 14 times, so remember it.
  const weeks = new Map<string, Week>();
  const weekAt = (d: string): Week => {
    let w = weeks.get(d);
    if (w === undefined) {
      w = weekOf(d, opts.weekStart);
      for (let i = 0; i < 7; i++) weeks.set(addDays(w.start, i), w);
    }
    return w;
  };
  const index = new Map(buckets.map((b, i) => [b.label, i]));
  const num: Array<number | null> = buckets.map(() => null);
  const den: Array<number | null> = buckets.map(() => null);
  for (const r of rows) {
    const label = opts.grain === 'day' ? r.day : opts.grain === 'week' ? weekAt(r.day).label : r.day.slice(0, 7);
    const i = index.get(label);
    if (i === undefined) continue;
    const into = r.measure_id === kpi.numeratorId ? num : den;
    into[i] = (into[i] ?? 0) + r.v;
  }
  const targetAt = kpiTargetResolver(db, kpi, segmentId);
  const denMeasure = kpi.denominatorId === null ? null : snap.measureById.get(kpi.denominatorId);
  const all = buckets.map((b, i) => {
    const n = num[i] ?? null;
    const d = kpi.denominatorId === null ? null : (den[i] ?? null);
    const t = targetAt(weekAt(b.start).start);
    return {
      period: b.label,
      start: b.start,
      end: b.end,
      value: kpiValue(kpi, n, d),
      numerator: n,
      denominator: d,
      target: t ? { value: t.value, band: t.band } : null,
    };
  });
  // Past MAX_SERIES_POINTS (about four years of days) a chart gets the extremes per bucket.
  const sampled = downsampleMinMax(all);
  const points = sampled.points;
  return {
    kpi: toKpi(kpi),
    grain: opts.grain,
    from: first?.start ?? opts.from,
    to: last?.end ?? opts.to,
    segment: opts.segment ?? null,
    numeratorName: snap.measureById.get(kpi.numeratorId)?.name ?? '',
    denominatorName: denMeasure?.name ?? null,
    points,
    ...(sampled.info ? { downsampled: sampled.info } : {}),
  };
}
