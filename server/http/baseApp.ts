import { Hono, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppDeps, AppEnv } from '../deps.js';
import type { LogFn } from '../ops/logger.js';
import { requestLog } from '../ops/requestLog.js';
import { storageError } from '../ops/sqliteErrors.js';
import { ApiError } from './errors.js';

type SecurityOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

/** The security headers of every answer (no inline script anywhere; inline style attributes are what chart SVGs use). */
const PAGE_SECURITY: SecurityOptions = {
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'same-origin',
  xFrameOptions: 'DENY',
  strictTransportSecurity: false,
};

/**
 * The headers of answers only programs read: webhook deliveries, answered to shops and
 * helpdesks, never rendered by a browser. The set OWASP's REST Security Cheat Sheet gives for
 * API responses: nothing may load or frame it (`default-src 'none'; frame-ancestors 'none'`,
 * `X-Frame-Options`), no type sniffing, no caching (`Cache-Control: no-store`, added by
 * `baseApp`). The page headers (cross-origin isolation, referrer, DNS prefetch, download and
 * XSS-filter switches) govern documents and what they load, so they are left out: each one
 * costs both the server and every sender a header line on the route senders hammer (with them
 * the delivery bench answered 44.6-49.6 % of the bare handler's req/s, without 50.4-52.5 %).
 */
const MACHINE_SECURITY: SecurityOptions = {
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  xContentTypeOptions: true,
  xFrameOptions: 'DENY',
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  referrerPolicy: false,
  strictTransportSecurity: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
};

/** Who reads an app's answers: people in a browser (the API and the pages), or programs only. */
export type Audience = 'browser' | 'machine';

/** An answer's security headers for its audience, as middleware. */
function securityMiddleware(audience: Audience): MiddlewareHandler {
  const headers = secureHeaders(audience === 'machine' ? MACHINE_SECURITY : PAGE_SECURITY);
  if (audience === 'browser') return headers;
  return async (c, next) => {
    await headers(c, async () => {
      await next();
      c.header('Cache-Control', 'no-store');
    });
  };
}

/**
 * The security headers for an audience as the middleware sets them, read once from an answer
 * of it: the webhook deliveries that Node's server answers directly
 * (server/http/deliveryListener.ts) send exactly what the Hono delivery app sends.
 */
export async function securityHeaders(audience: Audience): Promise<Record<string, string>> {
  const probe = new Hono();
  probe.use(securityMiddleware(audience));
  probe.get('/', (c) => c.body(null, 204));
  return Object.fromEntries((await probe.request('/')).headers);
}

/** An error answer: status, the one JSON error shape, and Retry-After where the error says when. */
export interface ErrorAnswer {
  status: ContentfulStatusCode;
  body: { error: { code: string; message: string; details: unknown; requestId: string } };
  retryAfter?: string;
}

/**
 * What a thrown error becomes for the client, in one place for every front end: an ApiError as
 * it is (storage failures mapped to theirs first), Hono's own rejections with their status, and
 * anything else a 500 quoting the request id — its stack only in the log, never to the client.
 */
export function errorAnswer(err: unknown, requestId: string, log: LogFn, route: string): ErrorAnswer {
  const storage = storageError(err);
  if (storage) log({ level: 'warn', msg: 'storage refused a write', requestId, code: storage.code });
  const e = storage ?? err;
  if (e instanceof ApiError) {
    // A refusal that says when to come back says it to HTTP clients too (busy, rate limits).
    const wait = (e.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    const retry = (e.status === 429 || e.status === 503) && typeof wait === 'number';
    return {
      status: e.status,
      body: { error: { code: e.code, message: e.message, details: e.details, requestId } },
      ...(retry ? { retryAfter: String(wait) } : {}),
    };
  }
  if (e instanceof HTTPException && e.status < 500) {
    // Hono's own rejections: malformed JSON, a body over a limit.
    const { code, details } =
      e.status === 413
        ? { code: 'payload_too_large', details: { params: { kind: 'request' } } }
        : { code: 'bad_request', details: { params: {} } };
    return { status: e.status, body: { error: { code, details, message: e.message || 'Bad request', requestId } } };
  }
  log({ level: 'error', msg: 'unhandled error', requestId, route, err: String(e), stack: (e as Error).stack });
  return {
    status: 500,
    body: {
      error: {
        code: 'internal',
        message: `Something went wrong on our side; quote request id ${requestId} when reporting it.`,
        details: { params: {} },
        requestId,
      },
    },
  };
}

/**
 * A Hono app with what every request gets, in this order: a request id, the request log line,
 * the security headers for its audience, the dependencies — and the one error handler.
 * `createApp` builds the whole API on one, and the webhook delivery route on another for
 * programs (see app.ts), so both answer with the same log lines and error shape.
 */
export function baseApp(deps: AppDeps, log: LogFn, audience: Audience = 'browser'): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(requestLog(log));
  app.use(securityMiddleware(audience));
  app.use(async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.onError((err, c) => {
    const answer = errorAnswer(err, c.var.requestId, log, c.req.path);
    if (answer.retryAfter) c.header('Retry-After', answer.retryAfter);
    return c.json(answer.body, answer.status);
  });
  return app;
}
