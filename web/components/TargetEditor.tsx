import { useQuery } from '@tanstack/react-query';
import type { Kpi, Target } from '../../shared/schemas';
import { useSetTarget } from '../api/mutations';
import { catalogOptions, targetsOptions } from '../api/queries';
import { formatLongDate, formatValue } from '../lib/format';
import { fromInput, INPUT_UNIT } from '../lib/units';
import { useFormState } from '../lib/useFormState';
import { Field, FormMessage } from './Field';
import { ErrorNotice, Skeleton } from './QueryState';

/** Latest effective week first; within a week the later-set target (the one that applies) first. */
function newestFirst(targets: Target[]): Target[] {
  return [...targets].sort((a, b) => b.effectiveFromDate.localeCompare(a.effectiveFromDate) || b.id - a.id);
}

/** Set a KPI's target from a week on (value, tolerance band, segment) and see every earlier one. */
export function TargetEditor({
  kpi,
  currency,
  defaultWeek,
  canEdit = true,
}: {
  kpi: Kpi;
  currency: string;
  defaultWeek: string;
  /** Only the role's owner and admins set targets; everyone sees the history. */
  canEdit?: boolean;
}) {
  const history = useQuery(targetsOptions(kpi.key));
  const catalog = useQuery(catalogOptions());
  const setTarget = useSetTarget();
  const f = useFormState({ value: '', band: '', effectiveFrom: defaultWeek, segment: '' });
  const u = INPUT_UNIT[kpi.unit];
  const fmt = (v: number) => formatValue(v, kpi.unit, currency);
  const id = (name: string) => `t-${kpi.key}-${name}`;
  return (
    <div className="target-editor">
      {canEdit && (
        <form
          className="form-grid"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            f.submit(async () => {
              const t = await setTarget.mutateAsync({
                kpi: kpi.key,
                value: fromInput(f.values.value, kpi.unit),
                band: f.values.band.trim() === '' ? 0 : fromInput(f.values.band, kpi.unit),
                effectiveFrom: f.values.effectiveFrom,
                segment: f.values.segment || null,
              });
              return `Target ${fmt(t.value)} applies from ${t.effectiveFrom}.`;
            });
          }}
        >
          <Field
            id={id('value')}
            label={`Target${u.suffix ? ` (${u.suffix})` : ''}`}
            hint={kpi.direction === 'lower' ? 'Lower is better' : 'Higher is better'}
            error={f.errors.fields.value}
          >
            {(a) => <input {...a} {...f.bind('value')} inputMode="decimal" required />}
          </Field>
          <Field
            id={id('band')}
            label={`Tolerance band${kpi.unit === 'percent' ? ' (pts)' : u.suffix ? ` (${u.suffix})` : ''}`}
            hint="Amber within the band"
            error={f.errors.fields.band}
          >
            {(a) => <input {...a} {...f.bind('band')} inputMode="decimal" placeholder="0" />}
          </Field>
          <Field id={id('week')} label="From week" error={f.errors.fields.effectiveFrom}>
            {(a) => <input {...a} {...f.bind('effectiveFrom')} type="week" required />}
          </Field>
          <Field id={id('segment')} label="Segment" error={f.errors.fields.segment}>
            {(a) => (
              <select {...a} {...f.bind('segment')}>
                <option value="">All segments</option>
                {catalog.data?.segments.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={setTarget.isPending}>
              {setTarget.isPending ? 'Saving…' : 'Set target'}
            </button>
          </div>
          <FormMessage error={f.errors.general} ok={f.ok} />
        </form>
      )}
      <h4>History</h4>
      {history.isError ? (
        <ErrorNotice what="the target history" error={history.error} onRetry={() => history.refetch()} />
      ) : !history.data ? (
        <Skeleton height={48} />
      ) : history.data.targets.length === 0 ? (
        <p className="subtle">No target yet — this KPI shows “No target” until you set one.</p>
      ) : (
        <ul className="history">
          {newestFirst(history.data.targets).map((t) => (
            <li key={t.id} className="num">
              <strong>{fmt(t.value)}</strong>
              {t.band > 0 && <span> ± {fmt(t.band)}</span>} from {t.effectiveFrom}
              <span className="subtle">
                {' '}
                · {t.segment ?? 'all segments'} · set {formatLongDate(t.createdAt.slice(0, 10))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
