import { useQuery } from '@tanstack/react-query';
import type { Kpi, Target } from '../../shared/schemas';
import { useSetTarget } from '../api/mutations';
import { catalogOptions, targetsOptions } from '../api/queries';
import { T, useT } from '../i18n/useT';
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
  const t = useT();
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
              const saved = await setTarget.mutateAsync({
                kpi: kpi.key,
                value: fromInput(f.values.value, kpi.unit),
                band: f.values.band.trim() === '' ? 0 : fromInput(f.values.band, kpi.unit),
                effectiveFrom: f.values.effectiveFrom,
                segment: f.values.segment || null,
              });
              return t('catalog.target.saved', { value: fmt(saved.value), week: saved.effectiveFrom });
            });
          }}
        >
          <Field
            id={id('value')}
            label={u.suffix ? t('catalog.target.valueIn', { unit: u.suffix }) : t('catalog.target.value')}
            hint={t('catalog.target.better', { direction: kpi.direction })}
            error={f.errors.fields.value}
          >
            {(a) => <input {...a} {...f.bind('value')} inputMode="decimal" required />}
          </Field>
          <Field
            id={id('band')}
            label={
              kpi.unit === 'percent'
                ? t('catalog.target.bandPoints')
                : u.suffix
                  ? t('catalog.target.bandIn', { unit: u.suffix })
                  : t('catalog.target.band')
            }
            hint={t('catalog.target.bandHint')}
            error={f.errors.fields.band}
          >
            {(a) => <input {...a} {...f.bind('band')} inputMode="decimal" placeholder="0" />}
          </Field>
          <Field id={id('week')} label={t('catalog.target.week')} error={f.errors.fields.effectiveFrom}>
            {(a) => <input {...a} {...f.bind('effectiveFrom')} type="week" required />}
          </Field>
          <Field id={id('segment')} label={t('catalog.target.segment')} error={f.errors.fields.segment}>
            {(a) => (
              <select {...a} {...f.bind('segment')}>
                <option value="">{t('catalog.target.allSegments')}</option>
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
              {setTarget.isPending ? t('catalog.target.saving') : t('catalog.target.submit')}
            </button>
          </div>
          <FormMessage error={f.errors.general} ok={f.ok} />
        </form>
      )}
      <h4>{t('catalog.target.history')}</h4>
      {history.isError ? (
        <ErrorNotice what={t('catalog.target.historyWhat')} error={history.error} onRetry={() => history.refetch()} />
      ) : !history.data ? (
        <Skeleton height={48} label={t('app.loading')} />
      ) : history.data.targets.length === 0 ? (
        <p className="subtle">{t('catalog.target.none')}</p>
      ) : (
        <ul className="history">
          {newestFirst(history.data.targets).map((target) => (
            <li key={target.id} className="num">
              <T
                id={target.band > 0 ? 'catalog.target.entryBand' : 'catalog.target.entry'}
                values={{
                  value: fmt(target.value),
                  band: fmt(target.band),
                  week: target.effectiveFrom,
                  segment: target.segment ?? t('catalog.target.entryAllSegments'),
                  date: formatLongDate(target.createdAt.slice(0, 10)),
                  strong: (s) => <strong>{s}</strong>,
                  muted: (s) => <span className="subtle">{s}</span>,
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
