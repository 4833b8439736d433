import { useAddNote } from '../../api/reviews';
import { useUser } from '../../auth/SessionContext';
import { useFormState } from '../../lib/useFormState';
import { Field, FormMessage } from '../Field';

interface Props {
  week: string;
  role: { key: string; name: string };
  kpis: ReadonlyArray<{ key: string; name: string }>;
}

/** Adds a note (admins) or a reply (the role's owners) to a role's week, about the role or one KPI. */
export function NoteForm({ week, role, kpis }: Props) {
  const user = useUser();
  const add = useAddNote(week);
  const f = useFormState({ kpi: '', body: '' });
  const id = `note-${role.key}`;
  const verb = user.role === 'admin' ? 'Add note' : 'Reply';
  return (
    <form
      className="note-form"
      noValidate
      aria-label={`${verb} on ${role.name}, week ${week}`}
      onSubmit={(e) => {
        e.preventDefault();
        f.submit(async () => {
          await add.mutateAsync({ role: role.key, kpi: f.values.kpi || null, body: f.values.body });
          return 'Saved.';
        }, true);
      }}
    >
      <Field id={`${id}-kpi`} label="About" error={f.errors.fields.kpi}>
        {(a) => (
          <select {...a} {...f.bind('kpi')}>
            <option value="">{role.name} as a whole</option>
            {kpis.map((k) => (
              <option key={k.key} value={k.key}>
                {k.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-body`} label={user.role === 'admin' ? 'Note' : 'Reply'} error={f.errors.fields.body}>
        {(a) => <textarea {...a} {...f.bind('body')} rows={3} maxLength={4000} />}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={add.isPending}>
        {verb}
      </button>
      <FormMessage error={f.errors.general} ok={f.ok} />
    </form>
  );
}
