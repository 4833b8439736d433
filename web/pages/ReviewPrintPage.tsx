import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { catalogOptions, configOptions, scorecardOptions } from '../api/queries';
import { ErrorNotice, Skeleton } from '../components/QueryState';
import { CsvDownloadLink } from '../components/review/ReviewExportLinks';
import { ReviewHeader } from '../components/review/ReviewHeader';
import { RoleReportSection } from '../components/review/RoleReportSection';
import { formatRange } from '../lib/format';
import { carry, useViewState } from '../lib/useViewState';
import '../components/review/review-print.css';

/**
 * The week's review for paper or PDF (`/review/print?week=&segment=`): a title block, then
 * one section per role, each printed on its own page. Printing starts only from the button.
 * Later parts of the review (notes, revenue factors) go inside each RoleReportSection.
 */
export function ReviewPrintPage() {
  const view = useViewState();
  const segment = view.get('segment');
  const config = useQuery(configOptions());
  const catalog = useQuery(catalogOptions());
  // Without ?week the server answers for the last complete week, as on the overview.
  const scorecard = useQuery(scorecardOptions({ week: view.get('week'), segment }));
  const [now] = useState(() => new Date());
  const sc = scorecard.data;
  const currency = config.data?.currency ?? 'EUR';
  const segmentName = segment ? (catalog.data?.segments.find((s) => s.key === segment)?.name ?? segment) : null;
  return (
    <div className="page review-print">
      <div className="print-toolbar review-links">
        <Link className="btn" href={`/${carry(view.params, ['week', 'segment'])}`}>
          ‹ Back to the review
        </Link>
        {sc && <CsvDownloadLink week={sc.week.label} segment={segment} />}
        <button type="button" className="btn btn-primary" onClick={() => window.print()} disabled={!sc}>
          Print…
        </button>
      </div>
      {scorecard.isError ? (
        <ErrorNotice what="the review" error={scorecard.error} onRetry={() => scorecard.refetch()} />
      ) : !sc ? (
        <Skeleton height={600} label="Loading the review…" />
      ) : (
        <>
          <ReviewHeader week={sc.week} segmentName={segmentName} now={now} />
          <div className="review-sections">
            {sc.roles.map((r) => (
              <RoleReportSection
                key={r.role.key}
                role={r}
                currency={currency}
                context={`Week ${sc.week.label} · ${formatRange(sc.week.start, sc.week.end)} · ${segmentName ?? 'All segments'}`}
              />
            ))}
          </div>
          {sc.roles.length === 0 && <p className="empty">No roles yet — add one on the Catalog &amp; targets page.</p>}
        </>
      )}
    </div>
  );
}
