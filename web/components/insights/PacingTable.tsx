import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PacingPeriod, PacingRow } from '../../../shared/insights';
import { pacingOptions } from '../../api/insights';
import { PACE_META, paceText, periodTitle } from '../../lib/insights';
import { ErrorNotice, Skeleton } from '../QueryState';
import { StatusBadge } from '../StatusBadge';
import './insights.css';

interface Props {
  role: string;
  segment?: string;
  currency: string;
  /** The role's KPI count, so the placeholder has the table's final height. */
  kpiCount: number;
}

/** Month and quarter to date for a role's KPIs with a target: pace, projection, target. */
export function PacingTable({ role, segment, currency, kpiCount }: Props) {
  const query = useQuery({ ...pacingOptions({ role, segment }), placeholderData: keepPreviousData });
  if (query.isError && !query.data)
    return <ErrorNotice what="month and quarter to date" error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return <Skeleton height={96 + kpiCount * 52} label="Loading month and quarter to date…" />;
  const { month, quarter } = query.data;
  // Both blocks list the same KPIs in the same order.
  const pairs = month.kpis.map((m, i) => ({ m, q: quarter.kpis[i] ?? m }));
  const withTarget = pairs.filter(({ m, q }) => m.target !== null || q.target !== null);
  const without = pairs.filter((p) => !withTarget.includes(p)).map(({ m }) => m.kpi.name);
  return (
    <section
      className={`card pacing${query.isPlaceholderData ? ' is-stale' : ''}`}
      aria-labelledby="pacing-title"
      aria-busy={query.isFetching}
    >
      <header className="card-head">
        <h2 id="pacing-title">Month and quarter to date</h2>
      </header>
      {withTarget.length === 0 ? (
        <p className="pacing-foot">No KPI of this role has a target yet — set one on the Catalog &amp; targets page.</p>
      ) : (
        <div className="table-wrap">
          <table className="pacing-table">
            <thead>
              <tr>
                <th scope="col">KPI</th>
                {[month, quarter].map((p) => (
                  <PeriodHead key={p.kind} p={p} />
                ))}
              </tr>
            </thead>
            <tbody>
              {withTarget.map(({ m, q }) => (
                <tr key={m.kpi.key} data-kpi={m.kpi.key}>
                  <th scope="row">{m.kpi.name}</th>
                  <PaceCell row={m} period={month} currency={currency} />
                  <PaceCell row={q} period={quarter} currency={currency} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="pacing-foot">
        Through yesterday. Sums run on at their daily pace so far (days with data); ratios project their value to date.
        Weekly targets count a seventh per day.
        {without.length > 0 && ` No target: ${without.join(', ')}.`}
      </p>
    </section>
  );
}

function PeriodHead({ p }: { p: PacingPeriod }) {
  const t = periodTitle(p);
  return (
    <th scope="col" data-period={p.kind}>
      {t.name}
      <span className="period-progress">{t.progress}</span>
    </th>
  );
}

function PaceCell({ row, period, currency }: { row: PacingRow; period: PacingPeriod; currency: string }) {
  const meta = PACE_META[row.status];
  const text = paceText(row, period, currency);
  const title = periodTitle(period);
  return (
    // The label heads the cell when a phone stacks the table (see insights.css).
    <td data-period={period.kind} data-status={row.status} data-label={`${title.name} · ${title.progress}`}>
      <span className="pace-headline">
        <StatusBadge status={meta.tone} word={meta.word} />
        <span className="pace-words">{text.headline}</span>
      </span>
      {text.detail && <span className="pace-detail">{text.detail}</span>}
    </td>
  );
}
