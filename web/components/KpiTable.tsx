import { kpiStatus } from '../../shared/kpi';
import type { Series } from '../../shared/schemas';
import { useT } from '../i18n/useT';
import { formatMeasure, formatValue } from '../lib/format';
import type { ChartRow } from '../lib/series';
import { StatusBadge } from './StatusBadge';

/** The chart's numbers as a table: value, the sums behind it, target and status per period. */
export function KpiTable({
  series,
  rows,
  showPrior,
  units,
  currency,
}: {
  series: Series;
  rows: ChartRow[];
  showPrior: boolean;
  units: { numerator: string; denominator: string };
  currency: string;
}) {
  const t = useT();
  const fmt = (v: number | null) => formatValue(v, series.kpi.unit, currency);
  const ratio = series.kpi.formula.kind === 'ratio';
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{t('role.table.caption', { kpi: series.kpi.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('role.table.period')}</th>
            <th scope="col" className="num">
              {t('role.table.value')}
            </th>
            <th scope="col" className="num">
              {series.numeratorName}
            </th>
            {ratio && (
              <th scope="col" className="num">
                {series.denominatorName}
              </th>
            )}
            <th scope="col" className="num">
              {t('role.table.target')}
            </th>
            <th scope="col">{t('role.table.status')}</th>
            {showPrior && (
              <th scope="col" className="num">
                {t('role.table.prior')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {[...rows].reverse().map((r) => (
            <tr key={r.point.period}>
              <th scope="row">{r.point.period}</th>
              <td className="num">{fmt(r.value)}</td>
              <td className="num">
                {r.point.numerator === null ? '—' : formatMeasure(r.point.numerator, units.numerator, currency)}
              </td>
              {ratio && (
                <td className="num">
                  {r.point.denominator === null ? '—' : formatMeasure(r.point.denominator, units.denominator, currency)}
                </td>
              )}
              <td className="num">{r.target === null ? '—' : fmt(r.target)}</td>
              <td>
                <StatusBadge status={kpiStatus(r.value, r.point.target, series.kpi.direction)} />
              </td>
              {showPrior && <td className="num">{fmt(r.prior)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
