import { can } from '../../../shared/access';
import { BUSINESS_WIDE } from '../../../shared/annotations';
import { useAddAnnotation } from '../../api/annotations';
import { useUser } from '../../auth/SessionContext';
import { useT } from '../../i18n/useT';
import { useFormState } from '../../lib/useFormState';
import { Field, FormMessage } from '../Field';
import './annotations.css';

interface Props {
  role: { key: string; name: string };
  kpis: ReadonlyArray<{ key: string; name: string }>;
  /** Prefilled first day (the end of the range shown). */
  day: string;
}

const WHOLE_ROLE = '';
const BUSINESS = '*';

/**
 * Marks an event on the role's charts: a day or a range, tied to the whole role, one of its
 * KPIs, or (admins and analysts) the whole business. Hidden from people who may not add one.
 */
export function AnnotationForm({ role, kpis, day }: Props) {
  const t = useT();
  const user = useUser();
  const add = useAddAnnotation();
  const f = useFormState({ title: '', start: day, end: '', note: '', scope: WHOLE_ROLE });
  if (!can.annotate(user, [role.key])) return null;
  const err = f.errors.fields;
  return (
    <form
      className="card form-card annotation-form"
      noValidate
      aria-labelledby="add-annotation"
      onSubmit={(e) => {
        e.preventDefault();
        const { scope, end, ...v } = f.values;
        f.submit(async () => {
          await add.mutateAsync({
            ...v,
            end: end || undefined,
            roles: scope === WHOLE_ROLE ? [role.key] : [],
            kpis: scope === WHOLE_ROLE || scope === BUSINESS ? [] : [scope],
          });
          return t('annotations.form.saved', { title: v.title });
        }, true);
      }}
    >
      <h2 id="add-annotation">{t('annotations.form.title')}</h2>
      <p className="subtle">{t('annotations.form.intro')}</p>
      <Field id="annotation-title" label={t('annotations.form.what')} error={err.title}>
        {(a) => <input {...a} {...f.bind('title')} maxLength={120} />}
      </Field>
      <div className="annotation-days-fields">
        <Field id="annotation-start" label={t('annotations.form.start')} error={err.start}>
          {(a) => <input {...a} {...f.bind('start')} type="date" />}
        </Field>
        <Field id="annotation-end" label={t('annotations.form.end')} error={err.end}>
          {(a) => <input {...a} {...f.bind('end')} type="date" min={f.values.start} />}
        </Field>
      </div>
      <Field id="annotation-scope" label={t('annotations.form.scope')} error={err.roles ?? err.kpis ?? err['kpis.0']}>
        {(a) => (
          <select {...a} {...f.bind('scope')}>
            <option value={WHOLE_ROLE}>{t('annotations.form.wholeRole', { role: role.name })}</option>
            {kpis.map((k) => (
              <option key={k.key} value={k.key}>
                {t('annotations.form.kpiOnly', { kpi: k.name })}
              </option>
            ))}
            {can.annotate(user, [BUSINESS_WIDE]) && <option value={BUSINESS}>{t('annotations.form.business')}</option>}
          </select>
        )}
      </Field>
      <Field id="annotation-note" label={t('annotations.form.note')} error={err.note}>
        {(a) => <textarea {...a} {...f.bind('note')} rows={2} maxLength={2000} />}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={add.isPending}>
        {t('annotations.form.submit')}
      </button>
      <FormMessage error={f.errors.general} ok={f.ok} />
    </form>
  );
}
