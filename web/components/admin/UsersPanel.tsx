import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { z } from 'zod';
import { createUserSchema, passwordSchema, type User, type UserRole, userSchema } from '../../../shared/auth';
import { usersOptions } from '../../api/admin';
import { api } from '../../api/client';
import { catalogOptions } from '../../api/queries';
import type { MessageKey } from '../../i18n/messages/en';
import { useErrorWords } from '../../i18n/useErrorWords';
import { useT } from '../../i18n/useT';
import { fieldErrors } from './fieldErrors';

const ROLES: UserRole[] = ['admin', 'owner', 'analyst', 'viewer'];
const FIELD_LABEL = {
  name: 'admin.name',
  email: 'admin.people.email',
  password: 'admin.people.firstPassword',
} as const satisfies Record<string, MessageKey>;

/** Admins add people, set what they may do and which business roles they own, and reset passwords. */
export function UsersPanel() {
  const qc = useQueryClient();
  const t = useT();
  const words = useErrorWords();
  const users = useQuery(usersOptions());
  const catalog = useQuery(catalogOptions());
  const [draft, setDraft] = useState({
    email: '',
    name: '',
    role: 'viewer' as UserRole,
    owns: [] as string[],
    password: '',
  });
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: () => api('/users', userSchema, { method: 'POST', body: draft }),
    onSuccess: () => {
      setDraft({ email: '', name: '', role: 'viewer', owns: [], password: '' });
      qc.invalidateQueries({ queryKey: ['users'] });
      qc.invalidateQueries({ queryKey: ['audit'] });
    },
  });
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: Partial<Pick<User, 'role' | 'owns' | 'disabled'>> }) =>
      api(`/users/${id}`, userSchema, { method: 'PATCH', body: patch }),
    onSettled: () => {
      qc.invalidateQueries({ queryKey: ['users'] });
      qc.invalidateQueries({ queryKey: ['audit'] });
    },
  });
  const reset = useMutation({
    mutationFn: ({ id, password }: { id: number; password: string }) =>
      api(`/users/${id}/password`, z.null(), { method: 'POST', body: { password } }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = createUserSchema.safeParse(draft);
    setClientErrors(
      parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])),
    );
    if (parsed.success) create.mutate();
  };
  const errors = { ...fieldErrors(create.error, t, words), ...clientErrors };
  const updateErrors = fieldErrors(update.error, t, words);
  const roles = catalog.data?.roles ?? [];
  const roleOptions = ROLES.map((r) => (
    <option key={r} value={r}>
      {t(`userRole.${r}`)}
    </option>
  ));

  return (
    <section aria-labelledby="users-heading" className="panel">
      <h2 id="users-heading">{t('admin.people.title')}</h2>
      {users.isError && <p role="alert">{t('admin.people.loadFailed', { reason: words.error(users.error) })}</p>}
      {update.error && <p role="alert">{updateErrors._ ?? Object.values(updateErrors)[0]}</p>}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.people.email')}</th>
              <th scope="col">{t('admin.people.access')}</th>
              <th scope="col">{t('admin.people.owns')}</th>
              <th scope="col">{t('admin.people.status')}</th>
              <th scope="col">{t('admin.people.password')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data?.users.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>
                  <select
                    aria-label={t('admin.people.accessFor', { email: u.email })}
                    value={u.role}
                    onChange={(e) => update.mutate({ id: u.id, patch: { role: e.target.value as UserRole } })}
                  >
                    {roleOptions}
                  </select>
                </td>
                <td>{u.owns.map((k) => roles.find((r) => r.key === k)?.name ?? k).join(', ') || '—'}</td>
                <td>
                  <label>
                    <input
                      type="checkbox"
                      checked={!u.disabled}
                      onChange={(e) => update.mutate({ id: u.id, patch: { disabled: !e.target.checked } })}
                    />{' '}
                    {t('admin.people.active')}
                  </label>
                </td>
                <td>
                  <button
                    className="btn"
                    type="button"
                    onClick={() => {
                      const password = window.prompt(
                        t('admin.people.resetPrompt', { email: u.email, min: passwordSchema.minLength }),
                      );
                      if (password) reset.mutate({ id: u.id, password });
                    }}
                  >
                    {t('admin.people.reset')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {reset.isSuccess && <p role="status">{t('admin.people.resetDone')}</p>}
      {reset.error && <p role="alert">{Object.values(fieldErrors(reset.error, t, words))[0]}</p>}

      <form onSubmit={submit} className="inline-form" noValidate>
        <h3>{t('admin.people.add')}</h3>
        {(['name', 'email', 'password'] as const).map((f) => (
          <label key={f}>
            {t(FIELD_LABEL[f])}
            <input
              type={f === 'password' ? 'password' : f === 'email' ? 'email' : 'text'}
              value={draft[f]}
              onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
              aria-invalid={Boolean(errors[f])}
              aria-describedby={errors[f] ? `user-${f}-error` : undefined}
            />
            {errors[f] && (
              <span id={`user-${f}-error`} className="field-error">
                {errors[f]}
              </span>
            )}
          </label>
        ))}
        <label>
          {t('admin.people.access')}
          <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as UserRole })}>
            {roleOptions}
          </select>
        </label>
        {draft.role === 'owner' && (
          <fieldset>
            <legend>{t('admin.people.owns')}</legend>
            {roles.map((r) => (
              <label key={r.key}>
                <input
                  type="checkbox"
                  checked={draft.owns.includes(r.key)}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      owns: e.target.checked ? [...draft.owns, r.key] : draft.owns.filter((k) => k !== r.key),
                    })
                  }
                />{' '}
                {r.name}
              </label>
            ))}
          </fieldset>
        )}
        {errors._ && <p className="field-error">{errors._}</p>}
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {t('admin.people.submit')}
        </button>
      </form>
    </section>
  );
}
