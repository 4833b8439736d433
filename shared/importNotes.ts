import { z } from 'zod';
import { type ParamSpec, type ParamsOf, paramsSchema } from './errorCodes.js';

/**
 * The informational sentences of a successful import preview, with the parameters each is
 * built from: the report's `notes` (rows skipped on purpose) and a proposed column's `note`
 * (why the mapping was guessed so). Like shared/errorCodes.ts, one list that the server's
 * notes and the UI's messages (`web/i18n/messages/<locale>/import.ts`, keys
 * `import.note.<code>`) are checked against; parameter names are the ICU argument names.
 * The English sentence travels beside the code, unchanged, for the CLI and English readers.
 */
const text = { kind: 'text' } as const;
const num = { kind: 'number' } as const;

export const importNoteCodes = {
  // --- the report's notes
  preamble_skipped: { count: num },
  totals_row_skipped: { row: num, label: text },
  trailing_comments_skipped: { count: num },
  // --- a proposed column's note
  column_without_header: {},
  no_matching_target: {},
  cells_are_dates: {},
  engagement_rate_complement: {},
  check_counts_purchases: { source: { kind: 'select', values: ['key_events', 'conversions'] } },
  check_net_revenue: {},
  good_ratings_double: {},
  bad_ratings_responses: {},
  target_already_given: { column: text, key: text },
} as const satisfies Record<string, Record<string, ParamSpec>>;

export type ImportNoteCode = keyof typeof importNoteCodes;
// Distributive: the parameters of a union of codes are the union of their parameters.
export type ImportNoteParams<C extends ImportNoteCode> = C extends ImportNoteCode
  ? ParamsOf<(typeof importNoteCodes)[C]>
  : never;

/** A note's code and parameters, as a proposed column carries them beside its `note`. */
export type NoteDetail = { [C in ImportNoteCode]: { code: C; params: ImportNoteParams<C> } }[ImportNoteCode];

/** Builds a note's code and parameters; typed so the parameters always match the code. */
export const noteDetail = <C extends ImportNoteCode>(code: C, params: ImportNoteParams<C>) =>
  // TypeScript cannot tie a generic code to its member of the union; the signature does.
  ({ code, params }) as NoteDetail;

export const noteDetailSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.unknown()),
});

/** One of the report's notes: its code and parameters, and the English sentence of `notes`. */
export const importNoteSchema = noteDetailSchema.extend({ text: z.string() });
export type ImportNote = NoteDetail & { text: string };

/** The parameters a note code must carry, as a zod schema (tests check real reports with it). */
export const importNoteParamsSchema = (code: ImportNoteCode) => paramsSchema(importNoteCodes[code]);

export const isImportNoteCode = (code: string): code is ImportNoteCode => Object.hasOwn(importNoteCodes, code);
