import { useT } from '../../i18n/useT';
import { formatRange } from '../../lib/format';
import { printedOn } from '../../lib/review';

interface Props {
  week: { label: string; start: string; end: string };
  segmentName: string | null;
  /** The moment the page was rendered: a printout says when its numbers were taken. */
  now: Date;
}

/** The printout's title block: which week, its dates, which segment, and when it was printed. */
export function ReviewHeader({ week, segmentName, now }: Props) {
  const t = useT();
  return (
    <header className="review-header">
      <p className="review-brand">{t('reviewPrint.brand')}</p>
      <h1>{t('week.title', { week: week.label })}</h1>
      <dl className="review-facts">
        <div>
          <dt>{t('reviewPrint.dates')}</dt>
          <dd>{formatRange(week.start, week.end)}</dd>
        </div>
        <div>
          <dt>{t('segment.label')}</dt>
          <dd>{segmentName ?? t('segment.all')}</dd>
        </div>
        <div>
          <dt>{t('reviewPrint.printed')}</dt>
          <dd>{printedOn(now)}</dd>
        </div>
      </dl>
    </header>
  );
}
