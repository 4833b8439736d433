import { parseWeek, shiftWeek, type WeekStart } from '../../shared/period';
import { useT } from '../i18n/useT';
import { formatRange } from '../lib/format';

interface Props {
  week: { label: string; start: string; end: string } | undefined;
  /** The latest week worth showing (the current, still running week). */
  latest: string | undefined;
  weekStart: WeekStart;
  onChange: (label: string) => void;
}

/** Previous / next buttons around the ISO week label and its dates, plus a native week input. */
export function WeekPicker({ week, latest, weekStart, onChange }: Props) {
  const t = useT();
  const current = week ? parseWeek(week.label, weekStart) : null;
  const go = (n: number) => current && onChange(shiftWeek(current, n, weekStart).label);
  const atLatest = !!week && !!latest && week.label >= latest;
  return (
    <fieldset className="week-picker">
      <legend className="visually-hidden">{t('week.legend')}</legend>
      <button
        type="button"
        className="btn btn-icon"
        onClick={() => go(-1)}
        disabled={!current}
        aria-label={t('week.previous')}
      >
        ‹
      </button>
      <label className="week-label">
        <span className="week-title">{t('week.title', { week: week ? week.label : '…' })}</span>
        <span className="week-dates">{week ? formatRange(week.start, week.end) : '\u00a0'}</span>
        <input
          type="week"
          className="week-input"
          aria-label={t('week.choose')}
          value={week?.label ?? ''}
          max={latest}
          onChange={(e) => e.target.value && onChange(e.target.value)}
        />
      </label>
      <button
        type="button"
        className="btn btn-icon"
        onClick={() => go(1)}
        disabled={!current || atLatest}
        aria-label={t('week.next')}
      >
        ›
      </button>
    </fieldset>
  );
}
