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
  return (
    <header className="review-header">
      <p className="review-brand">Rolecard · weekly review</p>
      <h1>Week {week.label}</h1>
      <dl className="review-facts">
        <div>
          <dt>Dates</dt>
          <dd>{formatRange(week.start, week.end)}</dd>
        </div>
        <div>
          <dt>Segment</dt>
          <dd>{segmentName ?? 'All segments'}</dd>
        </div>
        <div>
          <dt>Printed</dt>
          <dd>{printedOn(now)}</dd>
        </div>
      </dl>
    </header>
  );
}
