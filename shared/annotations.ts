import { z } from 'zod';
import { partialUpdate } from './errorCodes.js';
import { isCalendarDate } from './period.js';
import { dateSchema } from './schemas.js';
import { keySchema } from './units.js';

/**
 * Annotations: an event (campaign launch, site release, stock-out) on a day or a range of
 * days, tied to roles and/or KPIs, or to nothing (business-wide). Rules:
 * docs/insights-reviews.md.
 */

const daySchema = dateSchema.refine(isCalendarDate, {
  message: 'not a calendar day; use e.g. 2026-03-14',
  params: { code: 'invalid_format', format: 'calendar_day' },
});

const fields = {
  title: z.string().trim().min(1, 'give the event a title').max(120, 'keep the title under 120 characters'),
  note: z.string().trim().max(2000, 'keep the note under 2,000 characters'),
  /** First day of the event. */
  start: daySchema,
  /** Last day (included); the same as `start` for a one-day event. */
  end: daySchema,
  roles: z.array(keySchema).max(20, 'tie it to at most 20 roles'),
  kpis: z.array(keySchema).max(50, 'tie it to at most 50 KPIs'),
};

const endNotBeforeStart = (v: { start?: string; end?: string }) => !v.start || !v.end || v.end >= v.start;
const endIssue = {
  message: 'the last day cannot be before the first day',
  path: ['end'],
  params: { code: 'end_before_start' },
};

export const createAnnotationSchema = z
  .object({
    ...fields,
    note: fields.note.default(''),
    end: fields.end.optional(),
    roles: fields.roles.default([]),
    kpis: fields.kpis.default([]),
  })
  .refine(endNotBeforeStart, endIssue);
export type CreateAnnotationInput = z.input<typeof createAnnotationSchema>;

/** Any subset of the fields; roles/kpis, when sent, replace the annotation's ties. */
export const updateAnnotationSchema = partialUpdate(fields, 'send at least one field to change').refine(
  endNotBeforeStart,
  endIssue,
);
export type UpdateAnnotationInput = z.input<typeof updateAnnotationSchema>;

export const annotationSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  note: z.string(),
  start: dateSchema,
  end: dateSchema,
  /** Empty roles and kpis: business-wide. */
  roles: z.array(z.string()),
  kpis: z.array(z.string()),
  createdBy: z.object({ id: z.number().int().nullable(), name: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
});
export type Annotation = z.infer<typeof annotationSchema>;
export const annotationListSchema = z.object({ annotations: z.array(annotationSchema) });

/**
 * Annotations overlapping `from..to` that matter to a chart: tied to `kpi`, to `role` (or the
 * KPI's role), or business-wide. With `role` alone, also those tied to any KPI of the role.
 */
export const annotationQuerySchema = z.object({
  from: daySchema.optional(),
  to: daySchema.optional(),
  role: keySchema.optional(),
  kpi: keySchema.optional(),
});
export type AnnotationQuery = z.infer<typeof annotationQuerySchema>;

export const annotationIdParams = z.object({ id: z.coerce.number().int().positive() });

/** Who an untied annotation belongs to, as the permission check names it to an owner. */
export const BUSINESS_WIDE = 'the whole business';

/**
 * The business roles an annotation touches: its roles and the roles of its KPIs (unknown KPIs
 * are skipped); an untied one touches the whole business, which no owner owns.
 */
export function rolesTouched(
  a: { roles: readonly string[]; kpis: readonly string[] },
  roleOfKpi: (kpi: string) => string | undefined,
): string[] {
  if (a.roles.length === 0 && a.kpis.length === 0) return [BUSINESS_WIDE];
  const ofKpis = a.kpis.flatMap((k) => roleOfKpi(k) ?? []);
  return [...new Set([...a.roles, ...ofKpis])];
}
