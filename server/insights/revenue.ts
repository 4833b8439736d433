import type { ComparisonKind, RevenueComparison, RevenueFactorKey, RevenueInsight } from '../../shared/insights.js';
import { parseWeek, shiftWeek, type Week, type WeekStart } from '../../shared/period.js';
import { sumByMeasureRange } from '../db/aggregates.js';
import { type CatalogSnapshot, getCatalog, type KpiRow, requireSegment } from '../db/catalog.js';
import type { Db } from '../db/open.js';
import { decomposeRevenue } from './decompose.js';

/** The KPI that measures each factor of revenue = sessions × conversion rate × AOV. */
export const FACTOR_KPIS: Record<RevenueFactorKey, string> = {
  traffic: 'sessions',
  conversion: 'conversion_rate',
  aov: 'aov',
};

interface Identity {
  kpis: Record<RevenueFactorKey, KpiRow>;
  /** Measure ids of sessions, orders and net revenue, read from the KPIs' formulas. */
  sessions: number;
  orders: number;
  revenue: number;
}

/**
 * The identity as the catalog defines it now: `sessions` = sum(S), `conversion_rate` = O / S,
 * `aov` = R / O. An admin may delete those KPIs or change their formulas; then the split is
 * not available, with the reason (a sentence for the page, not an error status).
 */
function readIdentity(snap: CatalogSnapshot): Identity | { reason: string } {
  const need = Object.values(FACTOR_KPIS).join(', ');
  const missing = Object.values(FACTOR_KPIS).filter((k) => !snap.kpiByKey.has(k));
  if (missing.length)
    return {
      reason: `The revenue split needs the KPIs ${need}; ${missing.map((k) => `"${k}"`).join(' and ')} no longer ${missing.length > 1 ? 'exist' : 'exists'} (deleted or renamed). Add ${missing.length > 1 ? 'them' : 'it'} back on the Catalog & targets page.`,
    };
  const traffic = snap.kpiByKey.get(FACTOR_KPIS.traffic) as KpiRow;
  const conversion = snap.kpiByKey.get(FACTOR_KPIS.conversion) as KpiRow;
  const aov = snap.kpiByKey.get(FACTOR_KPIS.aov) as KpiRow;
  const name = (id: number | null) => snap.measureById.get(id ?? -1)?.key ?? '?';
  if (traffic.kind !== 'sum')
    return { reason: `KPI "${traffic.key}" is no longer the sum of a measure, so it cannot stand for traffic.` };
  if (conversion.kind !== 'ratio' || conversion.denominatorId !== traffic.numeratorId)
    return {
      reason: `KPI "${conversion.key}" is no longer orders / ${name(traffic.numeratorId)} (it is ${conversion.formula.kind === 'ratio' ? `${name(conversion.numeratorId)} / ${name(conversion.denominatorId)}` : `sum(${name(conversion.numeratorId)})`}), so revenue is not traffic × conversion × AOV.`,
    };
  if (aov.kind !== 'ratio' || aov.denominatorId !== conversion.numeratorId)
    return {
      reason: `KPI "${aov.key}" is no longer revenue / ${name(conversion.numeratorId)}, so revenue is not traffic × conversion × AOV.`,
    };
  return {
    kpis: { traffic, conversion, aov },
    sessions: traffic.numeratorId,
    orders: conversion.numeratorId,
    revenue: aov.numeratorId,
  };
}

/**
 * The same ISO week a year earlier. Week 53 has no twin in a year of 52 weeks; it is then
 * compared with the week 52 weeks earlier, which covers the same calendar days a year before
 * (2026-W53, 28 Dec – 3 Jan, against 2026-W01, 29 Dec – 4 Jan).
 */
export function yearAgoWeek(week: Week, weekStart: WeekStart): { week: Week; note: string | null } {
  const year = Number(week.label.slice(0, 4));
  const same = parseWeek(`${year - 1}${week.label.slice(4)}`, weekStart);
  if (same) return { week: same, note: null };
  const earlier = shiftWeek(week, -52, weekStart);
  return {
    week: earlier,
    note: `${year - 1} has no week 53, so ${week.label} is compared with ${earlier.label}, which covers the same days a year earlier.`,
  };
}

