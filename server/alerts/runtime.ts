import type { Config } from '../config.js';
import type { Db } from '../db/open.js';
import { onIngested } from '../ingest/events.js';
import type { LogFn } from '../ops/logger.js';
import { deliverDue } from './dispatch.js';
import { evaluateAlerts } from './evaluate.js';

/**
 * Runs the alert evaluation and the delivery queue inside the server process:
 *  - after writes: the ingestion core notifies; evaluations are batched so that a
 *    million-row import or a webhook burst evaluates once per `debounceMs`, not per row;
 *  - on a timer: missing data has no write to react to, a week ends at midnight, and
 *    failed deliveries come due;
 *  - at start: deliveries left pending by the last run resume.
 * `stop()` (graceful shutdown) clears the timers and waits for an attempt in flight, which
 * is aborted and given back to the queue untouched.
 */
export interface AlertRuntimeDeps {
  db: Db;
  config: Config;
  clock: () => Date;
  log: LogFn;
  fetch?: typeof fetch;
}

export interface AlertTiming {
  debounceMs: number;
  evaluateEveryMs: number;
  dispatchEveryMs: number;
  firstRunMs: number;
}

export const DEFAULT_TIMING: AlertTiming = {
  debounceMs: 2_000,
  evaluateEveryMs: 5 * 60_000,
  dispatchEveryMs: 30_000,
  firstRunMs: 1_000,
};

export interface AlertRuntime {
  stop: () => Promise<void>;
}

export function startAlerts(deps: AlertRuntimeDeps, timing: AlertTiming = DEFAULT_TIMING): AlertRuntime {
  const { db, config, clock, log } = deps;
  const stopping = new AbortController();
  let pending: NodeJS.Timeout | undefined;
  let sending: Promise<void> | null = null;
  let sendAgain = false;

  const dispatch = () => {
    if (stopping.signal.aborted) return;
    if (sending) {
      sendAgain = true;
      return;
    }
    sending = (async () => {
      do {
        sendAgain = false;
        await deliverDue({
          db,
          clock,
          fetch: deps.fetch ?? fetch,
          publicUrl: config.publicUrl,
          signal: stopping.signal,
        });
      } while (sendAgain && !stopping.signal.aborted);
    })()
      .catch((err: unknown) => log({ level: 'error', msg: 'alert delivery failed unexpectedly', err: String(err) }))
      .finally(() => {
        sending = null;
      });
  };

  const evaluate = () => {
    pending = undefined;
    if (stopping.signal.aborted) return;
    // A bulk import on this connection holds its transaction across awaits (in-memory
    // databases only): evaluating now would read, and write into, that transaction.
    if (db.inTransaction) return schedule();
    try {
      const recorded = evaluateAlerts(db, config, clock());
      for (const a of recorded) log({ level: 'info', msg: 'alert recorded', alertId: a.id, kind: a.kind });
      if (recorded.length) dispatch();
    } catch (err) {
      log({ level: 'error', msg: 'alert evaluation failed', err: String(err) });
    }
  };

  function schedule() {
    if (pending || stopping.signal.aborted) return;
    pending = setTimeout(evaluate, timing.debounceMs);
    pending.unref();
  }

  const unsubscribe = onIngested(db, schedule);
  const first = setTimeout(() => {
    evaluate();
    dispatch();
  }, timing.firstRunMs);
  const evaluator = setInterval(evaluate, timing.evaluateEveryMs);
  const dispatcher = setInterval(dispatch, timing.dispatchEveryMs);
  for (const t of [first, evaluator, dispatcher]) t.unref();

  return {
    stop: async () => {
      stopping.abort();
      unsubscribe();
      clearTimeout(first);
      clearTimeout(pending);
      clearInterval(evaluator);
      clearInterval(dispatcher);
      await sending;
    },
  };
}
