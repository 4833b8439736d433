import { STATUS_META, type Status } from '../lib/status';

/**
 * Status as icon + word + colour; the word is what a screen reader and a colour-blind reader
 * get. `word` replaces the default one where the status means something else (pacing: "At risk").
 */
export function StatusBadge({ status, compact = false, word }: { status: Status; compact?: boolean; word?: string }) {
  const meta = STATUS_META[status];
  const label = word ?? meta.word;
  return (
    <span className={`status status-${status}`} data-status={status} title={label}>
      <span className="status-icon" aria-hidden="true">
        <span>{meta.icon}</span>
      </span>
      <span className={compact ? 'visually-hidden' : 'status-word'}>{label}</span>
    </span>
  );
}
