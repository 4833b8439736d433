import { can } from '../../../shared/access';
import type { WeekReview } from '../../../shared/reviews';
import { useSetReviewed, useSetReviewSettings } from '../../api/reviews';
import { useUser } from '../../auth/SessionContext';
import { useErrorWords } from '../../i18n/useErrorWords';
import { useT } from '../../i18n/useT';
import { formatDateTime } from '../../lib/format';
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
  const t = useT();
  const words = useErrorWords();
  const user = useUser();
  const admin = can.reviewWeek(user);
  const setReviewed = useSetReviewed(week);
  const settings = useSetReviewSettings();
  const at = (iso: string) => formatDateTime(iso, undefined, timeZone);
  const label = t('reviews.bar.label');
  if (!review)
    return <section className={`review-bar${admin ? ' for-admin' : ''}`} aria-busy="true" aria-label={label} />;
  const error = setReviewed.error ?? settings.error;
  const changed = review.changes.length;
  const reopened = review.history[0];
  return (
    <section className={`review-bar${admin ? ' for-admin' : ''}`} aria-label={label}>
      <p className="review-state" role="status">
        {review.reviewed && review.reviewedAt ? (
          <span className="review-badge is-reviewed">
            <span aria-hidden="true">✓</span>{' '}
            {t('reviews.bar.reviewed', { at: at(review.reviewedAt), name: review.reviewedBy })}
          </span>
        ) : (
          <span className="review-badge">
            <span aria-hidden="true">○</span>{' '}
            {reopened?.reopenedAt
              ? t('reviews.bar.reopened', { at: at(reopened.reopenedAt), name: reopened.reopenedBy })
              : t('reviews.bar.notReviewed')}
          </span>
        )}
        {changed > 0 && (
          <span className="review-badge is-changed">
            <span aria-hidden="true">↺</span> {t('reviews.bar.changed', { count: changed })}
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
              {t('reviews.bar.reopen')}
            </button>
          ) : (
            weekOver && (
              <button
                type="button"
                className="btn btn-primary"
                disabled={setReviewed.isPending}
                onClick={() => setReviewed.mutate(true)}
              >
                {t('reviews.bar.markReviewed')}
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
            {t('reviews.bar.requireSetting')}
          </label>
        </div>
      )}
      {!admin && review.requireNoteOnRed && <p className="subtle review-rule">{t('reviews.bar.requireRule')}</p>}
      {review.requireNoteOnRed && !review.reviewed && review.missingNotes.length > 0 && (
        <p className="review-missing">
          <span aria-hidden="true">✎</span>{' '}
          {t('reviews.bar.missing', {
            kpis: review.missingNotes
              .map((m) => t('reviews.bar.missingItem', { kpi: m.kpiName, role: m.roleName }))
              .join(', '),
          })}
        </p>
      )}
      {error && (
        <p className="form-msg form-msg-error" role="alert">
          {words.error(error)}
        </p>
      )}
    </section>
  );
}
