import type { Statement } from './bulkCells.js';

/**
 * What the deliveries of a webhook group hold until the group ends (inbox keys, measure cells,
 * order and ticket states, log rows): opened before the deliveries run, written inside the
 * group's transaction before COMMIT, dropped if the group rolls back. The group's hooks
 * (`deliveryGroupHooks`) treat every holder alike, so none is left out of a step.
 */
export interface GroupHeld {
  start(): void;
  write(): void;
  rollBack(): void;
}

/** A state row of a webhook source (an order, a ticket) as the group holds it. */
export interface KeyedRow<T> {
  sourceId: string;
  id: string;
  value: T;
}

/** How one state table is read (one row, or many of a source in one statement) and written (many rows a statement). */
export interface RowTable<T> {
  read(sourceId: string, id: string): T;
  /** The rows of `ids`, in that order; an id with no row gets what `read` gives for it. */
  readMany(sourceId: string, ids: readonly string[]): T[];
  write(rows: ReadonlyArray<KeyedRow<T>>): void;
}

/**
 * Per-order or per-ticket state a webhook group reads and changes, held in memory until the
 * group ends and then written together, many rows a statement (`write`, inside the group's
 * transaction before COMMIT) instead of one statement a delivery. A delivery reading the
 * state another delivery of the same group changed sees that change, as if each had been
 * written at once. Outside a group (`start` … `write`), reads and writes go to the table.
 * Values are shared with the caller: change a state by putting a new value, never in place.
 *
 * Deliveries say which rows they will read before they join a group (`want`); the group's
 * first read then reads all of them in one statement a source instead of one a delivery.
 * The read happens inside the group's transaction, so it sees what a read of each would.
 */
export class GroupRows<T> implements GroupHeld {
  private readonly held = new Map<string, KeyedRow<T> & { changed: boolean }>();
  /** Rows wanted by deliveries on their way to the next group (kept across `start`). */
  private readonly wanted = new Map<string, { sourceId: string; id: string }>();
  private open = false;

  /** The table behind the group (read and written directly outside a group). */
  constructor(readonly table: RowTable<T>) {}

  /** A new group: forget the last one (committed, or rolled back with it). */
  start(): void {
    this.held.clear();
    this.open = true;
  }

  /** A delivery that will read this row in its group: read together with the others wanted. */
  want(sourceId: string, id: string): void {
    this.wanted.set(`${sourceId}\n${id}`, { sourceId, id });
  }

  get(sourceId: string, id: string): T {
    if (!this.open) return this.table.read(sourceId, id);
    const key = `${sourceId}\n${id}`;
    let row = this.held.get(key);
    if (!row && this.wanted.size) {
      this.readWanted();
      row = this.held.get(key);
    }
    if (!row) {
      row = { sourceId, id, value: this.table.read(sourceId, id), changed: false };
      this.held.set(key, row);
    }
    return row.value;
  }

  /** Reads every wanted row the group does not hold yet, one statement a source. */
  private readWanted(): void {
    const bySource = new Map<string, string[]>();
    for (const [key, { sourceId, id }] of this.wanted) {
      if (this.held.has(key)) continue;
      const ids = bySource.get(sourceId);
      if (ids) ids.push(id);
      else bySource.set(sourceId, [id]);
    }
    this.wanted.clear();
    for (const [sourceId, ids] of bySource) {
      const values = this.table.readMany(sourceId, ids);
      ids.forEach((id, i) => {
        this.held.set(`${sourceId}\n${id}`, { sourceId, id, value: values[i] as T, changed: false });
      });
    }
  }

  put(sourceId: string, id: string, value: T): void {
    if (this.open) this.held.set(`${sourceId}\n${id}`, { sourceId, id, value, changed: true });
    else this.table.write([{ sourceId, id, value }]);
  }

  /** Writes the rows the group changed (inside its transaction, before COMMIT). */
  write(): void {
    this.open = false;
    const changed = [...this.held.values()].filter((r) => r.changed);
    this.held.clear();
    // Anything wanted before the group began belonged to its deliveries.
    this.wanted.clear();
    if (changed.length) this.table.write(changed);
  }

  /** The group rolled back: what it held was never written (its deliveries read again when retried). */
  rollBack(): void {
    this.held.clear();
    this.wanted.clear();
    this.open = false;
  }
}

/**
 * `RowTable.readMany` for a state table keyed by (source_id, its id): `many` takes the source
 * and a JSON array of ids (`… AND id IN (SELECT value FROM json_each(?))`).
 */
export function readManyWith<R, T>(
  many: Statement,
  idOf: (row: R) => string,
  toValue: (sourceId: string, id: string, row: R | undefined) => T,
): RowTable<T>['readMany'] {
  return (sourceId, ids) => {
    const rows = new Map((many.all(sourceId, JSON.stringify(ids)) as R[]).map((r) => [idOf(r), r]));
    return ids.map((id) => toValue(sourceId, id, rows.get(id)));
  };
}
