import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { catalogOptions, configOptions, scorecardOptions } from '../api/queries';
import { ErrorNotice, Skeleton } from '../components/QueryState';
import { PrintPageMargins } from '../components/review/PrintPageMargins';
import { CsvDownloadLink } from '../components/review/ReviewExportLinks';
import { ReviewHeader } from '../components/review/ReviewHeader';
import { RoleReportSection } from '../components/review/RoleReportSection';
import { useT } from '../i18n/useT';
import { formatRange } from '../lib/format';
import { carry, useViewState } from '../lib/useViewState';
import '../components/review/review-print.css';

/**
 * The week's review for paper or PDF (`/review/print?week=&segment=`): a title block, then
 * one section per role, each printed on its own page. Printing starts only from the button.
 * Later parts of the review (notes, revenue factors) go inside each RoleReportSection.
 */
export function ReviewPrintPage() {
  const t = useT();
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
      <PrintPageMargins />
      <div className="print-toolbar review-links">
        <Link className="btn" href={`/${carry(view.params, ['week', 'segment'])}`}>
          {t('reviewPrint.back')}
        </Link>
        {sc && <CsvDownloadLink week={sc.week.label} segment={segment} />}
        <button type="button" className="btn btn-primary" onClick={() => window.print()} disabled={!sc}>
          {t('reviewPrint.print')}
        </button>
      </div>
      {scorecard.isError ? (
        <ErrorNotice what={t('reviewPrint.what')} error={scorecard.error} onRetry={() => scorecard.refetch()} />
      ) : !sc ? (
        <Skeleton height={600} label={t('reviewPrint.loading')} />
      ) : (
        <>
          <ReviewHeader week={sc.week} segmentName={segmentName} now={now} />
          <div className="review-sections">
            {sc.roles.map((r) => (
              <RoleReportSection
                key={r.role.key}
                role={r}
                currency={currency}
                context={t('reviewPrint.context', {
                  week: sc.week.label,
                  dates: formatRange(sc.week.start, sc.week.end),
                  segment: segmentName ?? t('segment.all'),
                })}
              />
            ))}
          </div>
          {sc.roles.length === 0 && <p className="empty">{t('reviewPrint.noRoles')}</p>}
        </>
      )}
    </div>
  );
}
