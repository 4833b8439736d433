import type { ReactNode } from 'react';
import { useErrorWords } from '../i18n/useErrorWords';
import { useT } from '../i18n/useT';

/** A failed load: what failed, the server's reason, and a retry button (also for 4xx, after a fix). */
export function ErrorNotice({ what, error, onRetry }: { what: string; error: Error; onRetry: () => void }) {
  const t = useT();
  const words = useErrorWords();
  const detail = words.error(error);
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{t('query.couldNotLoad', { what })}</strong> {detail}
      </p>
      <button type="button" className="btn" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </div>
  );
}

/** A placeholder with the final content's size, so nothing jumps when data arrives. */
export function Skeleton({ height, label }: { height: number | string; label?: string }) {
  return (
    <div className="skeleton" style={{ height }} aria-busy="true">
      {label && <span className="visually-hidden">{label}</span>}
    </div>
  );
}

/** An empty state that says what to do next. */
export function Empty({ children }: { children: ReactNode }) {
  return <div className="empty">{children}</div>;
}
