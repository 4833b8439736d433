import { kpiCompleteness } from '../../../shared/review';
import type { ScorecardRow } from '../../../shared/schemas';
import { formatChange, formatValue } from '../../lib/format';
import { completenessText } from '../../lib/review';
import { StatusBadge } from '../StatusBadge';

/** Header and whether the column holds figures (right-aligned, tabular digits). */
const COLUMNS: ReadonlyArray<[string, boolean]> = [
  ['KPI', false],
  ['Value', true],
  ['Target', true],
  ['Status', false],
  ['Change vs previous week', false],
  ['Data', false],
];

/**
 * One role's KPIs for the printed review. Everything that colour says on screen is also in
 * words or symbols, so a black-and-white printout loses nothing: the status word and icon,
 * the change's arrow and "better"/"worse", a ⚠ and the day count for partial data.
 */
export function KpiReportTable({ rows, currency }: { rows: ScorecardRow[]; currency: string }) {
  return (
    <table className="review-table">
      <thead>
        <tr>
          {COLUMNS.map(([label, numeric]) => (
            <th key={label} scope="col" className={numeric ? 'num' : undefined}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <KpiReportRow key={row.kpi.key} row={row} currency={currency} />
        ))}
      </tbody>
    </table>
  );
}

function KpiReportRow({ row, currency }: { row: ScorecardRow; currency: string }) {
  const fmt = (v: number | null) => formatValue(v, row.kpi.unit, currency);
  const data = completenessText(kpiCompleteness(row));
  return (
    <tr data-kpi={row.kpi.key} data-status={row.status}>
      <th scope="row">{row.kpi.name}</th>
      <td className="num">{fmt(row.value)}</td>
      <td className="num">{row.target ? fmt(row.target.value) : '—'}</td>
      <td>
        <StatusBadge status={row.status} />
      </td>
      <td>
        <ChangeText row={row} currency={currency} />
      </td>
      <td className={data.short ? 'review-data-short' : undefined}>
        {data.short && <span aria-hidden="true">⚠ </span>}
        {data.text}
      </td>
    </tr>
  );
}

/** "▲ +0.5 pts · better": the arrow is the number's direction, the word whether that is good. */
function ChangeText({ row, currency }: { row: ScorecardRow; currency: string }) {
  const c = row.change;
  if (!c) return <span className="review-muted">no previous week</span>;
  const text = formatChange(c, row.kpi.unit, currency);
  const flat = c.better === null || text.startsWith('±');
  const verdict = flat ? 'flat' : c.better ? 'better' : 'worse';
  return (
    <span className={`review-change review-change-${verdict}`}>
      <span aria-hidden="true">{flat ? '▬' : c.absolute > 0 ? '▲' : '▼'}</span> {text} · {verdict}
    </span>
  );
}
