import { parseWeek, type WeekStart, weekOf } from '../../shared/period.js';
import type { Target } from '../../shared/schemas.js';
import { ApiError } from '../http/errors.js';
import { getCatalog, type KpiRow, requireKpi, requireSegment } from './catalog.js';
import type { Db } from './open.js';

interface TargetRow {
  id: number;
  kpi_id: number;
  segment_id: number | null;
  value: number;
  band: number;
  effective_from: string;
  created_at: string;
}

export interface TargetInput {
  kpi: string;
  value: number;
  band: number;
  effectiveFrom: string;
  segment: string | null;
}

function toTarget(db: Db, r: TargetRow, weekStart: WeekStart): Target {
  const snap = getCatalog(db);
  const kpi = snap.kpis.find((k) => k.id === r.kpi_id);
  return {
    id: r.id,
    kpi: kpi?.key ?? '',
    segment: r.segment_id === null ? null : (snap.segmentById.get(r.segment_id)?.key ?? null),
    value: r.value,
    band: r.band,
    effectiveFrom: weekOf(r.effective_from, weekStart).label,
    effectiveFromDate: r.effective_from,
    createdAt: r.created_at,
  };
}

/** Records a target from a week on; earlier targets stay as history for earlier weeks. */
export function setTarget(db: Db, input: TargetInput, weekStart: WeekStart, now: Date): Target {
  const snap = getCatalog(db);
  const kpi = requireKpi(snap, input.kpi);
  const week = parseWeek(input.effectiveFrom, weekStart);
  if (!week)
    throw new ApiError(
      422,
      'invalid_week',
      `effectiveFrom: "${input.effectiveFrom}" is not a week; use e.g. 2026-W07.`,
      { params: { field: 'effectiveFrom', value: input.effectiveFrom }, field: 'effectiveFrom' },
    );
  const segmentId = input.segment === null ? null : requireSegment(snap, input.segment).id;
  const range = (bound: 'min' | 'max', limit: number) => ({
    params: { field: 'value', value: input.value, bound, limit, kpi: kpi.key, kpiName: kpi.name, unit: kpi.unit },
    field: 'value',
  });
  if (kpi.valueMin !== null && input.value < kpi.valueMin)
    throw new ApiError(
      422,
      'out_of_range',
      `value: ${input.value} is below ${kpi.valueMin}, the lowest ${kpi.name} can be.`,
      range('min', kpi.valueMin),
    );
  if (kpi.valueMax !== null && input.value > kpi.valueMax)
    throw new ApiError(
      422,
      'out_of_range',
      `value: ${input.value} is above ${kpi.valueMax}, the highest ${kpi.name} can be${kpi.unit === 'percent' ? ' (percentages are fractions: 4.5% is 0.045)' : ''}.`,
      range('max', kpi.valueMax),
    );
  const info = db
    .prepare(
      'INSERT INTO targets (kpi_id, segment_id, value, band, effective_from, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(kpi.id, segmentId, input.value, input.band, week.start, now.toISOString());
  const row = db.prepare('SELECT * FROM targets WHERE id = ?').get(info.lastInsertRowid) as TargetRow;
  return toTarget(db, row, weekStart);
}

export function listTargets(db: Db, weekStart: WeekStart, kpiKey?: string): Target[] {
  const rows = kpiKey
    ? (db
        .prepare('SELECT * FROM targets WHERE kpi_id = ? ORDER BY effective_from DESC, id DESC')
        .all(requireKpi(getCatalog(db), kpiKey).id) as TargetRow[])
    : (db.prepare('SELECT * FROM targets ORDER BY kpi_id, effective_from DESC, id DESC').all() as TargetRow[]);
  return rows.map((r) => toTarget(db, r, weekStart));
}

export interface EffectiveTarget {
  value: number;
  band: number;
  effectiveFrom: string;
}

/**
 * Resolves which target applies to a KPI in a week. A segment view uses that segment's own
 * target; a ratio KPI falls back to the business-wide target (a 3% conversion goal holds per
 * store), a sum KPI does not (a revenue goal for the business is not one store's goal).
 */
export class TargetResolver {
  private readonly byKpi = new Map<number, TargetRow[]>();

  constructor(db: Db) {
    const rows = db.prepare('SELECT * FROM targets ORDER BY effective_from DESC, id DESC').all() as TargetRow[];
    for (const r of rows) {
      const list = this.byKpi.get(r.kpi_id) ?? [];
      list.push(r);
      this.byKpi.set(r.kpi_id, list);
    }
  }

  /** `weekStartDate` is the first day of the week; `segmentId` null means all segments. */
  resolve(kpi: KpiRow, weekStartDate: string, segmentId: number | null): EffectiveTarget | null {
    const rows = this.byKpi.get(kpi.id);
    if (!rows) return null;
    const pick = (seg: number | null) => rows.find((r) => r.segment_id === seg && r.effective_from <= weekStartDate);
    const row = pick(segmentId) ?? (segmentId !== null && kpi.kind === 'ratio' ? pick(null) : undefined);
    return row ? { value: row.value, band: row.band, effectiveFrom: row.effective_from } : null;
  }
}
