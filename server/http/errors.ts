/** The one error type routes and services throw; `app.onError` renders it. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503 | 507,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string, key: string, suggestions: string[] = []) =>
  new ApiError(
    404,
    'not_found',
    `No ${what} with key "${key}".${suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''}`,
    suggestions.length ? { suggestions } : undefined,
  );
