import { issue } from '../../shared/errorCodes.js';
import type { ColumnMapping, DateFormat, ImportTarget, NumberLocale, RowError } from '../../shared/imports.js';
import type { CatalogSnapshot } from '../db/catalog.js';
import { FORMAT_LABEL } from './dates.js';
import { rowError } from './errors.js';
import { targetUnit } from './mapping.js';

export interface ValueColumn {
  index: number;
  column: string;
  targets: Array<{ target: ImportTarget; unit: 'percent' | 'duration' | 'number' }>;
  rateAs: 'percent' | 'fraction';
  complement: boolean;
  durationUnit: 'seconds' | 'minutes' | 'hours';
}

/** A validated mapping, ready to turn rows into ingestion items. */
export interface Plan {
  shape: 'wide' | 'long';
  dateCol: number;
  dateColumn: string;
  dateFormat: DateFormat;
  segmentCol: number;
  fixedSegment: string | undefined;
  keyCol: number;
  valueCol: number;
  weightCol: number;
  values: ValueColumn[];
  locale: NumberLocale;
  spread: boolean;
  timeZone: string;
  header: readonly string[];
}

export interface PlanInput {
  header: readonly string[];
  mapping: readonly ColumnMapping[];
  dateFormat: DateFormat | null;
  dateCandidates: readonly DateFormat[];
  locale: NumberLocale;
  segment: string | undefined;
  spread: boolean;
  timeZone: string;
}

/** Checks the analyst's mapping against the header and catalog; file-level errors otherwise. */
export function buildPlan(snap: CatalogSnapshot, p: PlanInput): Plan | RowError[] {
  const errors: RowError[] = [];
  const index = (column: string) => p.header.indexOf(column);
  for (const c of p.mapping)
    if (index(c.column) < 0)
      errors.push(
        rowError(null, c.column, issue('column_not_in_header', {}, 'is in the mapping but not in the file header')),
      );
  const one = (role: ColumnMapping['role']) => {
    const cols = p.mapping.filter((c) => c.role === role);
    if (cols.length > 1) {
      const message = `only one column can be the ${role} column`;
      errors.push(rowError(null, cols[1]?.column ?? null, issue('duplicate_role_column', { role }, message)));
    }
    return cols[0] ? index(cols[0].column) : -1;
  };
  const dateCol = one('date');
  const segmentCol = one('segment');
  const keyCol = one('key');
  const weightCol = one('weight');
  const shape = keyCol >= 0 ? 'long' : 'wide';
  if (dateCol < 0)
    errors.push(
      rowError(null, null, issue('no_date_column', {}, 'no column is mapped as the date: choose the date column')),
    );
  if (p.dateFormat === null) {
    const formats = p.dateCandidates.map((f) => FORMAT_LABEL[f]);
    errors.push(
      rowError(
        null,
        p.header[dateCol] ?? null,
        formats.length > 1
          ? issue(
              'ambiguous_date_format',
              { formats },
              `the dates fit both ${formats.join(' and ')}: choose the date format in the mapping step`,
            )
          : issue(
              'unknown_date_format',
              {},
              'the dates are in no known format (use YYYY-MM-DD, YYYYMMDD, DD/MM/YYYY, MM/DD/YYYY, 2026-W07 or 2026-02)',
            ),
      ),
    );
  }
  const values: ValueColumn[] = [];
  let valueCol = -1;
  for (const c of p.mapping) {
    if (c.role !== 'value') continue;
    if (shape === 'long') {
      valueCol = index(c.column);
      continue;
    }
    if (!c.targets.length) {
      const message = 'is a value column without a measure or KPI: choose one or ignore it';
      errors.push(rowError(null, c.column, issue('column_without_target', {}, message)));
      continue;
    }
    const targets = c.targets.map((target) => ({ target, unit: targetUnit(snap, target) }));
    for (const { target } of targets) {
      const known = target.kind === 'kpi' ? snap.kpiByKey.has(target.key) : snap.measureByKey.has(target.key);
      if (!known) {
        const message = `maps to unknown ${target.kind} "${target.key}"`;
        errors.push(rowError(null, c.column, issue('unknown_mapping_target', target, message)));
      }
    }
    values.push({
      index: index(c.column),
      column: c.column,
      targets,
      rateAs: c.rateAs ?? 'fraction',
      complement: c.complement ?? false,
      durationUnit: c.durationUnit ?? 'seconds',
    });
  }
  if (shape === 'long' && valueCol < 0)
    errors.push(
      rowError(null, null, issue('long_needs_value', {}, 'a long file needs a value column beside its measure column')),
    );
  if (shape === 'wide' && !values.length)
    errors.push(
      rowError(null, null, issue('no_value_columns', {}, 'no column is mapped to a measure or KPI: map at least one')),
    );
  if (p.segment !== undefined && !snap.segmentByKey.has(p.segment)) {
    const message = `unknown segment "${p.segment}": create it first or choose another`;
    errors.push(rowError(null, null, issue('unknown_segment', { key: p.segment, suggestions: [] }, message)));
  }
  if (errors.length || p.dateFormat === null) return errors;
  return {
    shape,
    dateCol,
    dateColumn: p.header[dateCol] ?? '',
    dateFormat: p.dateFormat,
    segmentCol,
    fixedSegment: p.segment,
    keyCol,
    valueCol,
    weightCol,
    values,
    locale: p.locale,
    spread: p.spread,
    timeZone: p.timeZone,
    header: p.header,
  };
}
