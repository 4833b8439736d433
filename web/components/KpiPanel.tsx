import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Kpi } from '../../shared/schemas';
import { annotationsOptions } from '../api/annotations';
import { seriesOptions } from '../api/queries';
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
  emptyHint: string;
}

/** One KPI on the role page: its series (and a year earlier) as a chart or a table, with a text summary. */
export function KpiPanel({ kpi, grain, from, to, segment, view, focused, units, currency, emptyHint }: Props) {
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
          <li className="lg-value">Actual</li>
          <li className="lg-target">Target</li>
          <li className="lg-band">Amber band</li>
          {showPrior && <li className="lg-prior">Year earlier</li>}
        </ul>
      </header>
      {kpi.description && <p className="kpi-desc">{kpi.description}</p>}
      {series.isError && !s ? (
        <ErrorNotice what={`${kpi.name}`} error={series.error} onRetry={() => series.refetch()} />
      ) : !s ? (
        <Skeleton height={240} label={`Loading ${kpi.name}…`} />
      ) : !hasData(s) ? (
        <Empty>
          {emptyHint.replace('this week', 'in this range')} <DataSourceLinks />
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
        {s ? summarize(s, currency) : '\u00a0'}
      </p>
      <AnnotationList annotations={events} label={`Events on the ${kpi.name} chart`} />
    </section>
  );
}
