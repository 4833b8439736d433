import { randomUUID } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type RequestListener,
  type ServerOptions,
  type ServerResponse,
} from 'node:http';
import type { AppDeps } from '../deps.js';
import type { LogFn } from '../ops/logger.js';
import { DELIVERY_ROUTE, logRequest } from '../ops/requestLog.js';
import { deliverySourceId } from '../routes/webhooks.js';
import { bodyReader } from '../webhooks/body.js';
import { receiveWebhook } from '../webhooks/receive.js';
import { errorAnswer, securityHeaders } from './baseApp.js';

/** A request id the sender chose is kept when it is short and plain (as Hono's requestId does). */
const PLAIN_ID = /^[\w\-=]{1,255}$/;
/** After an early answer (413), at most this much of the rest of the body is read, for this long. */
const DRAIN_BYTES = 64 * 1024 * 1024;
const DRAIN_MS = 500;

const headerOf = (req: IncomingMessage) => (name: string) => {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
};

/**
 * Webhook deliveries answered by Node's HTTP server directly, without building a Fetch
 * Request and Response and running the middleware chain for each one: senders hammer this
 * one route, and that envelope cost more than the delivery's own work (docs/webhooks.md).
 * It runs the same receive path as the Hono route (server/routes/webhooks.ts, which tests
 * reach through `app.request`), and answers the same: the security headers the Hono delivery
 * app sets, the request id, the one error shape through the same `errorAnswer`, and the same
 * request log line. tests/server/webhooksNodeListener.test.ts holds the two side by side.
 */
export function deliveryListener(deps: AppDeps, log: LogFn) {
  let fixed: Record<string, string> | null = null;
  const ready = securityHeaders('machine').then((h) => {
    fixed = h;
  });

  return async (req: IncomingMessage, res: ServerResponse, sourceId: string): Promise<void> => {
    const startedAt = performance.now();
    // The path without its query, as the Hono route logs it (a query may carry a token).
    const path = (req.url ?? '').split('?', 1)[0] ?? '';
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && PLAIN_ID.test(given) ? given : randomUUID();
    let status: number;
    let json: string;
    const headers: OutgoingHttpHeaders = {};
    try {
      const header = headerOf(req);
      const ack = await receiveWebhook(deps, { sourceId, header, body: bodyReader(header('content-length'), req) });
      status = 200;
      json = JSON.stringify(ack);
    } catch (err) {
      const answer = errorAnswer(err, requestId, log, path);
      status = answer.status;
      json = JSON.stringify(answer.body);
      if (answer.retryAfter) headers['retry-after'] = answer.retryAfter;
    }
    if (!fixed) await ready;
    Object.assign(headers, fixed, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(json),
      'x-request-id': requestId,
    });
    if (!req.complete) res.once('finish', () => drain(req));
    res.writeHead(status, headers).end(json);
    logRequest(log, { requestId, method: 'POST', route: DELIVERY_ROUTE, path, status, startedAt });
  };
}

/**
 * Node's `createServer` for @hono/node-server's `serve`, sending POSTs to a delivery path to
 * `deliveryListener` and everything else to the Hono app's listener.
 */
export function serverWithDeliveries(deps: AppDeps, log: LogFn) {
  const onDelivery = deliveryListener(deps, log);
  const create = (options: ServerOptions, app: RequestListener) =>
    createServer(options, (req, res) => {
      const sourceId = req.method === 'POST' ? deliverySourceId(req.url ?? '') : null;
      if (sourceId === null) app(req, res);
      else
        onDelivery(req, res, sourceId).catch((err: unknown) => {
          // Only writing the answer itself can get here (a socket already gone).
          log({ level: 'error', msg: 'could not answer a delivery', err: String(err) });
          res.destroy();
        });
    });
  // serve() always calls it as createServer(options, listener); the option is typed as the
  // whole overloaded node:http function.
  return create as typeof createServer;
}

/**
 * A body left unread by an early answer is read and dropped, so the connection can carry the
 * next request; past DRAIN_BYTES or DRAIN_MS the socket is closed instead.
 */
function drain(req: IncomingMessage): void {
  if (req.destroyed || req.complete) return;
  let read = 0;
  const close = () => {
    cleanup();
    req.socket.destroySoon();
  };
  const onData = (chunk: Buffer) => {
    read += chunk.length;
    if (read > DRAIN_BYTES) close();
  };
  const cleanup = () => {
    clearTimeout(timer);
    req.off('data', onData);
    req.off('end', cleanup);
    req.off('error', cleanup);
  };
  const timer = setTimeout(close, DRAIN_MS);
  timer.unref();
  req.on('data', onData);
  req.on('end', cleanup);
  req.on('error', cleanup);
  req.resume();
}
