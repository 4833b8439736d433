import type { z } from 'zod';
import { errorBodySchema } from '../../shared/schemas';

/** An API failure with the server's code, message and details (field errors, suggestions). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** The one fetch wrapper: JSON in, response parsed with the shared zod schema. */
export async function api<T extends z.ZodType>(
  path: string,
  schema: T,
  init?: { method?: string; body?: unknown; signal?: AbortSignal },
): Promise<z.infer<T>> {
  const res = await fetch(`/api${path}`, {
    method: init?.method ?? 'GET',
    headers: init?.body === undefined ? undefined : { 'content-type': 'application/json' },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init?.signal,
  });
  const text = await res.text();
  const json: unknown = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const parsed = errorBodySchema.safeParse(json);
    if (parsed.success) {
      const e = parsed.data.error;
      throw new ApiError(res.status, e.code, e.message, e.details);
    }
    // Not our JSON (a proxy's page): the status is all there is; the UI words it per language.
    throw new ApiError(res.status, 'http_error', `HTTP ${res.status}`, { params: { status: res.status } });
  }
  return schema.parse(json);
}
