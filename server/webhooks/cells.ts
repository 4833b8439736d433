import { cellKey, runMultiRow } from '../db/bulkCells.js';
import type { GroupHeld } from '../db/groupRows.js';
import { getValue, type StoredValue, type ValueKey } from '../db/measureValues.js';
import type { Db } from '../db/open.js';
import { perConnection } from '../db/prepared.js';
import { notifyIngested } from '../ingest/events.js';
import type { CellStore, Provenance } from '../ingest/store.js';

/**
 * The measure cells one group commit touches, held in memory and written once each when the
 * group ends (inside its transaction, before COMMIT).
 *
 * Orders on the same day share cells: a group of 40 orders/create deliveries over 7 days
 * changes 21 cells, not 120, so the cell writes and the day-total triggers behind each run
 * ~6× less often. Each delivery still goes through the ingestion core's own classification
 * (`applyWritesTo`) against this store, in arrival order, so it sees the values the
 * deliveries before it left, exactly as if each had been written at once: the non-negative
 * check, insert/update/unchanged and the provenance (the last delivery that changed a cell)
 * come out the same. A refused delivery rolls its cells back to its mark, as it gives back the
 * inbox keys it claimed (apply.ts).
 */
interface Cell {
  key: ValueKey;
  /** The row as committed before this group (undefined: no row yet). */
  before: StoredValue | undefined;
  now: StoredValue | undefined;
}

const VALUE_INSERT =
  'INSERT INTO measure_values (measure_id, segment_id, day, value, source_kind, source_id, written_at)';
const VALUE_ROW = '(?, ?, ?, ?, ?, ?, ?)';
const VALUE_UPSERT = ` ON CONFLICT (measure_id, segment_id, day) DO UPDATE SET value = excluded.value,
  source_kind = excluded.source_kind, source_id = excluded.source_id, written_at = excluded.written_at`;
const valueParams = ({ key: k, now: v }: Cell, out: unknown[]) =>
  out.push(k.measureId, k.segmentId, k.day, v?.value, v?.source_kind, v?.source_id, v?.written_at);

export class GroupCells implements CellStore, GroupHeld {
  private cells = new Map<string, Cell>();
  /** Undo log: the cell and its value before each change, for rollbackTo(). */
  private journal: Array<{ cell: Cell; was: StoredValue | undefined }> = [];
  /** True between start() and write(): a delivery may only be applied inside a group. */
  private open = false;

  constructor(private readonly db: Db) {}

  /** A new group: forget the last one (its cells are committed, or rolled back with it). */
  start(): void {
    this.cells.clear();
    this.journal = [];
    this.open = true;
  }

  /** Where a delivery begins; `rollbackTo` undoes every change made after it. */
  mark(): number {
    if (!this.open) throw new Error('webhook cells used outside a group commit');
    return this.journal.length;
  }

  rollbackTo(mark: number): void {
    while (this.journal.length > mark) {
      const undo = this.journal.pop();
      if (undo) undo.cell.now = undo.was;
    }
  }

  /**
   * Writes each changed cell once, many cells a statement (an upsert: the day-total triggers
   * run for each row as for a single INSERT or UPDATE); runs inside the group's transaction.
   */
  write(): void {
    this.open = false;
    const changed: Cell[] = [];
    for (const c of this.cells.values()) if (c.now && c.now !== c.before) changed.push(c);
    runMultiRow(this.db, VALUE_INSERT, VALUE_ROW, changed, valueParams, VALUE_UPSERT);
    // One notification per group, as the core sends one per batch (the alert evaluator debounces).
    if (changed.length) notifyIngested(this.db);
  }

  /** The group rolled back: its cells were never written. */
  rollBack(): void {
    this.cells.clear();
    this.journal = [];
    this.open = false;
  }

  private cell(k: ValueKey): Cell {
    const id = cellKey(k);
    let c = this.cells.get(id);
    if (!c) {
      const before = getValue(this.db, k);
      c = { key: { measureId: k.measureId, segmentId: k.segmentId, day: k.day }, before, now: before };
      this.cells.set(id, c);
    }
    return c;
  }

  private put(k: ValueKey, value: number, source: Provenance, at: string): void {
    const c = this.cell(k);
    this.journal.push({ cell: c, was: c.now });
    c.now = { value, source_kind: source.kind, source_id: source.id, written_at: at };
  }

  get(k: ValueKey): StoredValue | undefined {
    return this.cell(k).now;
  }
  insert(k: ValueKey, value: number, source: Provenance, at: string): void {
    this.put(k, value, source, at);
  }
  update(k: ValueKey, value: number, source: Provenance, at: string): void {
    this.put(k, value, source, at);
  }
  unchanged(): void {}
}

/** The connection's group cells (one committer per connection, so one group at a time). */
export const groupCells = perConnection((db: Db) => new GroupCells(db));
