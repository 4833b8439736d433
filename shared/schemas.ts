import { z } from 'zod';
import { formulaSchema, kpiDefSchema, measureDefSchema, roleDefSchema } from './catalog.js';
import { partialUpdate } from './errorCodes.js';
import { directionSchema, keySchema, unitSchema } from './units.js';

/** Contracts for every request and response; server validates with them, web parses with them. */

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const WEEK_INPUT_PATTERN = /^(\d{4}-W\d{2}|\d{4}-\d{2}-\d{2})$/;
export const dateSchema = z.string().regex(DATE_PATTERN, 'use a date like 2026-03-14 (YYYY-MM-DD)');
/** A week as `2026-W07`, or any date inside it. */
export const weekInputSchema = z
  .string()
  .regex(WEEK_INPUT_PATTERN, 'use an ISO week like 2026-W07 or a date inside the week');
export const grainSchema = z.enum(['day', 'week', 'month']);

// ---------- errors ----------
export const errorBodySchema = z.object({
  error: z.object({
    /** Stable; with `details.params` it rebuilds the message in any language (shared/errorCodes.ts). */
    code: z.string(),
    /** English, for people reading the raw API. */
    message: z.string(),
    /** `{ params, ... }`: the code's parameters (see `errorCodes`) beside code-specific data. */
    details: z.unknown().optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** One problem with one item of a batch: where it is, what is wrong, how to fix it. */
export const itemIssueSchema = z.object({
  index: z.number().int(),
  field: z.string(),
  message: z.string(),
  /** Stable code and parameters of the message (shared/errorCodes.ts `issueCodes`). */
  code: z.string(),
  params: z.record(z.string(), z.unknown()),
  suggestions: z.array(z.string()).optional(),
});
export type ItemIssue = z.infer<typeof itemIssueSchema>;

// ---------- configuration the web needs ----------
export const publicConfigSchema = z.object({
  currency: z.string(),
  timeZone: z.string(),
  weekStart: z.enum(['monday', 'sunday']),
  today: dateSchema,
  lastCompleteWeek: z.string(),
});
export type PublicConfig = z.infer<typeof publicConfigSchema>;

// ---------- catalog ----------
export const segmentSchema = z.object({
  key: keySchema,
  name: z.string().min(1).max(80),
  kind: z.enum(['business', 'store', 'channel', 'country', 'other']).default('store'),
});
export type Segment = z.infer<typeof segmentSchema>;

export const roleSchema = roleDefSchema.extend({ kpiCount: z.number().int() });
export type Role = z.infer<typeof roleSchema>;
export const measureSchema = measureDefSchema.extend({ hasData: z.boolean() });
export type Measure = z.infer<typeof measureSchema>;
export const kpiSchema = kpiDefSchema;
export type Kpi = z.infer<typeof kpiSchema>;

export const catalogResponseSchema = z.object({
  roles: z.array(roleSchema),
  measures: z.array(measureSchema),
  kpis: z.array(kpiSchema),
  segments: z.array(segmentSchema),
});
export type CatalogResponse = z.infer<typeof catalogResponseSchema>;

export const createRoleSchema = roleDefSchema;
export const updateRoleSchema = partialUpdate(
  { name: z.string().min(1).max(80), description: z.string().max(500) },
  'send at least one of: name, description',
);
export const createMeasureSchema = measureDefSchema;
export const createKpiSchema = kpiDefSchema;
export const updateKpiSchema = partialUpdate(
  {
    name: z.string().min(1).max(80),
    description: z.string().max(500),
    role: keySchema,
    unit: unitSchema,
    direction: directionSchema,
    formula: formulaSchema,
    valueMin: z.number().finite().nullable(),
    valueMax: z.number().finite().nullable(),
  },
  'send at least one field to change',
);
export const createSegmentSchema = segmentSchema;

// ---------- targets ----------
export const setTargetSchema = z.object({
  kpi: keySchema,
  value: z.number().finite(),
  /** Tolerance in the KPI's own unit (0.002 = 0.2 points for a percent KPI); amber inside it. */
  band: z.number().finite().min(0, 'the band cannot be negative').default(0),
  /** First week the target applies to; earlier weeks keep earlier targets. */
  effectiveFrom: weekInputSchema,
  segment: keySchema.nullable().default(null),
});
export type SetTargetInput = z.input<typeof setTargetSchema>;

export const targetSchema = z.object({
  id: z.number().int(),
  kpi: keySchema,
  segment: keySchema.nullable(),
  value: z.number(),
  band: z.number(),
  effectiveFrom: z.string(),
  effectiveFromDate: dateSchema,
  createdAt: z.string(),
});
export type Target = z.infer<typeof targetSchema>;
export const targetListSchema = z.object({ targets: z.array(targetSchema) });

// ---------- ingestion ----------
/**
 * Typed as "a number" but not necessarily finite: JSON can carry 1e999 (Infinity), and such
 * a value is an invalid item (422 naming it), not a malformed body.
 */
const anyNumber = z.custom<number>((v) => typeof v === 'number', {
  message: 'expected a number',
  params: { code: 'invalid_type', expected: 'number' },
});

export const measureItemSchema = z.object({
  measure: z.string().min(1),
  date: dateSchema,
  value: anyNumber,
  segment: z.string().min(1).optional(),
});
/** A KPI value supplied directly; a ratio needs its weight (the denominator's value). */
export const kpiItemSchema = z.object({
  kpi: z.string().min(1),
  date: dateSchema,
  value: anyNumber,
  weight: anyNumber.optional(),
  segment: z.string().min(1).optional(),
});
export const ingestItemSchema = z.union([measureItemSchema.strict(), kpiItemSchema.strict()]);
export type IngestItem = z.infer<typeof ingestItemSchema>;

export const ingestModeSchema = z.enum(['set', 'increment']);
export type IngestMode = z.infer<typeof ingestModeSchema>;

export const MAX_BATCH_ITEMS = 50_000;
export const ingestBatchSchema = z.object({
  /** `set` replaces a day's value (exports); `increment` adds to it (event webhooks). */
  mode: ingestModeSchema.default('set'),
  items: z.array(ingestItemSchema).min(1, 'send at least one item').max(MAX_BATCH_ITEMS),
});
export type IngestBatch = z.input<typeof ingestBatchSchema>;

export const ingestResultSchema = z.object({
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  total: z.number().int(),
});
export type IngestResult = z.infer<typeof ingestResultSchema>;

// ---------- scorecard ----------
export const statusSchema = z.enum(['green', 'amber', 'red', 'no_target', 'no_data']);
export const weekSchema = z.object({ label: z.string(), start: dateSchema, end: dateSchema });

export const scorecardQuerySchema = z.object({
  week: weekInputSchema.optional(),
  segment: keySchema.optional(),
  role: keySchema.optional(),
});

export const scorecardRowSchema = z.object({
  kpi: z.object({
    key: z.string(),
    name: z.string(),
    unit: unitSchema,
    direction: directionSchema,
    kind: z.enum(['sum', 'ratio']),
  }),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  previous: z.number().nullable(),
  change: z
    .object({ absolute: z.number(), relative: z.number().nullable(), better: z.boolean().nullable() })
    .nullable(),
  target: z.object({ value: z.number(), band: z.number(), effectiveFrom: z.string() }).nullable(),
  status: statusSchema,
  sparkline: z.array(z.object({ week: z.string(), value: z.number().nullable() })),
  inputs: z.array(
    z.object({
      measure: z.string(),
      name: z.string(),
      /** Latest day with data, across all time; null when the measure never had data. */
      lastDate: dateSchema.nullable(),
      daysWithData: z.number().int(),
      daysInWeek: z.number().int(),
    }),
  ),
  /** True when an input has no data for some days of the week. */
  incomplete: z.boolean(),
});
export type ScorecardRow = z.infer<typeof scorecardRowSchema>;

export const scorecardRoleSchema = z.object({
  role: z.object({ key: z.string(), name: z.string() }),
  health: z.object({ green: z.number().int(), withTarget: z.number().int(), total: z.number().int() }),
  kpis: z.array(scorecardRowSchema),
});
export type ScorecardRole = z.infer<typeof scorecardRoleSchema>;

export const scorecardSchema = z.object({
  week: weekSchema,
  previousWeek: weekSchema,
  segment: z.string().nullable(),
  roles: z.array(scorecardRoleSchema),
});
export type Scorecard = z.infer<typeof scorecardSchema>;

// ---------- series ----------
export const seriesQuerySchema = z.object({
  grain: grainSchema.default('week'),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  segment: keySchema.optional(),
});

export const seriesPointSchema = z.object({
  period: z.string(),
  start: dateSchema,
  end: dateSchema,
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  target: z.object({ value: z.number(), band: z.number() }).nullable(),
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

export const seriesSchema = z.object({
  kpi: kpiSchema,
  grain: grainSchema,
  from: dateSchema,
  to: dateSchema,
  segment: z.string().nullable(),
  numeratorName: z.string(),
  denominatorName: z.string().nullable(),
  points: z.array(seriesPointSchema),
  /**
   * Present when the range had more points than a chart can use (over 1,500): `points` then
   * holds the lowest and highest point of each of `buckets` consecutive runs of the
   * `sourcePoints` periods (each kept point is a real period with its own sums).
   */
  downsampled: z
    .object({ method: z.literal('min-max'), sourcePoints: z.number().int(), buckets: z.number().int() })
    .optional(),
});
export type Series = z.infer<typeof seriesSchema>;
