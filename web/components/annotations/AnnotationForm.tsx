import { can } from '../../../shared/access';
import { BUSINESS_WIDE } from '../../../shared/annotations';
import { useAddAnnotation } from '../../api/annotations';
import { useUser } from '../../auth/SessionContext';
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
          return `“${v.title}” is marked on the charts it relates to.`;
        }, true);
      }}
    >
      <h2 id="add-annotation">Mark an event</h2>
      <p className="subtle">A campaign launch, a site release, a stock-out… shown on every related chart.</p>
      <Field id="annotation-title" label="What happened" error={err.title}>
        {(a) => <input {...a} {...f.bind('title')} maxLength={120} />}
      </Field>
      <div className="annotation-days-fields">
        <Field id="annotation-start" label="First day" error={err.start}>
          {(a) => <input {...a} {...f.bind('start')} type="date" />}
        </Field>
        <Field id="annotation-end" label="Last day (optional)" error={err.end}>
          {(a) => <input {...a} {...f.bind('end')} type="date" min={f.values.start} />}
        </Field>
      </div>
      <Field id="annotation-scope" label="Applies to" error={err.roles ?? err.kpis ?? err['kpis.0']}>
        {(a) => (
          <select {...a} {...f.bind('scope')}>
            <option value={WHOLE_ROLE}>All of {role.name}</option>
            {kpis.map((k) => (
              <option key={k.key} value={k.key}>
                {k.name} only
              </option>
            ))}
            {can.annotate(user, [BUSINESS_WIDE]) && <option value={BUSINESS}>The whole business</option>}
          </select>
        )}
      </Field>
      <Field id="annotation-note" label="Note (optional)" error={err.note}>
        {(a) => <textarea {...a} {...f.bind('note')} rows={2} maxLength={2000} />}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={add.isPending}>
        Mark event
      </button>
      <FormMessage error={f.errors.general} ok={f.ok} />
    </form>
  );
}
