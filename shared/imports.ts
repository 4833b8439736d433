import { z } from 'zod';
import { importNoteSchema, noteDetailSchema } from './importNotes.js';

/** Contracts of the CSV import: options the analyst chooses, previews, results, history. */

/** How a date cell is written. `week` (2026-W07) and `month` (2026-02) are periods, not days. */
export const dateFormatSchema = z.enum(['ymd', 'ymd_compact', 'dmy', 'mdy', 'week', 'month', 'timestamp']);
export type DateFormat = z.infer<typeof dateFormatSchema>;

/** `dot`: 1,234.5 (comma groups thousands); `comma`: 1.234,5. Decided once per file. */
export const numberLocaleSchema = z.enum(['dot', 'comma']);
export type NumberLocale = z.infer<typeof numberLocaleSchema>;

/** A measure or KPI a value column feeds. */
export const importTargetSchema = z.object({
  kind: z.enum(['measure', 'kpi']),
  key: z.string().min(1),
});
export type ImportTarget = z.infer<typeof importTargetSchema>;

/**
 * What one column of the file is. `value` columns feed one or more targets (a helpdesk
 * "Good" column feeds csat_satisfied and csat_responses; values feeding the same measure in
 * one row add up). Long files use `key` (the measure or KPI named in each row) + `value`.
 */
export const columnMappingSchema = z.object({
  column: z.string(),
  role: z.enum(['date', 'segment', 'value', 'key', 'weight', 'ignore']),
  targets: z.array(importTargetSchema).default([]),
  /** For rate columns: `percent` (45.3 or 45.3% → 0.453) or `fraction` (0.453). */
  rateAs: z.enum(['percent', 'fraction']).optional(),
  /** The column holds the complement of the target rate (GA4 engagement rate = 1 − bounce rate). */
  complement: z.boolean().optional(),
  /** Plain numbers in a duration column are in this unit; hh:mm:ss is always understood. */
  durationUnit: z.enum(['seconds', 'minutes', 'hours']).optional(),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** What the analyst chooses in the mapping step; anything left out is detected. */
export const importOptionsSchema = z.object({
  /** A saved or built-in profile to use instead of the detected mapping. */
  profile: z.string().min(1).optional(),
  mapping: z.array(columnMappingSchema).optional(),
  dateFormat: dateFormatSchema.optional(),
  numberLocale: numberLocaleSchema.optional(),
  /** Segment for every row when the file has no segment column (e.g. one store's export). */
  segment: z.string().min(1).optional(),
  /** Spread weekly or monthly rows evenly over their days (only when chosen). */
  spreadPeriods: z.boolean().default(false),
  /** Write the good rows and list the bad ones instead of refusing the whole file. */
  skipBadRows: z.boolean().default(false),
  /** Import a byte-identical file again although it was imported before. */
  allowDuplicate: z.boolean().default(false),
  /** Save the mapping under this name, reused when the same header comes again. */
  saveProfileAs: z.string().min(1).max(80).optional(),
});
export type ImportOptions = z.input<typeof importOptionsSchema>;
export type ParsedImportOptions = z.infer<typeof importOptionsSchema>;

/** One line-level problem: `row 1,204, column "Sessions": "1.2k" is not a number`. */
export const rowErrorSchema = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
  /** Stable code and parameters of the message (shared/errorCodes.ts `issueCodes`). */
  code: z.string(),
  params: z.record(z.string(), z.unknown()),
  /** The whole sentence, ready to show. */
  text: z.string(),
});
export type RowError = z.infer<typeof rowErrorSchema>;

export const MAX_REPORTED_ERRORS = 200;

export const detectionSchema = z.object({
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be']),
  delimiter: z.enum([',', ';', '\t']),
  headerRow: z.number().int(),
  skippedPreambleLines: z.number().int(),
  dateFormat: dateFormatSchema.nullable(),
  /** Formats the date column fits equally (DD/MM vs MM/DD): the analyst must choose. */
  dateFormatCandidates: z.array(dateFormatSchema),
  numberLocale: numberLocaleSchema,
  shape: z.enum(['wide', 'long', 'rows']),
});
export type Detection = z.infer<typeof detectionSchema>;

