import { z } from 'zod';

/**
 * Every error code the server sends, with the parameters its message is built from: the one
 * list the server's `ApiError`, the import's line errors and the UI's translations
 * (`web/i18n/messages/<locale>/errors.ts`, keys `errors.<code>` and `errors.issue.<code>`)
 * are all checked against. An error body carries them as `error.details.params`; a line or
 * field problem as `{ code, params, message }` beside its place. Parameter names are the
 * ICU argument names of the messages.
 */

/**
 * How a parameter is shown. The UI formats `list`, `day` and `instant` for the locale before
 * filling a message (a list as "a, b or c", a day and an instant as dates); `number` goes in
 * as a number (ICU plurals and number formats); `select` is one of fixed values (ICU select).
 */
export type ParamSpec = { readonly optional?: true } & (
  | { readonly kind: 'text' }
  | { readonly kind: 'number' }
  | { readonly kind: 'day' }
  | { readonly kind: 'instant' }
  | { readonly kind: 'list'; readonly join: 'or' | 'and' }
  | { readonly kind: 'select'; readonly values: readonly string[] }
);

const text = { kind: 'text' } as const;
const num = { kind: 'number' } as const;
/** A calendar day, YYYY-MM-DD. */
const day = { kind: 'day' } as const;
/** A point in time, ISO 8601 in UTC. */
const instant = { kind: 'instant' } as const;
const orList = { kind: 'list', join: 'or' } as const;
const andList = { kind: 'list', join: 'and' } as const;
const oneOf = <const V extends readonly [string, ...string[]]>(...values: V) => ({ kind: 'select', values }) as const;
const optional = <const S extends ParamSpec>(spec: S) => ({ ...spec, optional: true }) as const;

const dateFormat = oneOf('ymd', 'ymd_compact', 'dmy', 'mdy', 'week', 'month', 'timestamp');
const userRole = oneOf('admin', 'owner', 'analyst', 'viewer');
const bound = oneOf('min', 'max');
/** zod's `origin` of a size check, folded to what a message can say. */
const sizeOf = oneOf('string', 'array', 'number', 'other');
const yesNo = oneOf('yes', 'no');

