import type { IngestItem } from '../../shared/schemas.js';
import type { CatalogSnapshot } from '../db/catalog.js';
import type { Borrow } from '../ingest/resolve.js';
import type { ItemMeta } from './convert.js';

type Items = { items: IngestItem[]; meta: ItemMeta[] };

const keyOf = (measureId: number, segment: string | undefined, date: string) => `${measureId}|${segment ?? ''}|${date}`;

/**
 * Lets a direct rate without a weight (a long file's `2026-03-02,bounce_rate,45.3%` row)
 * borrow its day's denominator (`sessions` of that day and segment) from anywhere in the
 * file, not only from its own chunk.
 *
 * Once a rate is seen, its denominator measure is "wanted" and every later value of it is
 * kept per (day, segment). A rate whose denominator is not known yet is set aside and
 * resolved after the last chunk; if its denominator came earlier in the file, before any
 * rate wanted it, a second read of the file collects just the denominators still missing.
 * Memory: one number per (day, segment, wanted denominator) plus one set-aside item per
 * (day, segment, rate) — identical repeats are dropped, conflicting ones kept (each is an
 * error) — never one entry per row.
 */
export class RateWeights {
  /** Denominator measure ids of the ratio KPIs. */
  private readonly denominators = new Set<number>();
  private readonly wanted = new Set<number>();
  /** Denominators that appeared in a chunk before any rate wanted them. */
  private readonly passedBy = new Set<number>();
  private readonly known = new Map<string, number>();
  private readonly waiting: Items = { items: [], meta: [] };
  private readonly waitingValue = new Map<string, number>();

  constructor(private readonly snap: CatalogSnapshot) {
    for (const k of snap.kpis)
      if (k.kind === 'ratio' && k.denominatorId !== null) this.denominators.add(k.denominatorId);
  }

  /** The day's denominator for the ingestion core (resolveItems' fallback). */
  readonly borrow: Borrow = (denominatorId, segment, date) => this.known.get(keyOf(denominatorId, segment, date));

  private denominatorOf(it: IngestItem): number | null {
    if (!('kpi' in it) || it.weight !== undefined) return null;
    return this.snap.kpiByKey.get(it.kpi)?.denominatorId ?? null;
  }

  /** Learns a chunk's denominators and returns the chunk without the rates that must wait. */
  take(chunk: Items): Items {
    const { items, meta } = chunk;
    let rates = false;
    for (const it of items) {
      const den = this.denominatorOf(it);
      if (den !== null) {
        this.wanted.add(den);
        rates = true;
      }
    }
    for (const it of items) {
      if (!('measure' in it)) continue;
      const m = this.snap.measureByKey.get(it.measure);
      if (!m || !this.denominators.has(m.id)) continue;
      if (!this.wanted.has(m.id)) this.passedBy.add(m.id);
      else {
        const key = keyOf(m.id, it.segment, it.date);
        if (!this.known.has(key)) this.known.set(key, it.value);
      }
    }
    if (!rates) return chunk;
    const now: Items = { items: [], meta: [] };
    items.forEach((it, i) => {
      const den = this.denominatorOf(it);
      const m = meta[i] as ItemMeta;
      if (den === null || this.known.has(keyOf(den, it.segment, it.date))) {
        now.items.push(it);
        now.meta.push(m);
        return;
      }
      const cell = `${'kpi' in it ? it.kpi : ''}|${it.segment ?? ''}|${it.date}`;
      if (this.waitingValue.get(cell) === it.value) return; // the same row again: it would merge
      if (!this.waitingValue.has(cell)) this.waitingValue.set(cell, it.value);
      this.waiting.items.push(it);
      this.waiting.meta.push(m);
    });
    return now;
  }

  /**
   * The denominators still missing for set-aside rates whose denominator measure appeared
   * before it was wanted: only then can a second read of the file find them.
   */
  missing(): Set<string> {
    const keys = new Set<string>();
    for (const it of this.waiting.items) {
      const den = this.denominatorOf(it);
      if (den === null || !this.passedBy.has(den)) continue;
      const key = keyOf(den, it.segment, it.date);
      if (!this.known.has(key)) keys.add(key);
    }
    return keys;
  }

  /** Second read: keeps the values of the `missing()` denominators. */
  learn(items: readonly IngestItem[], missing: ReadonlySet<string>): void {
    for (const it of items) {
      if (!('measure' in it)) continue;
      const m = this.snap.measureByKey.get(it.measure);
      const key = m ? keyOf(m.id, it.segment, it.date) : '';
      if (missing.has(key) && !this.known.has(key)) this.known.set(key, it.value);
    }
  }

  /** The set-aside rates, to resolve after the last chunk (a still-missing weight is then an error). */
  release(): Items {
    return this.waiting;
  }
}

/**
 * Settles the set-aside rates after the last chunk: reads the file a second time only when
 * `missing()` says a denominator came before its first rate, then hands the rates to `write`.
 */
export async function settleRates(
  weights: RateWeights,
  opts: {
    /** The file's records again, from the start. */
    reread: () => AsyncGenerator<Array<{ row: number; cells: string[] }>>;
    /** A record's items, or null for a record the main pass refused or skipped. */
    convert: (row: number, cells: string[]) => IngestItem[] | null;
    chunkRows: number;
    write: (items: IngestItem[], meta: ItemMeta[]) => void;
  },
): Promise<void> {
  const missing = weights.missing();
  if (missing.size)
    for await (const batch of opts.reread())
      for (const { row, cells } of batch) {
        const items = opts.convert(row, cells);
        if (items) weights.learn(items, missing);
      }
  const { items, meta } = weights.release();
  for (let i = 0; i < items.length; i += opts.chunkRows)
    opts.write(items.slice(i, i + opts.chunkRows), meta.slice(i, i + opts.chunkRows));
}
