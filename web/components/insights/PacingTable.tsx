import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PacingPeriod, PacingRow } from '../../../shared/insights';
import { pacingOptions } from '../../api/insights';
import { useT } from '../../i18n/useT';
import { listOf, PACE_META, paceText, periodTitle } from '../../lib/insights';
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
  const t = useT();
  const query = useQuery({ ...pacingOptions({ role, segment }), placeholderData: keepPreviousData });
  if (query.isError && !query.data)
    return <ErrorNotice what={t('insights.pacing.what')} error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return <Skeleton height={96 + kpiCount * 52} label={t('insights.pacing.loading')} />;
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
        <h2 id="pacing-title">{t('insights.pacing.title')}</h2>
      </header>
      {withTarget.length === 0 ? (
        <p className="pacing-foot">{t('insights.pacing.noTargets')}</p>
      ) : (
        <div className="table-wrap">
          <table className="pacing-table">
            <thead>
              <tr>
                <th scope="col">{t('insights.pacing.kpi')}</th>
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
        {t('insights.pacing.method')}
        {without.length > 0 && ` ${t('insights.pacing.without', { kpis: listOf(without) })}`}
      </p>
    </section>
  );
}

function PeriodHead({ p }: { p: PacingPeriod }) {
  const title = periodTitle(p, useT());
  return (
    <th scope="col" data-period={p.kind}>
      {title.name}
      <span className="period-progress">{title.progress}</span>
    </th>
  );
}

function PaceCell({ row, period, currency }: { row: PacingRow; period: PacingPeriod; currency: string }) {
  const t = useT();
  const meta = PACE_META[row.status];
  const text = paceText(row, period, currency, t);
  const title = periodTitle(period, t);
  return (
    // The label heads the cell when a phone stacks the table (see insights.css).
    <td data-period={period.kind} data-status={row.status} data-label={`${title.name} · ${title.progress}`}>
      <span className="pace-headline">
        <StatusBadge status={meta.tone} word={t(meta.wordKey)} />
        <span className="pace-words">{text.headline}</span>
      </span>
      {text.detail && <span className="pace-detail">{text.detail}</span>}
    </td>
  );
}
