import type { ErrorCode, ErrorParams } from '../../shared/errorCodes.js';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503 | 507;

/** `details` of an error body: its parameters (for a translated message) beside anything else. */
export type ErrorDetails<C extends ErrorCode> = { params: ErrorParams<C> } & Record<string, unknown>;

/** Codes whose messages need no parameters may leave `details` out. */
type DetailsArg<C extends ErrorCode> = object extends ErrorParams<C> ? [details?: ErrorDetails<C>] : [ErrorDetails<C>];

/**
 * The one error type routes and services throw; `app.onError` renders it as
 * `{ error: { code, message, details: { params, ... } } }`. The code must be in
 * `shared/errorCodes.ts` and `details.params` must be its parameters: the compiler checks
 * both, so the UI can always rebuild the message in its own language.
 */
export class ApiError<C extends ErrorCode = ErrorCode> extends Error {
  readonly details: ErrorDetails<C>;
  constructor(
    readonly status: ErrorStatus,
    readonly code: C,
    message: string,
    ...[details]: DetailsArg<C>
  ) {
    super(message);
    // Left out only for codes without parameters (DetailsArg), whose params are {}.
    this.details = details ?? ({ params: {} } as ErrorDetails<C>);
  }

  /** Narrows to one code, so its parameters are typed. */
  is<K extends ErrorCode>(code: K): this is ApiError<K> {
    return (this.code as ErrorCode) === code;
  }
}

export type CatalogThing = 'role' | 'kpi' | 'measure' | 'segment';
/** How the English messages name each kind of catalog entry. */
export const thingName: Record<CatalogThing, string> = {
  role: 'role',
  kpi: 'KPI',
  measure: 'measure',
  segment: 'segment',
};

/** `"a" or "b"`, the English way of offering near matches. */
export const quotedOr = (items: readonly string[]) => items.map((s) => `"${s}"`).join(' or ');

/** A catalog key that names nothing: 404 with near matches. */
export const notFound = (what: CatalogThing, key: string, suggestions: string[] = []) =>
  new ApiError(
    404,
    'not_found',
    `No ${thingName[what]} with key "${key}".${suggestions.length ? ` Did you mean ${quotedOr(suggestions)}?` : ''}`,
    suggestions.length ? { params: { what, key, suggestions }, suggestions } : { params: { what, key, suggestions } },
  );
