import { z } from 'zod';
import { parseWeek } from './period.js';
import type { ScorecardRow } from './schemas.js';
import { keySchema } from './units.js';

/** Contracts and pure helpers for exporting a week's review (CSV and the printable page). */

/** A week as its ISO label only (`2026-W47`): an export names one week, never a date inside it. */
export const WEEK_LABEL_PATTERN = /^\d{4}-W\d{2}$/;
export const weekLabelSchema = z
  .string()
  .regex(WEEK_LABEL_PATTERN, 'use an ISO week like 2026-W47')
  .refine((w) => parseWeek(w) !== null, {
    message: 'that year has no such week (weeks run from W01 to W52, or W53)',
    params: { code: 'no_such_week' },
  });

export const reviewExportParamsSchema = z.object({ week: weekLabelSchema });
export const reviewExportQuerySchema = z.object({
  /** One segment's review (a store, a channel); all segments summed when absent. */
  segment: keySchema.optional(),
});

/** `rolecard-review-2026-W47.csv`, or `rolecard-review-2026-W47-shop_es.csv` for one segment. */
export function reviewCsvFilename(week: string, segment?: string | null): string {
  return `rolecard-review-${week}${segment ? `-${segment}` : ''}.csv`;
}

/** The API path of a week's CSV (under `/api`), for links from the web app. */
export function reviewCsvPath(week: string, segment?: string | null): string {
  return `/reviews/${encodeURIComponent(week)}/export.csv${segment ? `?segment=${encodeURIComponent(segment)}` : ''}`;
}

export interface KpiCompleteness {
  /** Days of the week on which every input has data, at most (the least complete input's days). */
  daysWithData: number;
  /** Days of the week that have passed (all 7 for a finished week). */
  daysExpected: number;
  /** The stalest input's latest day with data; null when an input never had any. */
  lastDate: string | null;
}

/**
 * A KPI is as complete as its least complete input and as fresh as its stalest one: a
 * conversion rate with orders for 5 days and sessions for 7 is known for 5 days at most.
 */
export function kpiCompleteness(row: Pick<ScorecardRow, 'inputs'>): KpiCompleteness {
  const inputs = row.inputs;
  const dates = inputs.map((i) => i.lastDate);
  return {
    daysWithData: inputs.length ? Math.min(...inputs.map((i) => i.daysWithData)) : 0,
    daysExpected: inputs.length ? Math.max(...inputs.map((i) => i.daysInWeek)) : 0,
    lastDate: dates.some((d) => d === null) ? null : ([...(dates as string[])].sort()[0] ?? null),
  };
}
