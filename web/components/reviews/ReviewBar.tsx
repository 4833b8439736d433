import { can } from '../../../shared/access';
import type { WeekReview } from '../../../shared/reviews';
import { useSetReviewed, useSetReviewSettings } from '../../api/reviews';
import { useUser } from '../../auth/SessionContext';
import { formatInstant } from '../../lib/reviews';
import './reviews.css';

interface Props {
  /** Undefined while loading: the bar keeps its height so nothing below it moves. */
  review: WeekReview | undefined;
  week: string;
  /** True once the week has ended: only then can it be marked reviewed. */
  weekOver: boolean;
  timeZone: string;
}

/**
 * The week's review state in the page head: "Reviewed on … by …" (or not yet), how many KPIs
 * changed since, and for admins the buttons to mark reviewed or reopen and the notes setting.
 */
export function ReviewBar({ review, week, weekOver, timeZone }: Props) {
  const user = useUser();
  const admin = can.reviewWeek(user);
  const setReviewed = useSetReviewed(week);
  const settings = useSetReviewSettings();
  if (!review)
    return (
      <section className={`review-bar${admin ? ' for-admin' : ''}`} aria-busy="true" aria-label="Review of the week" />
    );
  const error = setReviewed.error ?? settings.error;
  const changed = review.changes.length;
  const reopened = review.history[0];
  return (
    <section className={`review-bar${admin ? ' for-admin' : ''}`} aria-label="Review of the week">
      <p className="review-state" role="status">
        {review.reviewed && review.reviewedAt ? (
          <span className="review-badge is-reviewed">
            <span aria-hidden="true">✓</span> Reviewed on {formatInstant(review.reviewedAt, timeZone)} by{' '}
            {review.reviewedBy}
          </span>
        ) : (
          <span className="review-badge">
            <span aria-hidden="true">○</span>{' '}
            {reopened?.reopenedAt
              ? `Reopened on ${formatInstant(reopened.reopenedAt, timeZone)} by ${reopened.reopenedBy}`
              : 'Not reviewed yet'}
          </span>
        )}
        {changed > 0 && (
          <span className="review-badge is-changed">
            <span aria-hidden="true">↺</span> {changed === 1 ? '1 KPI' : `${changed} KPIs`} changed since review
          </span>
        )}
      </p>
      {admin && (
        <div className="review-actions">
          {review.reviewed ? (
            <button
              type="button"
              className="btn"
              disabled={setReviewed.isPending}
              onClick={() => setReviewed.mutate(false)}
            >
              Reopen week
            </button>
          ) : (
            weekOver && (
              <button
                type="button"
                className="btn btn-primary"
                disabled={setReviewed.isPending}
                onClick={() => setReviewed.mutate(true)}
              >
                Mark week reviewed
              </button>
            )
          )}
          <label className="review-setting">
            <input
              type="checkbox"
              checked={review.requireNoteOnRed}
              disabled={settings.isPending}
              onChange={(e) => settings.mutate(e.target.checked)}
            />{' '}
            Require a note on every red KPI before marking reviewed
          </label>
        </div>
      )}
      {!admin && review.requireNoteOnRed && (
        <p className="subtle review-rule">A note is required on every red KPI before the week is marked reviewed.</p>
      )}
      {review.requireNoteOnRed && !review.reviewed && review.missingNotes.length > 0 && (
        <p className="review-missing">
          <span aria-hidden="true">✎</span> Red KPIs without a note:{' '}
          {review.missingNotes.map((m) => `${m.kpiName} (${m.roleName})`).join(', ')}
        </p>
      )}
      {error && (
        <p className="form-msg form-msg-error" role="alert">
          {error.message}
        </p>
      )}
    </section>
  );
}
