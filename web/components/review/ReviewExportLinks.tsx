import { Link } from 'wouter';
import { reviewCsvPath } from '../../../shared/review';
import './review.css';

/**
 * The overview's way out to paper and spreadsheets: the printable review of this week and
 * segment, and its CSV. Until the scorecard has said which week it shows, there is nothing to link.
 */
export function ReviewExportLinks({ week, segment }: { week: string | undefined; segment: string | undefined }) {
  if (!week) return null;
  const q = new URLSearchParams({ week, ...(segment ? { segment } : {}) });
  return (
    <div className="review-links">
      <Link className="btn" href={`/review/print?${q}`}>
        Print / export
      </Link>
      <CsvDownloadLink week={week} segment={segment} />
    </div>
  );
}

/** The week's CSV; the server names the file (`rolecard-review-2026-W47[-segment].csv`). */
export function CsvDownloadLink({ week, segment }: { week: string; segment: string | undefined }) {
  return (
    <a className="btn" href={`/api${reviewCsvPath(week, segment)}`} download>
      Download CSV
    </a>
  );
}
