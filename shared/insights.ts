import { z } from 'zod';
import { dateSchema, weekInputSchema, weekSchema } from './schemas.js';
import { directionSchema, keySchema, unitSchema } from './units.js';

/**
 * Contracts of the weekly-review insights: what moved revenue (a split of the revenue change
 * into traffic, conversion and AOV) and pacing to target for the month and the quarter.
 * docs/insights-revenue-pacing.md explains the methods with worked examples.
 */

const kpiRefSchema = z.object({ key: keySchema, name: z.string(), unit: unitSchema });
const roleRefSchema = z.object({ key: keySchema, name: z.string() });

// ---------- what moved revenue ----------
export const revenueQuerySchema = z.object({
  /** Defaults to the last complete week, like the scorecard. */
  week: weekInputSchema.optional(),
  segment: keySchema.optional(),
});

/** The three factors of net revenue = sessions × conversion rate × AOV. */
export const revenueFactorKeySchema = z.enum(['traffic', 'conversion', 'aov']);
export type RevenueFactorKey = z.infer<typeof revenueFactorKeySchema>;

export const revenueFactorSchema = z.object({
  factor: revenueFactorKeySchema,
  /** The KPI that measures the factor, and the business role that owns it right now. */
  kpi: kpiRefSchema,
  role: roleRefSchema,
  /** The factor's value in each week: sessions, orders / sessions, revenue / orders. */
  base: z.number(),
  current: z.number(),
  /** Its share of the revenue change, in money; the three add up to the change exactly. */
  contribution: z.number(),
  /** The contribution as percentage points of the base week's revenue; null when that was 0. */
  points: z.number().nullable(),
});
export type RevenueFactor = z.infer<typeof revenueFactorSchema>;

/** Sums of one week; `days` is the fewest days with data among the three measures. */
export const revenueTotalsSchema = z.object({
  sessions: z.number(),
  orders: z.number(),
  revenue: z.number(),
  days: z.number().int(),
});

export const comparisonKindSchema = z.enum(['previous_week', 'year_ago']);
export type ComparisonKind = z.infer<typeof comparisonKindSchema>;

/** The three measures of net revenue = sessions × conversion × AOV. */
export const revenueMeasureSchema = z.enum(['sessions', 'orders', 'net_revenue']);

export const unavailableCodeSchema = z.enum([
  /** A KPI of the identity was deleted, or its formula no longer fits the identity. */
  'identity_missing',
  /** The selected week lacks data for a measure. */
  'no_current_data',
  /** The week compared with lacks data for a measure. */
  'no_base_data',
  /** A week has revenue without orders, or orders without sessions: no factor can explain it. */
  'undefined_factor',
]);

export const revenueComparisonSchema = z.discriminatedUnion('available', [
  z.object({
    available: z.literal(true),
    against: comparisonKindSchema,
    baseWeek: weekSchema,
    /** Why the base week is not the obvious one (week 53 in a year before without one). */
    note: z.string().nullable(),
    /** `lmdi` when every factor and both revenues are positive, `shapley` otherwise. */
    method: z.enum(['lmdi', 'shapley']),
    methodReason: z.string().nullable(),
    base: revenueTotalsSchema,
    current: revenueTotalsSchema,
    change: z.number(),
    /** Revenue change in percent of |base revenue| (the sum of the factors' points); null from 0. */
    percentChange: z.number().nullable(),
    factors: z.array(revenueFactorSchema),
  }),
  z.object({
    available: z.literal(false),
    against: comparisonKindSchema,
    baseWeek: weekSchema,
    note: z.string().nullable(),
    code: unavailableCodeSchema,
    /** The identity's measures without data in the week concerned (no_current_data, no_base_data). */
    missing: z.array(revenueMeasureSchema),
    /** What is missing and what to do about it, in English words (the UI words `code` + `missing`). */
    reason: z.string(),
  }),
]);
export type RevenueComparison = z.infer<typeof revenueComparisonSchema>;

export const revenueInsightSchema = z.object({
  week: weekSchema,
  segment: keySchema.nullable(),
  /** Against the previous week, then against the same ISO week a year earlier. */
  comparisons: z.array(revenueComparisonSchema),
});
export type RevenueInsight = z.infer<typeof revenueInsightSchema>;

// ---------- pacing ----------
export const pacingQuerySchema = z.object({
  segment: keySchema.optional(),
  role: keySchema.optional(),
});

/** `on_pace` meets the period target, `at_risk` misses it within the band, `off_pace` beyond. */
export const pacingStatusSchema = z.enum(['on_pace', 'at_risk', 'off_pace', 'no_target', 'no_data']);
export type PacingStatus = z.infer<typeof pacingStatusSchema>;

export const periodTargetSchema = z.object({
  /** Sum KPI: the weekly targets pro-rated over the period's days; ratio KPI: their day-weighted mean. */
  value: z.number(),
  band: z.number(),
  /** The weekly (sum) or ratio target in force on each run of days, oldest first. */
  parts: z.array(z.object({ from: dateSchema, to: dateSchema, value: z.number(), band: z.number() })),
});

export const pacingRowSchema = z.object({
  kpi: kpiRefSchema.extend({ direction: directionSchema, kind: z.enum(['sum', 'ratio']) }),
  role: roleRefSchema,
  /** Period to date (through yesterday): a sum, or a ratio of sums. */
  toDate: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** Days with data so far (the fewer of numerator and denominator for a ratio). */
  daysWithData: z.number().int(),
  /** Where the period ends at the current pace; a ratio's projection is its ratio to date. */
  projection: z.number().nullable(),
  target: periodTargetSchema.nullable(),
  /** projection / target as a fraction (0.94 = 94%); null without a positive target. */
  percentOfTarget: z.number().nullable(),
  status: pacingStatusSchema,
});
export type PacingRow = z.infer<typeof pacingRowSchema>;

export const pacingPeriodSchema = z.object({
  kind: z.enum(['month', 'quarter']),
  /** `2026-03` or `2026-Q1`. */
  label: z.string(),
  start: dateSchema,
  end: dateSchema,
  /** Last day counted (yesterday); null on the period's first day. */
  through: dateSchema.nullable(),
  elapsedDays: z.number().int(),
  totalDays: z.number().int(),
  kpis: z.array(pacingRowSchema),
});
export type PacingPeriod = z.infer<typeof pacingPeriodSchema>;

export const pacingSchema = z.object({
  today: dateSchema,
  segment: keySchema.nullable(),
  role: keySchema.nullable(),
  month: pacingPeriodSchema,
  quarter: pacingPeriodSchema,
});
export type Pacing = z.infer<typeof pacingSchema>;
