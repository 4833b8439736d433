import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Kpi } from '../../shared/schemas';
import { annotationsOptions } from '../api/annotations';
import { seriesOptions } from '../api/queries';
import { useT } from '../i18n/useT';
import { chartMarks } from '../lib/annotations';
import { chartRows, hasData, summarize, yearEarlier } from '../lib/series';
import { AnnotationList } from './annotations/AnnotationList';
import { DataSourceLinks } from './DataSourceLinks';
import { KpiChart } from './KpiChart';
import { KpiTable } from './KpiTable';
import { Empty, ErrorNotice, Skeleton } from './QueryState';

interface Props {
  kpi: Kpi;
  grain: 'day' | 'week' | 'month';
  from: string;
  to: string;
  segment?: string;
  view: 'chart' | 'table';
  focused: boolean;
  units: { numerator: string; denominator: string };
  currency: string;
  /** What to do about a range without data, worded for the role (see lib/scorecard.ts). */
  emptyHint: string;
}

/** One KPI on the role page: its series (and a year earlier) as a chart or a table, with a text summary. */
export function KpiPanel({ kpi, grain, from, to, segment, view, focused, units, currency, emptyHint }: Props) {
  const t = useT();
  const series = useQuery({
    ...seriesOptions({ kpi: kpi.key, grain, from, to, segment }),
    placeholderData: keepPreviousData,
  });
  const prior = useQuery(seriesOptions({ kpi: kpi.key, grain, ...yearEarlier(from, to, grain), segment }));
  // Events tied to this KPI, its role or the whole business, over the range shown.
  const events = useQuery(annotationsOptions({ kpi: kpi.key, from, to })).data?.annotations ?? [];
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'start' });
  }, [focused]);
  const s = series.data;
  const showPrior = hasData(prior.data);
  const summaryId = `summary-${kpi.key}`;
  return (
    <section
      ref={ref}
      id={`kpi-${kpi.key}`}
      className={`card kpi-panel${focused ? ' is-focused' : ''}`}
      aria-labelledby={`title-${kpi.key}`}
      aria-describedby={s ? summaryId : undefined}
    >
      <header className="card-head">
        <h2 id={`title-${kpi.key}`}>{kpi.name}</h2>
        <ul className="legend" aria-hidden="true">
          <li className="lg-value">{t('role.legend.actual')}</li>
          <li className="lg-target">{t('role.legend.target')}</li>
          <li className="lg-band">{t('role.legend.band')}</li>
          {showPrior && <li className="lg-prior">{t('role.legend.prior')}</li>}
        </ul>
      </header>
      {kpi.description && <p className="kpi-desc">{kpi.description}</p>}
      {series.isError && !s ? (
        <ErrorNotice what={kpi.name} error={series.error} onRetry={() => series.refetch()} />
      ) : !s ? (
        <Skeleton height={240} label={t('role.loadingKpi', { kpi: kpi.name })} />
      ) : !hasData(s) ? (
        <Empty>
          {emptyHint} <DataSourceLinks />
        </Empty>
      ) : view === 'chart' ? (
        <KpiChart
          series={s}
          rows={chartRows(s, prior.data)}
          showPrior={showPrior}
          units={units}
          currency={currency}
          marks={chartMarks(events, s.points)}
        />
      ) : (
        <KpiTable series={s} rows={chartRows(s, prior.data)} showPrior={showPrior} units={units} currency={currency} />
      )}
      <p id={summaryId} className="chart-summary">
        {s ? summarize(s, currency, t) : '\u00a0'}
      </p>
      <AnnotationList annotations={events} label={t('role.events', { kpi: kpi.name })} />
    </section>
  );
}
