import { kpiChange, kpiStatus, kpiValue } from '../../shared/kpi.js';
import { addDays, daysBetween, shiftWeek, type Week, type WeekStart, weekOf } from '../../shared/period.js';
import type { Scorecard, ScorecardRole, ScorecardRow } from '../../shared/schemas.js';
import { lastDates, sumByMeasureRange, targetsAt } from '../db/aggregates.js';
import { type CatalogSnapshot, getCatalog, type KpiRow, requireRole, requireSegment } from '../db/catalog.js';
import type { Db } from '../db/open.js';

export const SPARKLINE_WEEKS = 12;

export interface ScorecardOptions {
  week: Week;
  segment?: string;
  role?: string;
  weekStart: WeekStart;
  /** Today in the installation's time zone: days after it are not expected to have data. */
  today: string;
}

/** The weekly scorecard: every KPI in scope with value, change, target status and sparkline. */
export function getScorecard(db: Db, opts: ScorecardOptions): Scorecard {
  const snap = getCatalog(db);
  const segmentId = opts.segment ? requireSegment(snap, opts.segment).id : null;
  const roles = opts.role ? [requireRole(snap, opts.role)] : snap.roles;
  const roleIds = new Set(roles.map((r) => r.id));
  const kpis = snap.kpis.filter((k) => roleIds.has(k.roleId));
  const ids = [...new Set(kpis.flatMap((k) => (k.denominatorId ? [k.numeratorId, k.denominatorId] : [k.numeratorId])))];

  const first = shiftWeek(opts.week, -(SPARKLINE_WEEKS - 1), opts.weekStart);
  const windows = Array.from({ length: SPARKLINE_WEEKS }, (_, i) => shiftWeek(first, i, opts.weekStart));
  // One query sums every input measure per week of the sparkline window (index range seeks).
  const weekly = sumByMeasureRange(db, ids, windows, segmentId);
  const latest = lastDates(db, ids, segmentId);
  const targets = targetsAt(db, kpis, opts.week.start, segmentId);
  const expectedDays =
    opts.today < opts.week.start
      ? 0
      : Math.min(7, daysBetween(opts.week.start, opts.week.end < opts.today ? opts.week.end : addDays(opts.today, -1)));

  const row = (k: KpiRow): ScorecardRow => {
    const num = weekly.get(k.numeratorId);
    const den = k.denominatorId === null ? undefined : weekly.get(k.denominatorId);
    const at = (i: number) => {
      const n = num?.[i]?.sum ?? null;
      const d = k.denominatorId === null ? null : (den?.[i]?.sum ?? null);
      return { n, d, v: kpiValue(k, n, d) };
    };
    const cur = at(SPARKLINE_WEEKS - 1);
    const prev = at(SPARKLINE_WEEKS - 2);
    const target = targets.get(k.id) ?? null;
    const inputIds = k.denominatorId === null ? [k.numeratorId] : [k.numeratorId, k.denominatorId];
    const inputs = inputIds.map((id) => ({
      measure: snap.measureById.get(id)?.key ?? '',
      name: snap.measureById.get(id)?.name ?? '',
      lastDate: latest.get(id) ?? null,
      daysWithData: weekly.get(id)?.[SPARKLINE_WEEKS - 1]?.days ?? 0,
      daysInWeek: expectedDays,
    }));
    return {
      kpi: { key: k.key, name: k.name, unit: k.unit, direction: k.direction, kind: k.kind },
      value: cur.v,
      numerator: cur.n,
      denominator: cur.d,
      previous: prev.v,
      change: kpiChange(cur.v, prev.v, k.direction),
      target: target
        ? { value: target.value, band: target.band, effectiveFrom: weekOf(target.effectiveFrom, opts.weekStart).label }
        : null,
      status: kpiStatus(cur.v, target, k.direction),
      sparkline: windows.map((w, i) => ({ week: w.label, value: at(i).v })),
      inputs,
      incomplete: inputs.some((i) => i.daysWithData < i.daysInWeek),
    };
  };

  return {
    week: opts.week,
    previousWeek: shiftWeek(opts.week, -1, opts.weekStart),
    segment: opts.segment ?? null,
    roles: roles.map((r): ScorecardRole => {
      const rows = kpis.filter((k) => k.roleId === r.id).map(row);
      return {
        role: { key: r.key, name: r.name },
        health: {
          green: rows.filter((x) => x.status === 'green').length,
          withTarget: rows.filter((x) => x.status === 'green' || x.status === 'amber' || x.status === 'red').length,
          total: rows.length,
        },
        kpis: rows,
      };
    }),
  };
}

export type { CatalogSnapshot };
