import { close, closeSync, fdatasync, openSync, statSync } from 'node:fs';
import { ApiError } from '../http/errors.js';
import type { Db } from './open.js';
import { readPragma } from './pragmas.js';

/** Calls back once everything written to the WAL before the call is on disk (or with the error). */
export type WalSync = (done: (err: ApiError | null) => void) => void;

/** The refusal for writes the disk did not confirm: committed, but not acknowledged. */
export const notDurable = (cause: NodeJS.ErrnoException) =>
  new ApiError(
    503,
    'not_durable',
    `The write reached the database but the disk did not confirm it (${cause.code ?? cause.message}), so it was not acknowledged. Retry: if it was kept, the retry is recognised and counted once.`,
    { params: {}, cause: cause.code ?? cause.message },
  );

/**
 * What `synchronous=FULL` does at the end of each COMMIT in WAL mode — an fdatasync of the WAL
 * file — done on libuv's thread pool instead of inside COMMIT, so the event loop goes on reading
 * and verifying requests while the disk writes (docs/webhooks.md, "Durability"). A COMMIT made
 * at NORMAL has written its frames to the WAL before it returns, so syncing the file afterwards
 * gives those frames the same guarantee FULL gives. Frames a checkpoint has meanwhile copied
 * into the database file were synced there by the checkpoint itself (SQLite syncs the WAL
 * before and the database after every checkpoint at NORMAL and FULL), so a WAL reset in
 * between loses nothing.
 *
 * The WAL stays open for as long as the connection (opening and closing it around each sync
 * put two more thread-pool round trips before every group's acks: 27 against 31 % of the bare
 * handler, alternating runs). Linux syncs a file through any descriptor of it; the descriptor
 * is checked to still name the WAL file before each sync (a sync stat, ~2 µs a group), and
 * closed once the connection is garbage.
 *
 * Null for a connection with no WAL file (in memory, or another journal mode): nothing to sync.
 */
export function walSyncer(db: Db): WalSync | null {
  if (db.memory || readPragma(db, 'journal_mode') !== 'wal') return null;
  const path = `${db.name}-wal`;
  const held: { fd: number; ino: number } = { fd: -1, ino: -1 };
  closeWhenGone.register(db, held);
  return (done) => {
    try {
      const ino = statSync(path).ino;
      if (held.ino !== ino) {
        if (held.fd >= 0) closeSync(held.fd);
        held.fd = -1;
        held.fd = openSync(path, 'r');
        held.ino = ino;
      }
    } catch (err) {
      return done(notDurable(err as NodeJS.ErrnoException));
    }
    fdatasync(held.fd, (err) => done(err ? notDurable(err) : null));
  };
}

/** The WAL descriptors of connections that are gone. */
const closeWhenGone = new FinalizationRegistry((held: { fd: number }) => {
  if (held.fd >= 0) close(held.fd, () => undefined);
});
