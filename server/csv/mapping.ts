import { type NoteDetail, noteDetail } from '../../shared/importNotes.js';
import type { ColumnMapping, ImportTarget } from '../../shared/imports.js';
import type { CatalogSnapshot } from '../db/catalog.js';
import { looksLikeDate } from './dates.js';
import { isTotalsLabel, matchTarget } from './headers.js';
import { noted } from './notes.js';

export type ProposedColumn = ColumnMapping & { confidence: number; note?: string; noteDetail?: NoteDetail };

/** The unit a target's cells are read in: rates as fractions/percents, durations, plain numbers. */
export function targetUnit(snap: CatalogSnapshot, t: ImportTarget): 'percent' | 'duration' | 'number' {
  if (t.kind === 'kpi') {
    const kpi = snap.kpiByKey.get(t.key);
    if (kpi?.unit === 'percent') return 'percent';
    if (kpi?.unit === 'duration') return 'duration';
    return 'number';
  }
  return snap.measureByKey.get(t.key)?.unit === 'duration' ? 'duration' : 'number';
}

/**
 * Whether a rate column is written as percents or fractions, decided per column from its
 * cells: a `%` sign or any value above 1 means percents (45.3), otherwise fractions (GA4
 * writes 0.670124481).
 */
export function detectRateAs(cells: readonly string[]): 'percent' | 'fraction' {
  let above = false;
  for (const raw of cells) {
    const c = raw.trim();
    if (c.endsWith('%')) return 'percent';
    const n = Number(c.replace(',', '.'));
    if (Number.isFinite(n) && Math.abs(n) > 1) above = true;
  }
  return above ? 'percent' : 'fraction';
}

/**
 * Proposes a mapping for a header from names (keys, names, synonyms) and from the sample's
 * cells (a column of dates is the date column even when it is called "Tag" or "Periode").
 */
export function proposeMapping(
  snap: CatalogSnapshot,
  header: readonly string[],
  sample: ReadonlyArray<readonly string[]>,
): ProposedColumn[] {
  const cellsOf = (i: number) => sample.map((r) => r[i] ?? '').filter((c) => c.trim() !== '' && !isTotalsLabel(c));
  const out: ProposedColumn[] = header.map((column, i) => {
    const ignored = (confidence: number, detail: NoteDetail, note: string): ProposedColumn => ({
      column,
      role: 'ignore',
      targets: [],
      confidence,
      ...noted(detail, note),
    });
    if (column === '') return ignored(1, noteDetail('column_without_header', {}), 'column without a header');
    const p = matchTarget(snap, column);
    if (!p) return ignored(0, noteDetail('no_matching_target', {}), 'no matching measure or KPI: map it');
    const proposal: ProposedColumn = { column, ...p };
    const first = p.targets[0];
    if (p.role === 'value' && first && targetUnit(snap, first) === 'percent')
      proposal.rateAs = detectRateAs(cellsOf(i));
    return proposal;
  });
  if (!out.some((c) => c.role === 'date')) {
    const i = header.findIndex((_, j) => {
      const cells = cellsOf(j);
      return cells.length > 0 && cells.every(looksLikeDate);
    });
    const col = out[i];
    if (col)
      Object.assign(col, {
        role: 'date',
        targets: [],
        confidence: 0.8,
        ...noted(noteDetail('cells_are_dates', {}), 'its cells are dates'),
      });
  }
  // Two columns for one target (GA4 has both engagement and bounce rate): keep the most
  // direct one, ignore the other, and say why.
  const seen = new Map<string, ProposedColumn>();
  for (const c of out) {
    if (c.role !== 'value' || c.targets.length !== 1) continue;
    const key = `${c.targets[0]?.kind}:${c.targets[0]?.key}`;
    const prev = seen.get(key);
    if (!prev) {
      seen.set(key, c);
      continue;
    }
    const [keep, drop] = (prev.complement ? 1 : 0) > (c.complement ? 1 : 0) ? [c, prev] : [prev, c];
    seen.set(key, keep);
    const given = { column: keep.column, key: keep.targets[0]?.key ?? '' };
    Object.assign(drop, {
      role: 'ignore',
      targets: [],
      complement: undefined,
      rateAs: undefined,
      confidence: 0.5,
      ...noted(noteDetail('target_already_given', given), `"${given.column}" already gives ${given.key}`),
    });
  }
  return out;
}

/** `long` when the file names a measure or KPI in each row, `wide` otherwise. */
export function shapeOf(mapping: readonly ColumnMapping[]): 'wide' | 'long' {
  return mapping.some((c) => c.role === 'key') ? 'long' : 'wide';
}