export const proposedColumnSchema = columnMappingSchema.extend({
  /** 1 = exact key or name, 0.9 = known synonym, 0.6 = close spelling, 0 = unmatched. */
  confidence: z.number(),
  note: z.string().optional(),
  /** The note's stable code and parameters (shared/importNotes.ts), to word it in any language. */
  noteDetail: noteDetailSchema.optional(),
});

export const importCountsSchema = z.object({
  rows: z.number().int(),
  goodRows: z.number().int(),
  badRows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importReportSchema = z.object({
  uploadId: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  hash: z.string(),
  /** An earlier committed import of the same bytes, if any. */
  duplicateOf: z.object({ id: z.number().int(), fileName: z.string(), createdAt: z.string() }).nullable(),
  detection: detectionSchema,
  profile: z.string().nullable(),
  header: z.array(z.string()),
  mapping: z.array(proposedColumnSchema),
  /** First rows as parsed (raw cells), for the preview table. */
  sample: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()) })),
  /** Rows skipped on purpose ("Total" rows, trailing comments), said so. */
  notes: z.array(z.string()),
  /** The same notes, in order, with their stable code and parameters (shared/importNotes.ts). */
  noteDetails: z.array(importNoteSchema),
  errors: z.array(rowErrorSchema),
  errorCount: z.number().int(),
  counts: importCountsSchema,
  /** Set after a commit. */
  importId: z.number().int().nullable(),
  committed: z.boolean(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const importStatusSchema = z.enum(['committed', 'undone']);

export const importRecordSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  hash: z.string(),
  size: z.number().int(),
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skippedRows: z.number().int(),
  profile: z.string().nullable(),
  status: importStatusSchema,
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
  user: z.string().nullable(),
});
export type ImportRecord = z.infer<typeof importRecordSchema>;
export const importListSchema = z.object({ imports: z.array(importRecordSchema) });

export const undoResultSchema = z.object({
  id: z.number().int(),
  restored: z.number().int(),
  deleted: z.number().int(),
});

export const progressSchema = z.object({
  uploadId: z.string(),
  phase: z.enum(['idle', 'parsing', 'writing', 'done', 'failed']),
  rows: z.number().int(),
  bytes: z.number().int(),
  totalBytes: z.number().int(),
});
export type ImportProgress = z.infer<typeof progressSchema>;

// ---------- row-level profiles ----------
/** How one measure is computed per day from a file with one row per order, line or ticket. */
export const rowAggregateSchema = z.discriminatedUnion('op', [
  /** Distinct values of an id column (orders in a line-item export). */
  z.object({ op: z.literal('count_distinct'), measure: z.string(), column: z.string() }),
  /** Rows where `column` has a value (optionally one of `equals`, case-insensitive). */
  z.object({
    op: z.literal('count_where'),
    measure: z.string(),
    column: z.string(),
    equals: z.array(z.string()).optional(),
  }),
  /** Sum of `column` minus `minus` columns, over rows where `column` is filled; × `factor`. */
  z.object({
    op: z.literal('sum'),
    measure: z.string(),
    column: z.string(),
    minus: z.array(z.string()).default([]),
    factor: z.number().default(1),
  }),
]);
export type RowAggregate = z.infer<typeof rowAggregateSchema>;

export const rowProfileSchema = z.object({
  name: z.string().min(1).max(80),
  kind: z.literal('rows'),
  /** Headers that must all be present (matched by name, never by position). */
  requiredHeaders: z.array(z.string()).min(1),
  /** Column with the timestamp (with offset) or date of each row. */
  timestamp: z.string(),
  aggregates: z.array(rowAggregateSchema).min(1),
});
export type RowProfile = z.infer<typeof rowProfileSchema>;

export const columnProfileSchema = z.object({
  name: z.string().min(1).max(80),
  kind: z.literal('columns'),
  header: z.array(z.string()),
  mapping: z.array(columnMappingSchema),
  dateFormat: dateFormatSchema.optional(),
  numberLocale: numberLocaleSchema.optional(),
});
export type ColumnProfile = z.infer<typeof columnProfileSchema>;

export const profileSchema = z.discriminatedUnion('kind', [rowProfileSchema, columnProfileSchema]);
export type ImportProfile = z.infer<typeof profileSchema>;
export const profileListSchema = z.object({
  profiles: z.array(z.object({ name: z.string(), kind: z.enum(['rows', 'columns']), builtIn: z.boolean() })),
});
