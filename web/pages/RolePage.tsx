import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { parseWeek } from '../../shared/period';
import { catalogOptions, configOptions } from '../api/queries';
import { AnnotationForm } from '../components/annotations/AnnotationForm';
import { PacingTable } from '../components/insights/PacingTable';
import { KpiPanel } from '../components/KpiPanel';
import { Empty, ErrorNotice, Skeleton } from '../components/QueryState';
import { NotesHistory } from '../components/reviews/NotesHistory';
import { Segmented } from '../components/Segmented';
import { SegmentSelect } from '../components/SegmentSelect';
import { getLanding, setLanding } from '../lib/landing';
import { emptyHint } from '../lib/scorecard';
import { RANGES, type RangeKey, rangeDates } from '../lib/series';
import { carry, useViewState } from '../lib/useViewState';

const GRAINS = [
  { key: 'day', label: 'Day' },
  { key: 'week', label: 'Week' },
  { key: 'month', label: 'Month' },
] as const;

/** "My KPIs": every KPI of one role as a trend against its target. */
export function RolePage() {
  const { key = '' } = useParams<{ key: string }>();
  const [location, navigate] = useLocation();
  const view = useViewState();
  const config = useQuery(configOptions());
  const catalog = useQuery(catalogOptions());
  const grain = (GRAINS.find((g) => g.key === view.get('grain'))?.key ?? 'week') as 'day' | 'week' | 'month';
  const range = (RANGES.find((r) => r.key === view.get('range'))?.key ?? '12w') as RangeKey;
  const segment = view.get('segment');
  const mode = view.get('view') === 'table' ? 'table' : 'chart';
  const here = `${location}${view.params.size ? `?${view.params}` : ''}`;
  const [landing, setLandingState] = useState(getLanding());

  if (config.isError || catalog.isError) {
    const failed = config.isError ? config : catalog;
    return (
      <div className="page">
        <ErrorNotice what="this role" error={failed.error as Error} onRetry={() => failed.refetch()} />
      </div>
    );
  }
  if (!config.data || !catalog.data)
    return (
      <div className="page">
        <Skeleton height={560} label="Loading…" />
      </div>
    );

  const role = catalog.data.roles.find((r) => r.key === key);
  if (!role)
    return (
      <div className="page">
        <h1>No role “{key}”</h1>
        <Empty>
          This role does not exist (it may have been renamed). Pick one on the <Link href="/">weekly review</Link> or
          add it on the <Link href="/catalog">Catalog &amp; targets</Link> page.
        </Empty>
      </div>
    );
  const cfg = config.data;
  const endWeek =
    parseWeek(view.get('week') ?? cfg.lastCompleteWeek, cfg.weekStart) ??
    parseWeek(cfg.lastCompleteWeek, cfg.weekStart);
  const end = endWeek?.end ?? cfg.today;
  const dates = rangeDates(range, end, cfg.weekStart, { from: view.get('from'), to: view.get('to') });
  const kpis = catalog.data.kpis.filter((k) => k.role === role.key);
  const unitOf = (m: string) => catalog.data.measures.find((x) => x.key === m)?.unit ?? 'count';
  const isLanding = landing === here;

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <p className="crumb">
            <Link href={`/${carry(view.params, ['week', 'segment'])}`}>← Weekly review</Link>
          </p>
          <h1>{role.name}</h1>
          {role.description && <p className="subtle">{role.description}</p>}
        </div>
        <div className="toolbar">
          <label className="field-inline">
            <span>Role</span>
            <select
              value={role.key}
              onChange={(e) => navigate(`/roles/${e.target.value}${view.params.size ? `?${view.params}` : ''}`)}
            >
              {catalog.data.roles.map((r) => (
                <option key={r.key} value={r.key}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className={`btn${isLanding ? ' btn-on' : ''}`}
            aria-pressed={isLanding}
            onClick={() => {
              setLanding(isLanding ? null : here);
              setLandingState(isLanding ? null : here);
            }}
          >
            {isLanding ? '★ My landing page' : '☆ Set as my landing page'}
          </button>
        </div>
      </div>
      {kpis.length > 0 && (
        <PacingTable role={role.key} segment={segment} currency={cfg.currency} kpiCount={kpis.length} />
      )}
      <section className="controls" aria-label="Chart options">
        <Segmented
          label="Grain"
          options={GRAINS}
          value={grain}
          onChange={(g) => view.set({ grain: g === 'week' ? undefined : g })}
        />
        <Segmented
          label="Range"
          options={RANGES}
          value={range}
          onChange={(r) =>
            view.set(
              r === 'custom'
                ? { range: r, from: dates.from, to: dates.to }
                : { range: r === '12w' ? undefined : r, from: undefined, to: undefined },
            )
          }
        />
        {range === 'custom' && (
          <span className="custom-range">
            <label className="field-inline">
              <span>From</span>
              <input
                type="date"
                value={dates.from}
                max={dates.to}
                onChange={(e) => e.target.value && view.set({ from: e.target.value })}
              />
            </label>
            <label className="field-inline">
              <span>To</span>
              <input
                type="date"
                value={dates.to}
                min={dates.from}
                onChange={(e) => e.target.value && view.set({ to: e.target.value })}
              />
            </label>
          </span>
        )}
        <SegmentSelect value={segment} onChange={(s) => view.set({ segment: s })} />
        <Segmented
          label="Show as"
          options={[
            { key: 'chart', label: 'Chart' },
            { key: 'table', label: 'Table' },
          ]}
          value={mode}
          onChange={(m) => view.set({ view: m === 'chart' ? undefined : m })}
        />
      </section>
      {kpis.length === 0 ? (
        <Empty>
          {role.name} owns no KPIs yet — add one or move one here on the{' '}
          <Link href="/catalog">Catalog &amp; targets</Link> page.
        </Empty>
      ) : (
        <div className="panel-grid">
          {kpis.map((k) => (
            <KpiPanel
              key={k.key}
              kpi={k}
              grain={grain}
              from={dates.from}
              to={dates.to}
              segment={segment}
              view={mode}
              focused={view.get('kpi') === k.key}
              units={{
                numerator: unitOf(k.formula.kind === 'sum' ? k.formula.measure : k.formula.numerator),
                denominator: k.formula.kind === 'ratio' ? unitOf(k.formula.denominator) : 'count',
              }}
              currency={cfg.currency}
              emptyHint={emptyHint(k.name, role.key)}
            />
          ))}
        </div>
      )}
      <div className="role-extras">
        <AnnotationForm role={role} kpis={kpis} day={end} />
        <NotesHistory role={role} kpiName={(k) => kpis.find((x) => x.key === k)?.name ?? k} timeZone={cfg.timeZone} />
      </div>
    </div>
  );
}
