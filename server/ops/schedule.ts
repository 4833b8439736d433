import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Db } from '../db/open.js';
import { backupTo, pruneBackups, scheduledName } from './backup.js';
import type { LogFn } from './logger.js';

/** In-process backups copy 1000 pages (4 MB) per step and let requests run in between. */
const STEP_PAGES = 1000;

export interface BackupSchedule {
  /** Stops the timer and waits for a backup in progress (the DB must stay open until then). */
  stop: () => Promise<void>;
}

/**
 * Scheduled backups into `ROLECARD_BACKUP_DIR`: one shortly after start, then every interval,
 * keeping the newest N. A failed backup is logged and retried at the next interval.
 */
export function scheduleBackups(db: Db, backup: Config['backup'], log: LogFn): BackupSchedule {
  const dir = backup.dir;
  if (!dir) return { stop: async () => {} };
  mkdirSync(dir, { recursive: true });
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = (async () => {
      const t0 = Date.now();
      try {
        const r = await backupTo(db, join(dir, scheduledName(new Date())), STEP_PAGES);
        const pruned = pruneBackups(dir, backup.keep);
        log({
          level: 'info',
          msg: 'scheduled backup written',
          file: r.file,
          bytes: r.bytes,
          ms: Date.now() - t0,
          pruned,
        });
      } catch (err) {
        log({ level: 'error', msg: 'scheduled backup failed', err: String(err) });
      }
    })();
  };
  const first = setTimeout(run, 1000);
  const timer = setInterval(run, backup.intervalMinutes * 60_000);
  first.unref();
  timer.unref();
  return {
    stop: async () => {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
