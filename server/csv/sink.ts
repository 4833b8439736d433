import { type CellValue, cellKey, readCells, recordPrevious, writeCells } from '../db/bulkCells.js';
import { finishImport, insertImport } from '../db/imports.js';
import type { StoredValue, ValueKey } from '../db/measureValues.js';
import type { Db } from '../db/open.js';
import { RunCells } from '../db/runCells.js';
import type { ChangeHook } from '../ingest/core.js';
import { notifyIngested } from '../ingest/events.js';
import type { CellStore, Provenance } from '../ingest/store.js';

export interface ImportTotals {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skippedRows: number;
}

/**
 * Where one import run's writes go; the pipeline is the same code for both kinds.
 *
 * - **commit**: one write transaction (`BEGIN IMMEDIATE`: the write lock for the whole file,
 *   all or nothing) holding the `imports` row, the values and their previous values.
 * - **preview**: one read transaction — a WAL snapshot, which never blocks a writer — and a
 *   store that writes nothing: what the run would write is kept in the run's TEMP table, so
 *   a later row of the file sees an earlier row's value exactly as the commit will, and the
 *   insert / update / unchanged counts come out the same.
 */
export interface ImportSink {
  readonly store: CellStore;
  readonly source: Provenance;
  /** The import's id once committed-to-be; null for a preview. */
  readonly importId: number | null;
  /** Records each changed cell's previous value (undo); only a commit has one. */
  readonly record: ChangeHook | undefined;
  /** Reads what a chunk's cells (sorted by primary key) hold now, before they are checked. */
  load(cells: readonly ValueKey[]): void;
  /** The value an earlier row of this file gave the cell: a different value now is a conflict. */
  earlier(k: ValueKey): number | undefined;
  /** Writes what the chunk's classification handed to the store. */
  flush(): void;
  /** Commit only: stores the totals and commits the transaction. */
  finish(totals: ImportTotals): void;
  /** Rolls back whatever was not finished and frees the run's temp table. */
  close(): void;
}

interface Open {
  fileName: string;
  hash: string;
  size: number;
  profile: string | null;
  createdAt: string;
}

const cell = (k: ValueKey, value: number): CellValue => ({
  measureId: k.measureId,
  segmentId: k.segmentId,
  day: k.day,
  value,
});

/** What a chunk's cells hold now: in the database, and as this run left them (its TEMP table). */
class ChunkView {
  stored = new Map<string, StoredValue>();
  mine = new Map<string, number>();
  constructor(
    private readonly db: Db,
    private readonly cells: RunCells,
  ) {}
  load(keys: readonly ValueKey[]): void {
    this.stored = readCells(this.db, keys);
    this.mine = this.cells.readMany(keys);
  }
  clear(): void {
    this.stored = new Map();
    this.mine = new Map();
  }
}

/**
 * Opens a commit: takes the write lock now, so no writer slips in between our reads (for
 * undo) and writes. The store buffers a chunk's writes and `flush` hands them to the bulk
 * write path (server/db/bulkCells.ts) with the previous values for undo.
 */
export function openCommit(db: Db, imp: Open): ImportSink {
  const cells = new RunCells(db);
  db.exec('BEGIN IMMEDIATE');
  let importId: number;
  try {
    importId = insertImport(db, imp);
  } catch (err) {
    db.exec('ROLLBACK');
    cells.drop();
    throw err;
  }
  const source: Provenance = { kind: 'csv', id: String(importId) };
  const view = new ChunkView(db, cells);
  let unchanged: CellValue[] = [];
  let inserts: CellValue[] = [];
  let updates: CellValue[] = [];
  let changes: Array<{ key: ValueKey; previous: StoredValue | undefined }> = [];
  let at = imp.createdAt;
  let done = false;
  return {
    store: {
      get: (k) => view.stored.get(cellKey(k)),
      insert(k, value, _source, when) {
        inserts.push(cell(k, value));
        at = when;
      },
      update(k, value, _source, when) {
        updates.push(cell(k, value));
        at = when;
      },
      // A cell left unchanged keeps its old provenance, so only the run's table remembers
      // that this file gave it a value; inserted and updated cells carry the import's id.
      unchanged: (k, value) => unchanged.push(cell(k, value)),
    },
    source,
    importId,
    record: (key, previous) => changes.push({ key, previous }),
    load: (keys) => view.load(keys),
    earlier(k) {
      const key = cellKey(k);
      const old = view.stored.get(key);
      if (old && old.source_kind === source.kind && old.source_id === source.id) return old.value;
      return view.mine.get(key);
    },
    flush() {
      writeCells(db, { inserts, updates, provenance: { kind: source.kind, id: source.id, at } });
      recordPrevious(db, importId, changes);
      cells.putMany(unchanged);
      inserts = [];
      updates = [];
      changes = [];
      unchanged = [];
      view.clear();
    },
    finish(totals) {
      finishImport(db, importId, totals);
      db.exec('COMMIT');
      done = true;
      // Once per import, after its commit: the alert evaluator looks at the new numbers.
      notifyIngested(db);
    },
    close() {
      if (!done && db.inTransaction) db.exec('ROLLBACK');
      cells.drop();
    },
  };
}

/** Opens a preview: a read snapshot, and a store that only remembers. */
export function openPreview(db: Db): ImportSink {
  const cells = new RunCells(db);
  db.exec('BEGIN');
  // The first read fixes the snapshot every later read of this run sees.
  db.prepare('SELECT 1 FROM imports LIMIT 1').get();
  const source: Provenance = { kind: 'csv', id: 'preview' };
  const remembered = (value: number): StoredValue => ({
    value,
    source_kind: source.kind,
    source_id: source.id,
    written_at: '',
  });
  const view = new ChunkView(db, cells);
  let pending: CellValue[] = [];
  const put = (k: ValueKey, value: number) => {
    pending.push(cell(k, value));
  };
  return {
    store: {
      get(k) {
        const key = cellKey(k);
        const v = view.mine.get(key);
        return v === undefined ? view.stored.get(key) : remembered(v);
      },
      insert: put,
      update: put,
      unchanged: put,
    },
    source,
    importId: null,
    record: undefined,
    load: (keys) => view.load(keys),
    earlier: (k) => view.mine.get(cellKey(k)),
    flush() {
      cells.putMany(pending);
      pending = [];
      view.clear();
    },
    finish() {
      throw new Error('a preview is never committed');
    },
    close() {
      // Nothing of the preview is in the database. COMMIT rather than ROLLBACK: on the
      // in-memory database (tests) other requests share this connection, and a write one
      // of them made meanwhile must not be undone by the preview's end.
      if (db.inTransaction) db.exec('COMMIT');
      cells.drop();
    },
  };
}
