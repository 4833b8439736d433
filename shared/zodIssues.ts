import type { z } from 'zod';
import { SINCE_PATTERN } from './alerts.js';
import { type Issue, type IssueParams, isIssueCode, issue, issueParamsSchema } from './errorCodes.js';
import { TABLE_NAME_PATTERN } from './ops.js';
import { WEEK_LABEL_PATTERN } from './review.js';
import { DATE_PATTERN, WEEK_INPUT_PATTERN } from './schemas.js';
import { KEY_PATTERN } from './units.js';
import { CURRENCY_PATTERN, DECIMAL_PATTERN } from './webhooks.js';

type Format = IssueParams<'invalid_format'>['format'];

/** The shared schemas' patterns by the name a message can use (zod reports a regex as its text). */
const namedPatterns = new Map<string, Format>([
  [String(DATE_PATTERN), 'date'],
  [String(WEEK_INPUT_PATTERN), 'week'],
  [String(KEY_PATTERN), 'key'],
  [String(CURRENCY_PATTERN), 'currency'],
  [String(DECIMAL_PATTERN), 'decimal'],
  [String(TABLE_NAME_PATTERN), 'table'],
  [String(SINCE_PATTERN), 'date_or_instant'],
  [String(WEEK_LABEL_PATTERN), 'week_label'],
]);

const zodFormats: Partial<Record<string, Format>> = { email: 'email', url: 'url', datetime: 'datetime', date: 'date' };

function formatOf(i: z.core.$ZodIssueInvalidStringFormat): Format {
  if (i.format === 'regex') return namedPatterns.get(i.pattern ?? '') ?? 'other';
  return zodFormats[i.format] ?? 'other';
}

const sizeOf = (origin: string): IssueParams<'too_small'>['of'] =>
  origin === 'string' || origin === 'array'
    ? origin
    : ['number', 'int', 'bigint'].includes(origin)
      ? 'number'
      : 'other';

/** What a JSON value is, in zod's words (`received string`). */
function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isNaN(v)) return 'NaN';
  return typeof v;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** A custom (refine) issue that names its code in `params.code`, as the shared schemas do. */
function customIssue(i: z.core.$ZodIssueCustom, input: unknown): Issue {
  const { code, ...params } = (i.params ?? {}) as Record<string, unknown>;
  if (typeof code !== 'string' || !isIssueCode(code)) return issue('invalid', {}, i.message);
  if (code === 'invalid_type') params.received = typeName(valueAt(input, i.path));
  const parsed = issueParamsSchema(code).safeParse(params);
  return parsed.success
    ? ({ code, params: parsed.data, message: i.message } as Issue)
    : issue('invalid', {}, i.message);
}

/**
 * A zod issue as a stable code with its parameters (see `issueCodes`), keeping the English
 * message the schema or zod wrote. `input` is the value that was validated: a missing field
 * is told apart from a wrong type by looking at it.
 */
export function issueFromZod(i: z.core.$ZodIssue, input: unknown): Issue {
  switch (i.code) {
    case 'invalid_type': {
      const value = valueAt(input, i.path);
      if (value === undefined) return issue('required', {}, i.message);
      return issue('invalid_type', { expected: i.expected, received: typeName(value) }, i.message);
    }
    case 'too_small':
      return issue(
        'too_small',
        { of: sizeOf(i.origin), min: Number(i.minimum), inclusive: i.inclusive === false ? 'no' : 'yes' },
        i.message,
      );
    case 'too_big':
      return issue(
        'too_big',
        { of: sizeOf(i.origin), max: Number(i.maximum), inclusive: i.inclusive === false ? 'no' : 'yes' },
        i.message,
      );
    case 'invalid_format':
      return issue('invalid_format', { format: formatOf(i) }, i.message);
    case 'invalid_value':
      return issue('invalid_value', { values: i.values.map(String) }, i.message);
    case 'invalid_union':
      // A discriminated union with an unknown tag lists the tags it knows.
      return 'options' in i && i.options?.length
        ? issue('invalid_value', { values: i.options.map(String) }, i.message)
        : issue('invalid', {}, i.message);
    case 'unrecognized_keys':
      return issue('unrecognized_keys', { keys: i.keys }, i.message);
    case 'not_multiple_of':
      return issue('not_multiple_of', { divisor: Number(i.divisor) }, i.message);
    case 'custom':
      return customIssue(i, input);
    default:
      return issue('invalid', {}, i.message);
  }
}

/** zod's issues as `{ path, message, code, params }`, the shape of `details.issues[]`. */
export function fieldIssues(error: { issues: readonly z.core.$ZodIssue[] }, input: unknown) {
  return error.issues.map((i) => {
    const { code, params, message } = issueFromZod(i, input);
    return { path: i.path.join('.'), message, code, params };
  });
}
