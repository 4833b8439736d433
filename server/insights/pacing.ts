import type { Pacing, PacingPeriod, PacingRow } from '../../shared/insights.js';
import { kpiValue } from '../../shared/kpi.js';
import { addDays, daysBetween, type WeekStart, weekOf } from '../../shared/period.js';
import { kpiTargetResolver, sumByMeasureRange } from '../db/aggregates.js';
import { getCatalog, type KpiRow, requireRole, requireSegment } from '../db/catalog.js';
import type { Db } from '../db/open.js';
import { daysOf, type Period, paceStatus, percentOfTarget, periodsOf, periodTarget, project } from './pace.js';

export interface PacingOptions {
  /** Today in the installation's time zone: the period runs to yesterday, the last full day. */
  today: string;
  segment?: string;
  role?: string;
  weekStart: WeekStart;
}

/** Month and quarter to date for every KPI in scope: value, projection, target, status. */
export function getPacing(db: Db, opts: PacingOptions): Pacing {
  const snap = getCatalog(db);
  const segmentId = opts.segment ? requireSegment(snap, opts.segment).id : null;
  const roles = opts.role ? [requireRole(snap, opts.role)] : snap.roles;
  const kpis = roles.flatMap((r) => snap.kpis.filter((k) => k.roleId === r.id).map((k) => ({ k, r })));
  const ids = [
    ...new Set(kpis.flatMap(({ k }) => (k.denominatorId ? [k.numeratorId, k.denominatorId] : [k.numeratorId]))),
  ];
  const { month, quarter } = periodsOf(opts.today);
  const yesterday = addDays(opts.today, -1);
  // Month and quarter to date in one index range query; on a period's first day its range is empty.
  const sums = sumByMeasureRange(
    db,
    ids,
    [month, quarter].map((p) => ({ start: p.start, end: yesterday })),
    segmentId,
  );
  const resolvers = new Map(kpis.map(({ k }) => [k.id, kpiTargetResolver(db, k, segmentId)]));

  const block = (p: Period, index: number): PacingPeriod => {
    const through = yesterday >= p.start ? yesterday : null;
    const totalDays = daysBetween(p.start, p.end);
    const days = daysOf(p.start, p.end);
    // Targets apply from a week's first day: each day takes the target of the week holding it.
    const weekStarts = days.map((d) => weekOf(d, opts.weekStart).start);
    const row = ({ k, r }: { k: KpiRow; r: { key: string; name: string } }): PacingRow => {
      const num = sums.get(k.numeratorId)?.[index];
      const den = k.denominatorId === null ? undefined : sums.get(k.denominatorId)?.[index];
      const numerator = num?.sum ?? null;
      const denominator = k.denominatorId === null ? null : (den?.sum ?? null);
      const toDate = kpiValue(k, numerator, denominator);
      const daysWithData = k.denominatorId === null ? (num?.days ?? 0) : Math.min(num?.days ?? 0, den?.days ?? 0);
      const projection = project(k.kind, toDate, daysWithData, totalDays);
      const resolve = resolvers.get(k.id);
      const target = periodTarget(
        days,
        weekStarts.map((w) => resolve?.(w) ?? null),
        k.kind,
      );
      return {
        kpi: { key: k.key, name: k.name, unit: k.unit, direction: k.direction, kind: k.kind },
        role: { key: r.key, name: r.name },
        toDate,
        numerator,
        denominator,
        daysWithData,
        projection,
        target,
        percentOfTarget: percentOfTarget(projection, target?.value ?? null),
        status: paceStatus(projection, target, k.direction),
      };
    };
    return {
      ...p,
      through,
      elapsedDays: through ? daysBetween(p.start, through) : 0,
      totalDays,
      kpis: kpis.map(row),
    };
  };

  return {
    today: opts.today,
    segment: opts.segment ?? null,
    role: opts.role ?? null,
    month: block(month, 0),
    quarter: block(quarter, 1),
  };
}
