import { errorCodes, issueCodes, type ParamSpec } from '../../shared/errorCodes';
import { importNoteCodes, isImportNoteCode } from '../../shared/importNotes';

/** ICU values: lists, days and instants already written out for the locale. */
export type MessageValues = Record<string, string | number>;
export interface MessageDescriptor {
  id: string;
  values: MessageValues;
}

function formatValue(spec: ParamSpec, v: unknown, locale: string): string | number | null {
  switch (spec.kind) {
    case 'number':
      return typeof v === 'number' ? v : null;
    case 'list': {
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return null;
      const type = spec.join === 'or' ? 'disjunction' : 'conjunction';
      return new Intl.ListFormat(locale, { type }).format(v);
    }
    case 'day': {
      const t = typeof v === 'string' ? Date.parse(`${v}T00:00:00Z`) : Number.NaN;
      // A calendar day is the same day everywhere: format it in UTC, where it was parsed.
      return Number.isNaN(t)
        ? null
        : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(t);
    }
    case 'instant': {
      const t = typeof v === 'string' ? Date.parse(v) : Number.NaN;
      return Number.isNaN(t)
        ? null
        : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(t);
    }
    default:
      return typeof v === 'string' ? v : null;
  }
}

/**
 * The message `id` with `params` checked against `specs` and formatted for `locale`; null when
 * they do not fit. Also used for codes kept outside the error list (webhook delivery reasons).
 */
export function describe(
  id: string,
  specs: Readonly<Record<string, ParamSpec>>,
  params: unknown,
  locale: string,
): MessageDescriptor[] | null {
  if (typeof params !== 'object' || params === null) return null;
  const given = params as Record<string, unknown>;
  const values: MessageValues = {};
  for (const [name, spec] of Object.entries(specs)) {
    if (given[name] === undefined && spec.optional) continue;
    const value = formatValue(spec, given[name], locale);
    if (value === null) return null;
    values[name] = value;
  }
  const out = [{ id, values }];
  const { suggestions } = values;
  if (Array.isArray(given.suggestions) && given.suggestions.length && suggestions !== undefined)
    out.push({ id: 'errors.hint.suggestions', values: { suggestions } });
  return out;
}

/**
 * What to show for an error body (`error.code`, `error.details.params`) in `locale`: the
 * code's message, then "Did you mean …?" when the error carries near matches. Null when this
 * build does not know the code or the parameters do not fit it: show the server's English
 * `message` then.
 */
export function serverErrorMessages(code: string, params: unknown, locale: string): MessageDescriptor[] | null {
  if (!Object.hasOwn(errorCodes, code)) return null;
  return describe(`errors.${code}`, errorCodes[code as keyof typeof errorCodes], params, locale);
}

/** The same for one problem of a list: `details.issues[]`, or the `errors[]` of an import report. */
export function issueMessages(code: string, params: unknown, locale: string): MessageDescriptor[] | null {
  if (!Object.hasOwn(issueCodes, code)) return null;
  return describe(`errors.issue.${code}`, issueCodes[code as keyof typeof issueCodes], params, locale);
}

/** The same for an import preview's note (shared/importNotes.ts): the report's or a column's. */
export function importNoteMessages(code: string, params: unknown, locale: string): MessageDescriptor[] | null {
  if (!isImportNoteCode(code)) return null;
  return describe(`import.note.${code}`, importNoteCodes[code], params, locale);
}
