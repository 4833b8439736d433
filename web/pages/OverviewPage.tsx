import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { parseWeek, shiftWeek } from '../../shared/period';
import { configOptions, scorecardOptions } from '../api/queries';
import { weekReviewOptions } from '../api/reviews';
import { AttentionStrip } from '../components/AttentionStrip';
import { AlertsLine } from '../components/alerts/AlertsLine';
import { RevenuePanel } from '../components/insights/RevenuePanel';
import { ErrorNotice, Skeleton } from '../components/QueryState';
import { RoleCard } from '../components/RoleCard';
import { ReviewExportLinks } from '../components/review/ReviewExportLinks';
import { ReviewBar } from '../components/reviews/ReviewBar';
import { RoleNotes } from '../components/reviews/RoleNotes';
import { SegmentSelect } from '../components/SegmentSelect';
import { WeekPicker } from '../components/WeekPicker';
import { changesByKpi } from '../lib/reviews';
import { needsAttention } from '../lib/scorecard';
import { carry, useViewState } from '../lib/useViewState';

/** The Monday review: every role's scorecard for one week, what needs attention first. */
export function OverviewPage() {
  const view = useViewState();
  const week = view.get('week');
  const segment = view.get('segment');
  const config = useQuery(configOptions());
  // Without ?week the server answers for the last complete week.
  const scorecard = useQuery({ ...scorecardOptions({ week, segment }), placeholderData: keepPreviousData });
  const weekStart = config.data?.weekStart ?? 'monday';
  const lastComplete = config.data ? parseWeek(config.data.lastCompleteWeek, weekStart) : null;
  const latest = lastComplete ? shiftWeek(lastComplete, 1, weekStart).label : undefined;
  const currency = config.data?.currency ?? 'EUR';
  const sc = scorecard.data;
  const segQuery = carry(view.params, ['segment', 'week']);
  // Reviews are of the all-segments week; a segment view shows its notes but not value changes.
  const review = useQuery(weekReviewOptions(sc?.week.label)).data;
  const changes = review && !segment ? changesByKpi(review.changes) : undefined;
  const timeZone = config.data?.timeZone ?? 'UTC';
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>Weekly review</h1>
          <p className="subtle">
            {segment ? `Segment: ${sc?.segment ?? segment}` : 'All segments'}
            {sc && config.data && sc.week.end >= config.data.today ? ' · week in progress' : ''}
          </p>
        </div>
        <div className="toolbar">
          <WeekPicker
            week={sc?.week}
            latest={latest}
            weekStart={weekStart}
            onChange={(w) => view.set({ week: w === config.data?.lastCompleteWeek ? undefined : w })}
          />
          <SegmentSelect value={segment} onChange={(s) => view.set({ segment: s })} />
          <ReviewExportLinks week={sc?.week.label} segment={segment} />
        </div>
      </div>
      <ReviewBar
        review={review}
        week={sc?.week.label ?? ''}
        weekOver={!!sc && !!config.data && sc.week.end < config.data.today}
        timeZone={timeZone}
      />
      {/* Its own query and placeholder: it holds its place from the first paint. */}
      <RevenuePanel
        week={week}
        segment={segment}
        currency={currency}
        linkQuery={(kpi) => carry(view.params, ['segment', 'week'], { kpi })}
      />
      {scorecard.isError && !sc ? (
        <ErrorNotice what="the scorecard" error={scorecard.error} onRetry={() => scorecard.refetch()} />
      ) : !sc ? (
        <>
          <Skeleton height={120} label="Loading the scorecard…" />
          <div className="card-grid">
            {Array.from({ length: 8 }, (_, i) => i).map((i) => (
              <Skeleton key={i} height={300} />
            ))}
          </div>
        </>
      ) : (
        <div className={scorecard.isPlaceholderData ? 'is-stale' : undefined} aria-busy={scorecard.isFetching}>
          {scorecard.isError && (
            <ErrorNotice what="the latest numbers" error={scorecard.error} onRetry={() => scorecard.refetch()} />
          )}
          <AlertsLine week={sc.week.label} />
          <AttentionStrip
            items={needsAttention(sc)}
            currency={currency}
            linkQuery={(kpi) => carry(view.params, ['segment'], { kpi })}
          />
          <div className="card-grid">
            {sc.roles.map((r) => (
              <RoleCard
                key={r.role.key}
                role={r}
                week={sc.week}
                currency={currency}
                linkQuery={segQuery}
                changes={changes}
              >
                <RoleNotes
                  role={r}
                  week={sc.week.label}
                  notes={review ? (review.notes[r.role.key] ?? []) : undefined}
                  reviewedAt={review?.reviewedAt ?? null}
                  timeZone={timeZone}
                />
              </RoleCard>
            ))}
          </div>
          {sc.roles.length === 0 && <p className="empty">No roles yet — add one on the Catalog &amp; targets page.</p>}
        </div>
      )}
    </div>
  );
}
