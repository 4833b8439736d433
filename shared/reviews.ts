import { z } from 'zod';
import { scorecardSchema, statusSchema, weekInputSchema, weekSchema } from './schemas.js';
import { keySchema, unitSchema } from './units.js';

/**
 * Contracts of the weekly review's written record: notes per role and week (the Head of
 * Digital writes, the role's owners reply), reviewed weeks with their frozen scorecard, and
 * the "require a note on every red KPI" setting. Rules: docs/insights-reviews.md.
 */

export const noteTextSchema = z
  .string()
  .trim()
  .min(1, 'write the note')
  .max(4000, 'keep a note under 4,000 characters');

/** A new note on a role's week; `kpi` names one of the role's KPIs, or null for the whole role. */
export const createNoteSchema = z.object({
  role: keySchema,
  kpi: keySchema.nullable().default(null),
  body: noteTextSchema,
});
export type CreateNoteInput = z.input<typeof createNoteSchema>;

export const updateNoteSchema = z.object({ body: noteTextSchema });

export const noteIdParams = z.object({ id: z.coerce.number().int().positive() });
export const reviewWeekParams = z.object({ week: weekInputSchema });

export const reviewNoteSchema = z.object({
  id: z.number().int(),
  week: z.string(),
  role: z.string(),
  kpi: z.string().nullable(),
  /** `note` from an admin (the Head of Digital), `reply` from an owner of the role. */
  kind: z.enum(['note', 'reply']),
  body: z.string(),
  author: z.object({ id: z.number().int().nullable(), name: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
});
export type ReviewNote = z.infer<typeof reviewNoteSchema>;
export const noteListSchema = z.object({ notes: z.array(reviewNoteSchema) });

export const noteHistoryQuerySchema = z.object({
  role: keySchema,
  kpi: keySchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const reviewSettingsSchema = z.object({
  /** When on, a week cannot be marked reviewed while a red KPI has no note that week. */
  requireNoteOnRed: z.boolean(),
});
export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;

/** A KPI of the reviewed week whose value differs from the one frozen at review. */
export const reviewChangeSchema = z.object({
  role: z.string(),
  kpi: z.string(),
  kpiName: z.string(),
  unit: unitSchema,
  reviewedValue: z.number().nullable(),
  currentValue: z.number().nullable(),
  reviewedStatus: statusSchema,
  currentStatus: statusSchema,
});
export type ReviewChange = z.infer<typeof reviewChangeSchema>;

/** A red KPI with no note this week (what blocks "reviewed" when notes are required). */
export const missingNoteSchema = z.object({
  role: z.string(),
  roleName: z.string(),
  kpi: z.string(),
  kpiName: z.string(),
});
export type MissingNote = z.infer<typeof missingNoteSchema>;

export const reviewEventSchema = z.object({
  id: z.number().int(),
  reviewedAt: z.string(),
  reviewedBy: z.string(),
  reopenedAt: z.string().nullable(),
  reopenedBy: z.string().nullable(),
});

/** Everything the weekly review shows about one week's record. */
export const weekReviewSchema = z.object({
  week: weekSchema,
  reviewed: z.boolean(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  requireNoteOnRed: z.boolean(),
  /** Notes of the week by role key, oldest first. */
  notes: z.record(z.string(), z.array(reviewNoteSchema)),
  /** Red KPIs (all segments) that have no note this week. */
  missingNotes: z.array(missingNoteSchema),
  /** KPIs whose value changed since the week was marked reviewed (empty when it is not). */
  changes: z.array(reviewChangeSchema),
  /** Every time the week was marked reviewed, newest first; reopened ones keep their snapshot. */
  history: z.array(reviewEventSchema),
});
export type WeekReview = z.infer<typeof weekReviewSchema>;

export const snapshotListSchema = z.object({
  snapshots: z.array(reviewEventSchema.extend({ scorecard: scorecardSchema })),
});
