import { alertFactsSchema } from '../../shared/alerts.js';
import { claimDelivery, dueDeliveries, getDelivery, recordAttempt, releaseClaim } from '../db/alertDeliveries.js';
import { getAlert } from '../db/alerts.js';
import { getRoleWebhook } from '../db/alertWebhooks.js';
import type { Db } from '../db/open.js';
import { appVersion } from '../ops/version.js';
import { signStandard } from '../webhooks/signatures.js';
import { webhookPayload } from './text.js';

/**
 * Sends queued alert deliveries: signed (Standard Webhooks), one attempt at a time per
 * delivery, retried with backoff, given up after MAX_ATTEMPTS. Time and the network are
 * injected (`clock`, `fetch`) so tests run a whole retry schedule without sleeping.
 */

/** Wait after the 1st, 2nd … failed attempt; the 6th failure is final. */
export const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 12 * 3600_000] as const;
export const MAX_ATTEMPTS = BACKOFF_MS.length + 1;
export const ATTEMPT_TIMEOUT_MS = 10_000;
/** An answer's body kept in the error, so an admin sees the receiver's reason. */
const ERROR_BODY_CHARS = 200;

export interface DispatchDeps {
  db: Db;
  clock: () => Date;
  fetch: typeof fetch;
  /** Origin the chart links in the payload point at. */
  publicUrl: string;
  timeoutMs?: number;
  /** Aborted when the server stops: an attempt in flight is given back, not counted. */
  signal?: AbortSignal;
}

type Outcome = { httpStatus: number | null; error: string | null };

async function describeAnswer(res: Response): Promise<string> {
  if (res.status >= 300 && res.status < 400) {
    await res.body?.cancel();
    return `HTTP ${res.status}: redirects are not followed (Location: ${res.headers.get('location') ?? 'none'}); configure the final URL`;
  }
  const body = (await res.text().catch(() => '')).trim().slice(0, ERROR_BODY_CHARS);
  return `HTTP ${res.status}${body ? `: ${body}` : ''}`;
}

function describeError(err: unknown, timeoutMs: number): string {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return `could not connect: ${cause ?? e?.message ?? String(err)}`;
}

/** Where the delivery goes next after an attempt with `outcome`, its `attempts`-th. */
export function nextState(attempts: number, outcome: Outcome, at: Date) {
  if (outcome.error === null) return { status: 'delivered' as const, nextAttemptAt: null };
  const wait = BACKOFF_MS[attempts - 1];
  if (wait === undefined) return { status: 'failed' as const, nextAttemptAt: null };
  return { status: 'pending' as const, nextAttemptAt: new Date(at.getTime() + wait) };
}

/** Signs and POSTs one delivery; an outcome, or 'aborted' when the server is stopping. */
async function send(d: DispatchDeps, id: number, at: Date, timeoutMs: number): Promise<Outcome | 'aborted'> {
  const delivery = getDelivery(d.db, id);
  const alert = delivery && getAlert(d.db, delivery.alertId);
  const hook = delivery && getRoleWebhook(d.db, delivery.roleId);
  if (!delivery || !alert || !hook)
    return {
      httpStatus: null,
      error: `role ${delivery?.roleKey ?? '?'} has no alert webhook any more; configure one and retry`,
    };
  try {
    const facts = alertFactsSchema.parse(JSON.parse(alert.facts));
    const payload = webhookPayload(
      { ...alert, roles: JSON.parse(alert.roles) as string[], facts },
      delivery.roleKey,
      d.publicUrl,
    );
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor(at.getTime() / 1000));
    const res = await d.fetch(hook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': `Rolecard/${appVersion}`,
        'webhook-id': delivery.messageId,
        'webhook-timestamp': timestamp,
        'webhook-signature': signStandard(hook.secret, delivery.messageId, timestamp, body),
      },
      body,
      // A redirect is reported, never followed: the admin configured this URL, not another.
      redirect: 'manual',
      signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(d.signal ? [d.signal] : [])]),
    });
    if (!res.ok) return { httpStatus: res.status, error: await describeAnswer(res) };
    await res.body?.cancel();
    return { httpStatus: res.status, error: null };
  } catch (err) {
    return d.signal?.aborted ? 'aborted' : { httpStatus: null, error: describeError(err, timeoutMs) };
  }
}

/**
 * One attempt of one delivery, if it is due (claimed first, so a concurrent dispatcher cannot
 * send it too). Returns false when it was not due.
 */
export async function attemptDelivery(d: DispatchDeps, id: number): Promise<boolean> {
  const timeoutMs = d.timeoutMs ?? ATTEMPT_TIMEOUT_MS;
  const start = d.clock();
  if (!claimDelivery(d.db, id, start, new Date(start.getTime() + timeoutMs + 60_000))) return false;
  const attempts = (getDelivery(d.db, id)?.attempts ?? 0) + 1;
  const outcome = await send(d, id, start, timeoutMs);
  const at = d.clock();
  if (outcome === 'aborted') releaseClaim(d.db, id, at);
  else recordAttempt(d.db, id, { at, ...outcome, ...nextState(attempts, outcome, at) });
  return true;
}

/** Attempts every delivery due now, a few at a time; returns how many were attempted. */
export async function deliverDue(d: DispatchDeps, batch = 8): Promise<number> {
  let attempted = 0;
  for (;;) {
    if (d.signal?.aborted) return attempted;
    const ids = dueDeliveries(d.db, d.clock(), batch);
    if (!ids.length) return attempted;
    const done = await Promise.all(ids.map((id) => attemptDelivery(d, id)));
    const n = done.filter(Boolean).length;
    attempted += n;
    // Nothing claimable (all taken by another dispatcher): stop rather than spin.
    if (n === 0) return attempted;
  }
}
