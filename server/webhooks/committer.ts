import type { Db } from '../db/open.js';
import { readPragma, setPragma } from '../db/pragmas.js';
import type { WalSync } from '../db/walSync.js';
import { type Attempt, busyError, retryDelay, tryWrite } from '../db/writeGate.js';

/**
 * Group commit for webhook deliveries: every delivery that arrived during the same event-loop
 * turn shares one COMMIT, and so one fsync. Acks are released only after that COMMIT returns.
 * A job must be atomic on its own so a refused delivery rolls back alone: one statement, or
 * checks before writes with a write failure thrown as AbortGroup (apply.ts). The committer
 * does not wrap jobs in savepoints, because savepoints are a large part of the cost.
 *
 * Acks wait for the group's WAL frames to be on disk, so an acknowledged delivery survives a
 * power loss, not just a crash of this process. With `syncWal` (a file database) the COMMIT
 * runs at NORMAL and the WAL is fdatasynced on the thread pool afterwards — FULL's guarantee
 * without blocking the event loop in the fsync; the next group waits for that sync, gathering
 * the deliveries that arrive meanwhile. Without it the COMMIT runs at FULL. The rest of the
 * app keeps the connection's own setting (NORMAL); the pragma is restored after each group.
 * Nothing else can run on the connection in between: better-sqlite3 is synchronous.
 *
 * While another connection holds the write lock (an import's commit), the group is kept
 * and tried again on a timer — never by blocking the event loop — with later deliveries
 * joining it; a delivery still waiting after `waitMs` is refused with 503 `busy`.
 */
export type Job<T> = (db: Db) => T;

/**
 * Thrown by a job that failed half-way through its writes: the whole group is rolled back and
 * every job in it refused with `cause`, so no half-written job is ever committed.
 */
export class AbortGroup extends Error {
  constructor(override readonly cause: unknown) {
    super('a job of the group failed half-way through its writes', { cause });
  }
}

interface Pending {
  run: Job<unknown>;
  /** Date.now() after which this job stops waiting for the lock. */
  deadline: number;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export interface CommitterOptions {
  synchronous: 'FULL' | 'NORMAL';
  /** Runs inside each group's transaction before the jobs (pruning, housekeeping). */
  beforeGroup?: (db: Db) => void;
  /** Runs inside each group's transaction after the jobs, before COMMIT (writes they deferred). */
  afterJobs?: (db: Db) => void;
  /** Runs after a group was rolled back or could not take the lock, to drop what its jobs deferred. */
  afterRollback?: (db: Db) => void;
  /** How long a job waits for a write lock held by another connection (ROLECARD_WRITE_WAIT_MS). */
  waitMs: number;
  /**
   * With FULL: makes the committed WAL frames durable off the event loop (`walSyncer`), so
   * COMMIT runs at NORMAL and the acks wait for this instead. Absent: COMMIT runs at FULL.
   */
  syncWal?: WalSync | null;
}

/** What `PRAGMA synchronous` reads back for each setting. */
const SYNCHRONOUS = { NORMAL: 1, FULL: 2 } as const;

/** Groups committed and jobs in them, over every committer of the process (for the bench). */
export const groupTotals = { groups: 0, jobs: 0 };

export class GroupCommitter {
  private queue: Pending[] = [];
  private scheduled = false;
  /** Consecutive tries that found the lock taken (for the backoff). */
  private busyTries = 0;
  /** True while the last group's WAL sync runs: the next group waits for it. */
  private syncing = false;

  constructor(
    private readonly db: Db,
    private readonly opts: CommitterOptions,
  ) {}

  /** Runs `run` in the next group's transaction; resolves after the group is committed. */
  submit<T>(run: Job<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        run,
        deadline: Date.now() + this.opts.waitMs,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      if (!this.scheduled) {
        this.scheduled = true;
        // setImmediate runs after pending I/O callbacks, so requests already read in this
        // loop turn join the group.
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    // The sync's callback starts the next group, with every delivery that arrived meanwhile.
    if (this.syncing) return;
    const jobs = this.queue;
    this.queue = [];
    if (!jobs.length) return;
    let results: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    const { db } = this;
    const previous = readPragma(db, 'synchronous') as number;
    const syncWal = this.opts.synchronous === 'FULL' ? this.opts.syncWal : null;
    const level = syncWal ? 'NORMAL' : this.opts.synchronous;
    // Usually the connection is at NORMAL already (a file database with the WAL synced after).
    const change = previous !== SYNCHRONOUS[level];
    let attempt: Attempt<void>;
    // Whether the group's transaction began: only then has anything to be rolled back.
    let began = false;
    try {
      if (change) setPragma(db, 'synchronous', level);
      attempt = tryWrite(db, () => {
        began = true;
        results = [];
        this.opts.beforeGroup?.(db);
        for (const job of jobs) {
          try {
            results.push({ ok: true, value: job.run(db) });
          } catch (error) {
            if (error instanceof AbortGroup) throw error;
            results.push({ ok: false, error });
          }
        }
        // A throw here rolls the whole group back: every job is refused, none acknowledged.
        this.opts.afterJobs?.(db);
      });
    } catch (error) {
      // The COMMIT itself failed (disk full, I/O error), or a job aborted the group: nothing in
      // the group is durable.
      const cause = error instanceof AbortGroup ? error.cause : error;
      if (began) this.opts.afterRollback?.(db);
      for (const job of jobs) job.reject(cause);
      return;
    } finally {
      if (change) setPragma(db, 'synchronous', previous);
    }
    if (!attempt.ok) {
      // Busy: nothing of it was written, and it runs again.
      if (began) this.opts.afterRollback?.(db);
      this.waitForLock(jobs);
      return;
    }
    this.busyTries = 0;
    groupTotals.groups++;
    groupTotals.jobs += jobs.length;
    const release = () =>
      jobs.forEach((job, i) => {
        const r = results[i];
        if (r?.ok) job.resolve(r.value);
        else job.reject(r?.error);
      });
    if (!syncWal) {
      release();
      return;
    }
    this.syncing = true;
    syncWal((err) => {
      this.syncing = false;
      // Committed but not known to be on disk: nothing is acknowledged. A sender's retry finds
      // its keys in the inbox and is answered as a duplicate, so nothing is counted twice.
      if (err) for (const job of jobs) job.reject(err);
      else release();
      if (this.queue.length && !this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** The lock is taken: refuse the jobs out of time, keep the rest first in line, try again soon. */
  private waitForLock(jobs: Pending[]): void {
    const now = Date.now();
    const waiting: Pending[] = [];
    for (const job of jobs) {
      if (job.deadline <= now) job.reject(busyError(this.db, this.opts.waitMs));
      else waiting.push(job);
    }
    this.queue = [...waiting, ...this.queue];
    if (!this.queue.length || this.scheduled) return;
    this.scheduled = true;
    const soonest = Math.min(...this.queue.map((j) => j.deadline)) - now;
    setTimeout(() => this.flush(), Math.max(0, Math.min(retryDelay(this.busyTries++), soonest)));
  }
}

const committers = new WeakMap<Db, GroupCommitter>();

/** One committer per connection (the queue must be shared by every request on it). */
export function committerFor(db: Db, make: () => GroupCommitter): GroupCommitter {
  let c = committers.get(db);
  if (!c) {
    c = make();
    committers.set(db, c);
  }
  return c;
}