/** Codes of `{ error: { code, message, details: { params } } }`, i.e. `ApiError`s. */
export const errorCodes = {
  // --- requests and access
  invalid_request: { place: oneOf('body', 'query', 'url', 'form', 'header', 'cookie'), count: num },
  bad_request: {},
  malformed_json: {},
  unsupported_media_type: { accepts: oneOf('json_or_csv', 'json'), received: text },
  payload_too_large: { kind: oneOf('upload', 'webhook', 'request'), limit: optional(num) },
  not_found: {
    what: oneOf(
      'role',
      'kpi',
      'measure',
      'segment',
      'import',
      'user',
      'token',
      'route',
      'webhook_source',
      'webhook_endpoint',
      'secret',
      'profile',
      'table',
      'alert_delivery',
      'alert_webhook',
      'note',
      'annotation',
    ),
    key: text,
    suggestions: orList,
    options: optional(andList),
  },
  sign_in_required: {},
  invalid_credentials: {},
  too_many_attempts: { scope: oneOf('account', 'address'), minutes: num, retryAfterSeconds: num },
  wrong_password: {},
  invalid_token: {},
  missing_scope: { scope: text, route: text },
  cross_site: { header: oneOf('sec-fetch-site', 'origin'), value: text },
  forbidden: {
    reason: oneOf(
      'no_rule',
      'token_route',
      'role',
      'not_owner',
      'grant_scopes',
      'token_revoke',
      'analyst_annotation',
      'note_author',
    ),
    route: optional(text),
    role: optional(userRole),
    owns: optional(andList),
    ownsCount: optional(num),
    touched: optional(andList),
    touchedCount: optional(num),
    scopes: optional(andList),
    allowed: optional(andList),
    author: optional(text),
    action: optional(oneOf('edit', 'delete')),
  },
  last_admin: {},
  internal: {},
  // --- storage
  storage_full: {},
  read_only: {},
  not_durable: {},
  busy: { retryAfterSeconds: num },
  // --- catalog, targets, scorecards
  already_exists: { what: oneOf('user', 'role', 'measure', 'kpi', 'segment'), key: text },
  unknown_reference: {
    field: text,
    what: oneOf('role', 'kpi', 'measure', 'segment', 'role_kpi'),
    key: text,
    suggestions: orList,
    role: optional(text),
  },
  in_use: { what: oneOf('role', 'measure', 'segment'), key: text, kpis: andList, count: num },
  has_data: { what: oneOf('measure', 'kpi', 'segment'), key: text, count: num },
  invalid_week: { field: text, value: text },
  out_of_range: {
    field: text,
    value: num,
    bound,
    limit: num,
    kpi: text,
    kpiName: text,
    unit: text,
  },
  invalid_range: { from: day, to: day },
  range_too_long: { maxDays: num },
  // --- weekly reviews and alerts
  week_not_over: { week: text, end: day },
  future_week: { week: text },
  already_reviewed: { week: text, reviewedAt: instant, reviewedBy: text },
  not_reviewed: { week: text },
  week_reviewed: { week: text, reviewedAt: instant, reviewedBy: text },
  notes_missing: { week: text, count: num, kpis: andList },
  already_delivered: { deliveryId: num, deliveredAt: instant },
  in_flight: { deliveryId: num },
  // --- ingest
  invalid_items: { count: num },
  // --- CSV imports
  empty_upload: {},
  empty_file: { fileName: text },
  unknown_upload: { uploadId: text },
  already_committed: { uploadId: text },
  duplicate_import: { importId: num, fileName: text, createdAt: instant },
  invalid_rows: { count: num, fileName: text },
  import_too_large: {
    kind: oneOf('import', 'undo'),
    fileName: optional(text),
    importId: optional(num),
    limitMb: num,
  },
  unknown_profile: { name: text, options: andList },
  profile_mismatch: { name: text, missing: andList },
  built_in_profile: { name: text },
  already_undone: { importId: num, fileName: text, undoneAt: instant },
  undo_conflict: {
    importId: num,
    count: num,
    measure: text,
    day,
    segment: text,
    source: oneOf('api', 'csv', 'webhook', 'demo', 'deleted'),
    sourceId: text,
  },
  unsupported_encoding: {
    problem: oneOf('utf16_without_bom', 'invalid_bytes'),
    encoding: optional(text),
    offset: optional(num),
  },
  no_header: {},
  no_columns: { firstLine: text },
  blank_header: { column: num },
  duplicate_header: { name: text, first: num, second: num },
  malformed_csv: {
    where: oneOf('row', 'file'),
    row: optional(num),
    problem: oneOf('quote_not_closed', 'invalid_closing_quote', 'text_after_quote', 'field_too_long', 'unreadable'),
  },
  // --- webhooks
  unauthorized: {
    reason: oneOf('missing_headers', 'bad_signature', 'stale_timestamp'),
    headers: optional(andList),
    header: optional(text),
    timestamp: optional(text),
    toleranceMinutes: optional(num),
  },
  missing_header: { headers: andList },
  rate_limited: { limitPerMinute: num, retryAfterSeconds: num },
  invalid_payload: { count: num },
  unsupported_currency: { field: text, currency: text, expected: text, sourceId: text },
  unknown_topic: { sender: oneOf('shopify', 'helpdesk'), topic: text, supported: andList },
  last_secret: {},
} as const satisfies Record<string, Record<string, ParamSpec>>;

/**
 * Codes of one problem among many: a request field (`details.issues[]` of `invalid_request`
 * and `invalid_payload`), a batch item (`details.issues[]` of `invalid_items`) or a line of a
 * CSV import (`errors[]` of an import report). Where the problem is (path, item index, row
 * and column) is beside the code, not in the parameters.
 */
