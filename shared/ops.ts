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

export const TABLE_NAME_PATTERN = /^[a-z_][a-z0-9_]*$/;
/** `GET /api/export`: JSON holds every table; CSV holds one table (default: measure values). */
export const exportQuerySchema = z.object({
  format: exportFormatSchema.default('json'),
  table: z.string().regex(TABLE_NAME_PATTERN, 'use a table name such as measure_values or targets').optional(),
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

/** The parts of the OpenAPI 3.1 document the API reference page reads (the rest passes through). */
const openApiOperationSchema = z.looseObject({
  tags: z.array(z.string()).default([]),
  summary: z.string().default(''),
  description: z.string().optional(),
  parameters: z
    .array(
      z.looseObject({
        name: z.string(),
        in: z.string(),
        required: z.boolean().optional(),
        description: z.string().optional(),
        schema: z.unknown(),
      }),
    )
    .default([]),
  requestBody: z
    .looseObject({
      content: z.record(z.string(), z.looseObject({ schema: z.unknown(), example: z.unknown().optional() })),
    })
    .optional(),
  responses: z.record(z.string(), z.looseObject({ description: z.string() })),
});
export const openApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string(), description: z.string().optional() }),
  tags: z.array(z.looseObject({ name: z.string() })).default([]),
  paths: z.record(z.string(), z.record(z.string(), openApiOperationSchema)),
});
export type OpenApiDocument = z.infer<typeof openApiDocumentSchema>;
export type OpenApiOperation = z.infer<typeof openApiOperationSchema>;
