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

/** How one state table is read (one row) and written (many rows a statement). */
export interface RowTable<T> {
  read(sourceId: string, id: string): T;
  write(rows: ReadonlyArray<KeyedRow<T>>): void;
}

/**
 * Per-order or per-ticket state a webhook group reads and changes, held in memory until the
 * group ends and then written together, many rows a statement (`write`, inside the group's
 * transaction before COMMIT) instead of one statement a delivery. A delivery reading the
 * state another delivery of the same group changed sees that change, as if each had been
 * written at once. Outside a group (`start` … `write`), reads and writes go to the table.
 * Values are shared with the caller: change a state by putting a new value, never in place.
 */
export class GroupRows<T> implements GroupHeld {
  private readonly held = new Map<string, KeyedRow<T> & { changed: boolean }>();
  private open = false;

  constructor(private readonly table: RowTable<T>) {}

  /** A new group: forget the last one (committed, or rolled back with it). */
  start(): void {
    this.held.clear();
    this.open = true;
  }

  get(sourceId: string, id: string): T {
    if (!this.open) return this.table.read(sourceId, id);
    const key = `${sourceId}\n${id}`;
    let row = this.held.get(key);
    if (!row) {
      row = { sourceId, id, value: this.table.read(sourceId, id), changed: false };
      this.held.set(key, row);
    }
    return row.value;
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
    if (changed.length) this.table.write(changed);
  }

  /** The group rolled back: what it held was never written. */
  rollBack(): void {
    this.held.clear();
    this.open = false;
  }
}
