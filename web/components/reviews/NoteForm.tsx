import { useAddNote } from '../../api/reviews';
import { useUser } from '../../auth/SessionContext';
import { useT } from '../../i18n/useT';
import { useFormState } from '../../lib/useFormState';
import { Field, FormMessage } from '../Field';

interface Props {
  week: string;
  role: { key: string; name: string };
  kpis: ReadonlyArray<{ key: string; name: string }>;
}

/** Adds a note (admins) or a reply (the role's owners) to a role's week, about the role or one KPI. */
export function NoteForm({ week, role, kpis }: Props) {
  const t = useT();
  const user = useUser();
  const add = useAddNote(week);
  const f = useFormState({ kpi: '', body: '' });
  const id = `note-${role.key}`;
  const kind = user.role === 'admin' ? 'note' : 'reply';
  return (
    <form
      className="note-form"
      noValidate
      aria-label={t('reviews.form.label', { kind, role: role.name, week })}
      onSubmit={(e) => {
        e.preventDefault();
        f.submit(async () => {
          await add.mutateAsync({ role: role.key, kpi: f.values.kpi || null, body: f.values.body });
          return t('reviews.form.saved');
        }, true);
      }}
    >
      <Field id={`${id}-kpi`} label={t('reviews.form.about')} error={f.errors.fields.kpi}>
        {(a) => (
          <select {...a} {...f.bind('kpi')}>
            <option value="">{t('reviews.form.wholeRole', { role: role.name })}</option>
            {kpis.map((k) => (
              <option key={k.key} value={k.key}>
                {k.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-body`} label={t('reviews.note.kind', { kind })} error={f.errors.fields.body}>
        {(a) => <textarea {...a} {...f.bind('body')} rows={3} maxLength={4000} />}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={add.isPending}>
        {t('reviews.form.submit', { kind })}
      </button>
      <FormMessage error={f.errors.general} ok={f.ok} />
    </form>
  );
}
