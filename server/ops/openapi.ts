import { z } from 'zod';
import { errorBodySchema } from '../../shared/schemas.js';
import { appVersion } from './version.js';

/** One documented response: a zod schema (JSON) or a media type with a plain description. */
export interface ApiResponseDoc {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
  example?: unknown;
}

/** One route of the API, documented from the same zod contracts the route validates with. */
/** A documented error answer: every error has the one `{ error: … }` shape. */
export const errorDoc = (description: string): ApiResponseDoc => ({ description, schema: errorBodySchema });

export interface ApiRouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path, with `{param}` placeholders: `/api/kpis/{key}/series`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** A request that works against a fresh install, in registry order (the test sends it). */
  example?: { url: string; body?: unknown };
  /** Why a route has no runnable example (a signature or a random id the document cannot know). */
  noExample?: string;
  responses: Record<number, ApiResponseDoc>;
}

type JsonSchema = Record<string, unknown>;

/** zod → JSON Schema 2020-12, the dialect OpenAPI 3.1 uses. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // z.custom (e.g. "any number, even 1e999") has no JSON Schema form: documented as `{}`.
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io,
    // A custom check that takes numbers and refuses text ("a number, even 1e999") is a number.
    override: (ctx) => {
      const z4 = ctx.zodSchema as unknown as z.ZodType;
      if (ctx.zodSchema._zod.def.type === 'custom' && z4.safeParse(1).success && !z4.safeParse('1').success) {
        ctx.jsonSchema.type = 'number';
      }
    },
  });
  return rest;
}

function parameters(where: 'path' | 'query', schema: z.ZodObject | undefined) {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, prop]) => {
    const p = prop as z.ZodType;
    const s = jsonSchema(p, 'input');
    return {
      name,
      in: where,
      required: where === 'path' || !p.safeParse(undefined).success,
      ...(typeof s.description === 'string' ? { description: s.description } : {}),
      schema: s,
    };
  });
}

const STANDARD_ERRORS: Record<number, string> = {
  400: 'The request is malformed: `details.issues` lists every problem by path, each with a `code` and `params`.',
  500: 'A bug on our side; the response carries a request id that is also in the server log.',
  503: 'The database is read-only, or busy with a long write such as an import being committed (after waiting ROLECARD_WRITE_WAIT_MS): nothing was written; retry after `Retry-After` seconds.',
  507: 'The database or disk is full: nothing was written; reads keep working.',
};

function responses(r: ApiRouteDoc) {
  const out: Record<string, unknown> = {};
  const codes = { ...r.responses } as Record<number, ApiResponseDoc>;
  const writes = r.method !== 'get';
  const hasInput = Boolean(r.params || r.query || r.body);
  const extra = [
    ...(hasInput ? [400] : []),
    ...(writes ? [503, 507] : []),
    ...(r.path.startsWith('/api') ? [500] : []),
  ];
  for (const code of extra) codes[code] ??= { description: STANDARD_ERRORS[code] ?? '', schema: errorBodySchema };
  for (const [code, doc] of Object.entries(codes)) {
    const type = doc.contentType ?? 'application/json';
    const media = doc.schema
      ? { schema: jsonSchema(doc.schema, 'output'), ...(doc.example !== undefined ? { example: doc.example } : {}) }
      : { schema: { type: 'string' } };
    out[code] = { description: doc.description, ...(Number(code) === 204 ? {} : { content: { [type]: media } }) };
  }
  return out;
}

/** The OpenAPI 3.1 document for a list of routes. */
export function buildOpenApi(routes: readonly ApiRouteDoc[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const op = {
      tags: [r.tag],
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      operationId: `${r.method}${r.path.replace(/[{}]/g, '').replace(/[^a-zA-Z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
      parameters: [...parameters('path', r.params), ...parameters('query', r.query)],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: jsonSchema(r.body, 'input'),
                  ...(r.example?.body !== undefined ? { example: r.example.body } : {}),
                },
              },
            },
          }
        : {}),
      responses: responses(r),
    };
    paths[r.path] = { ...paths[r.path], [r.method]: op };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rolecard API',
      version: appVersion,
      description:
        'Per-role KPI scorecards for e-commerce teams. Every error has one shape: `{ "error": { "code", "message", "details": { "params", … }, "requestId" } }`; `code` and `details.params` are stable (the web UI builds its translated message from them), `message` is English. Sign in with `POST /api/auth/sign-in` (HttpOnly session cookie; writes must be JSON from the same origin) or send an API token as `Authorization: Bearer rc_…`. Webhook deliveries authenticate with their source’s HMAC signature.',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
  };
}
