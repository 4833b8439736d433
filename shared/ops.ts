import { z } from 'zod';

/** Contracts of the operational endpoints: health probes and the full export. */

/** `GET /healthz`: the process is up. */
export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  uptimeSeconds: z.number().int().min(0),
});
export type Health = z.infer<typeof healthSchema>;

/** `GET /readyz`: 200 when the DB answers and its schema is the one this build expects, else 503. */
export const readinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  version: z.string(),
  ready: z.boolean(),
  database: z.enum(['ok', 'unreachable']),
  schema: z.object({ applied: z.number().int().nullable(), expected: z.number().int() }),
  problems: z.array(z.string()),
});
export type Readiness = z.infer<typeof readinessSchema>;

export const exportFormatSchema = z.enum(['json', 'csv']);

/** `GET /api/export`: JSON holds every table; CSV holds one table (default: measure values). */
export const exportQuerySchema = z.object({
  format: exportFormatSchema.default('json'),
  table: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'use a table name such as measure_values or targets')
    .optional(),
});

const cellSchema = z.union([z.string(), z.number(), z.null()]);
export const exportRowSchema = z.record(z.string(), cellSchema);

/**
 * The JSON export: every table of the database, rows as objects keyed by column. Measure
 * values and targets also carry the keys of what their ids point at, so they read alone.
 */
export const exportDocumentSchema = z.object({
  format: z.literal('rolecard-export'),
  version: z.string(),
  schemaVersion: z.number().int().nullable(),
  exportedAt: z.string(),
  counts: z.record(z.string(), z.number().int()),
  tables: z.record(z.string(), z.array(exportRowSchema)),
});
export type ExportDocument = z.infer<typeof exportDocumentSchema>;
