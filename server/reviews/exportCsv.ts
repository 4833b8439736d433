import { kpiCompleteness } from '../../shared/review.js';
import type { Scorecard } from '../../shared/schemas.js';
import { toCsv } from '../csv/write.js';

/**
 * The week's review as CSV: one row per KPI of every role, in catalog order. Values are the
 * scorecard's own (the same numbers the dashboard shows), in the KPI's stored unit: percent
 * as a fraction (0.045 = 4.5%), durations in seconds, money in the installation's currency.
 * Data completeness is two number columns, not "5/7", which Excel would turn into a date.
 */
const COLUMNS = [
  'Week',
  'Segment',
  'Role key',
  'Role',
  'KPI key',
  'KPI',
  'Unit',
  'Better when',
  'Value',
  'Numerator',
  'Denominator',
  'Target',
  'Band',
  'Status',
  'Previous week',
  'Change',
  'Change (relative)',
  'Change is',
  'Days with data',
  'Days expected',
  'Last data date',
] as const;

type Column = (typeof COLUMNS)[number];

/**
 * 15 significant digits, what a spreadsheet keeps: 0.02 − 0.015 is written 0.005, not
 * 0.005000000000000001. Only derived figures are rounded; stored sums are whole or short.
 */
const sig15 = (v: number | null | undefined) => (v === null || v === undefined ? null : Number(v.toPrecision(15)));

/** Excel opens a UTF-8 CSV as the system code page unless it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

export function reviewCsv(sc: Scorecard): string {
  const rows = sc.roles.flatMap((r) =>
    r.kpis.map((k): Record<Column, string | number | null> => {
      const done = kpiCompleteness(k);
      return {
        Week: sc.week.label,
        Segment: sc.segment ?? '(all segments)',
        'Role key': r.role.key,
        Role: r.role.name,
        'KPI key': k.kpi.key,
        KPI: k.kpi.name,
        Unit: k.kpi.unit,
        'Better when': k.kpi.direction,
        Value: sig15(k.value),
        Numerator: k.numerator,
        Denominator: k.denominator,
        Target: k.target?.value ?? null,
        Band: k.target?.band ?? null,
        Status: k.status,
        'Previous week': sig15(k.previous),
        Change: sig15(k.change?.absolute),
        'Change (relative)': sig15(k.change?.relative),
        'Change is': k.change ? (k.change.better === null ? 'flat' : k.change.better ? 'better' : 'worse') : null,
        'Days with data': done.daysWithData,
        'Days expected': done.daysExpected,
        'Last data date': done.lastDate,
      };
    }),
  );
  return UTF8_BOM + toCsv(COLUMNS, rows);
}