const MEASURE_KEYS = ['sessions', 'orders', 'net_revenue'] as const;
const MEASURE_WORDS = { sessions: 'sessions', orders: 'orders', net_revenue: 'net revenue' } as const;
/** "sessions", "sessions or orders", "sessions, orders or net revenue". */
const orList = (words: readonly string[]) =>
  words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? '');

export interface RevenueOptions {
  week: Week;
  segment?: string;
  weekStart: WeekStart;
}

/** What moved revenue in a week: against the previous week and the same week a year earlier. */
export function getRevenueInsight(db: Db, opts: RevenueOptions): RevenueInsight {
  const snap = getCatalog(db);
  const segmentId = opts.segment ? requireSegment(snap, opts.segment).id : null;
  const previous = shiftWeek(opts.week, -1, opts.weekStart);
  const yearAgo = yearAgoWeek(opts.week, opts.weekStart);
  const bases: Array<{ against: ComparisonKind; week: Week; note: string | null }> = [
    { against: 'previous_week', week: previous, note: null },
    { against: 'year_ago', ...yearAgo },
  ];
  const out = { week: opts.week, segment: opts.segment ?? null };
  const identity = readIdentity(snap);
  if ('reason' in identity)
    return {
      ...out,
      comparisons: bases.map((b) => ({
        available: false,
        against: b.against,
        baseWeek: b.week,
        note: b.note,
        code: 'identity_missing',
        missing: [],
        reason: identity.reason,
      })),
    };

  const ids = [identity.sessions, identity.orders, identity.revenue];
  // One index range query for the three measures over the three weeks.
  const sums = sumByMeasureRange(db, ids, [opts.week, previous, yearAgo.week], segmentId);
  const totalsAt = (i: number) => {
    const got = ids.map((id) => sums.get(id)?.[i]);
    const missing = MEASURE_KEYS.filter((_, n) => got[n] === undefined);
    const [s, o, r] = got.map((g) => g?.sum ?? 0) as [number, number, number];
    return {
      missing,
      totals: { sessions: s, orders: o, revenue: r, days: Math.min(...got.map((g) => g?.days ?? 0)) },
    };
  };
  const current = totalsAt(0);

  const compare = (b: (typeof bases)[number], i: number): RevenueComparison => {
    const head = { against: b.against, baseWeek: b.week, note: b.note };
    const base = totalsAt(i);
    const where = opts.segment ? ` in segment ${opts.segment}` : '';
    if (current.missing.length)
      return {
        ...head,
        available: false,
        code: 'no_current_data',
        missing: current.missing,
        reason: `No ${orList(current.missing.map((m) => MEASURE_WORDS[m]))} data for ${opts.week.label}${where}: the split needs sessions, orders and net revenue for both weeks.`,
      };
    if (base.missing.length)
      return {
        ...head,
        available: false,
        code: 'no_base_data',
        missing: base.missing,
        reason: `No ${orList(base.missing.map((m) => MEASURE_WORDS[m]))} data for ${b.week.label}${where}, so there is nothing to compare ${opts.week.label} with.`,
      };
    const split = decomposeRevenue(base.totals, current.totals, { base: b.week.label, current: opts.week.label });
    if (!split.ok) return { ...head, available: false, code: 'undefined_factor', missing: [], reason: split.reason };
    const r0 = base.totals.revenue;
    // Points of |base revenue|, so a rise reads as positive even from a negative (refund) week.
    const points = (v: number) => (r0 === 0 ? null : (v / Math.abs(r0)) * 100);
    const change = current.totals.revenue - r0;
    return {
      ...head,
      available: true,
      method: split.method,
      methodReason: split.methodReason,
      base: base.totals,
      current: current.totals,
      change,
      percentChange: points(change),
      factors: split.parts.map((p) => {
        const kpi = identity.kpis[p.factor];
        const role = snap.roles.find((r) => r.id === kpi.roleId);
        return {
          factor: p.factor,
          kpi: { key: kpi.key, name: kpi.name, unit: kpi.unit },
          role: { key: role?.key ?? kpi.role, name: role?.name ?? kpi.role },
          base: p.base,
          current: p.current,
          contribution: p.contribution,
          points: points(p.contribution),
        };
      }),
    };
  };
  return { ...out, comparisons: bases.map((b, i) => compare(b, i + 1)) };
}
