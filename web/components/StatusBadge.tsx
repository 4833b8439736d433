import { useT } from '../i18n/useT';
import { STATUS_META, type Status } from '../lib/status';

/** Status as icon + word + colour; the word is what a screen reader and a colour-blind reader get. */
export function StatusBadge({ status, compact = false }: { status: Status; compact?: boolean }) {
  const meta = STATUS_META[status];
  const t = useT();
  const word = t(meta.wordKey);
  return (
    <span className={`status status-${status}`} data-status={status} title={word}>
      <span className="status-icon" aria-hidden="true">
        <span>{meta.icon}</span>
      </span>
      <span className={compact ? 'visually-hidden' : 'status-word'}>{word}</span>
    </span>
  );
}