export const issueCodes = {
  // --- request fields (zod issues, see shared/zodIssues.ts)
  required: {},
  invalid_type: { expected: text, received: text },
  too_small: { of: sizeOf, min: num, inclusive: yesNo },
  too_big: { of: sizeOf, max: num, inclusive: yesNo },
  invalid_format: {
    format: oneOf(
      'date',
      'week',
      'key',
      'currency',
      'decimal',
      'table',
      'timestamp_offset',
      'date_or_instant',
      'calendar_day',
      'week_label',
      'email',
      'url',
      'datetime',
      'other',
    ),
  },
  invalid_value: { values: orList },
  unrecognized_keys: { keys: andList },
  not_multiple_of: { divisor: num },
  invalid: {},
  at_least_one_field: { fields: orList },
  time_zone: {},
  table_needs_csv: {},
  end_before_start: {},
  no_such_week: {},
  // --- batch items (the ingestion core)
  not_a_calendar_day: { value: text },
  not_finite: { value: text },
  unknown_measure: { key: text, suggestions: orList },
  unknown_kpi: { key: text, suggestions: orList },
  unknown_segment: { key: text, suggestions: orList },
  negative_value: { value: num, measure: text },
  would_go_negative: { measure: text, day, value: num },
  kpi_not_incrementable: { formula: oneOf('sum', 'ratio'), measure: optional(text) },
  out_of_range: { value: num, bound, limit: num, kpi: text, unit: text },
  rate_needs_weight: { kpi: text, numerator: text, denominator: text },
  negative_weight: { value: num, denominator: text },
  conflicting_values: { measure: text, day, value: num, otherValue: num, otherItem: num },
  // --- CSV lines and mapping
  date_empty: {},
  timestamp_empty: {},
  not_a_date: { value: text, format: dateFormat },
  period_not_day: { value: text, period: oneOf('week', 'month') },
  not_a_number: { value: text },
  wrong_number_style: { value: text, locale: oneOf('dot', 'comma') },
  not_a_duration: { value: text },
  percent_not_rate: { value: text },
  value_empty: {},
  measure_empty: {},
  unknown_target: { value: text, suggestions: orList },
  rate_needs_weight_column: { numerator: text, denominator: text, denominatorName: text },
  conflicting_rows: { measure: text, day, value: num, otherValue: num },
  too_many_cells: { cells: num, columns: num, delimiter: text },
  no_data_rows: {},
  column_not_in_header: {},
  duplicate_role_column: { role: oneOf('date', 'segment', 'key', 'weight', 'value', 'ignore') },
  no_date_column: {},
  ambiguous_date_format: { formats: andList },
  unknown_date_format: {},
  column_without_target: {},
  unknown_mapping_target: { kind: oneOf('measure', 'kpi'), key: text },
  long_needs_value: {},
  no_value_columns: {},
  profile_unknown_measure: { profile: text, measure: text },
  profile_missing_column: { profile: text },
} as const satisfies Record<string, Record<string, ParamSpec>>;

export type Specs = Record<string, ParamSpec>;
type ValueOf<S extends ParamSpec> = S extends { kind: 'number' }
  ? number
  : S extends { kind: 'list' }
    ? readonly string[]
    : S extends { kind: 'select'; values: readonly (infer V)[] }
      ? V
      : string;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** The parameter object a spec describes (optional specs become optional keys). */
export type ParamsOf<S extends Specs> = Simplify<
  { -readonly [K in keyof S as S[K] extends { optional: true } ? never : K]: ValueOf<S[K]> } & {
    -readonly [K in keyof S as S[K] extends { optional: true } ? K : never]?: ValueOf<S[K]>;
  }
>;

export type ErrorCode = keyof typeof errorCodes;
// Distributive: the parameters of a union of codes are the union of their parameters.
export type ErrorParams<C extends ErrorCode> = C extends ErrorCode ? ParamsOf<(typeof errorCodes)[C]> : never;
export type IssueCode = keyof typeof issueCodes;
export type IssueParams<C extends IssueCode> = C extends IssueCode ? ParamsOf<(typeof issueCodes)[C]> : never;

/** One problem with its stable code, its parameters and the English sentence. */
export type Issue = { [C in IssueCode]: { code: C; params: IssueParams<C>; message: string } }[IssueCode];

/** Builds an issue; typed so the parameters always match the code. */
export const issue = <C extends IssueCode>(code: C, params: IssueParams<C>, message: string) =>
  // TypeScript cannot tie a generic code to its member of the union; the signature does.
  ({ code, params, message }) as Issue;

function valueSchema(spec: ParamSpec): z.ZodType {
  switch (spec.kind) {
    case 'text':
      return z.string();
    case 'number':
      return z.number();
    case 'day':
      return z.iso.date();
    case 'instant':
      return z.iso.datetime({ offset: true });
    case 'list':
      return z.array(z.string());
    case 'select':
      return z.enum(spec.values as [string, ...string[]]);
  }
}

/** The parameters a list's code must carry, strict (shared/importNotes.ts uses it too). */
export function paramsSchema(specs: Readonly<Specs>) {
  const shape = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      spec.optional ? valueSchema(spec).optional() : valueSchema(spec),
    ]),
  );
  // Strict: a parameter no message knows about is drift too.
  return z.strictObject(shape);
}

/** The parameters an error code must carry, as a zod schema (tests and the UI check with it). */
export const errorParamsSchema = (code: ErrorCode) => paramsSchema(errorCodes[code]);
export const issueParamsSchema = (code: IssueCode) => paramsSchema(issueCodes[code]);

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(errorCodes, code);
export const isIssueCode = (code: string): code is IssueCode => Object.hasOwn(issueCodes, code);

/**
 * An update body: any of `shape`'s fields, at least one. The refusal of an empty body keeps
 * its English message and carries `at_least_one_field` with the field names, for the UI.
 */
export function partialUpdate<S extends z.core.$ZodLooseShape>(shape: S, message: string) {
  return z
    .object(shape)
    .partial()
    .refine((v) => Object.keys(v).length > 0, {
      message,
      params: { code: 'at_least_one_field', fields: Object.keys(shape) },
    });
}
