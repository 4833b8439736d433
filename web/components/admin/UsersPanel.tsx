import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { z } from 'zod';
import { createUserSchema, type User, type UserRole, userSchema } from '../../../shared/auth';
import { usersOptions } from '../../api/admin';
import { api } from '../../api/client';
import { catalogOptions } from '../../api/queries';
import { fieldErrors } from './fieldErrors';

const ROLES: UserRole[] = ['admin', 'owner', 'analyst', 'viewer'];

/** Admins add people, set what they may do and which business roles they own, and reset passwords. */
export function UsersPanel() {
  const qc = useQueryClient();
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
  const errors = { ...fieldErrors(create.error), ...clientErrors };
  const roles = catalog.data?.roles ?? [];

  return (
    <section aria-labelledby="users-heading" className="panel">
      <h2 id="users-heading">People</h2>
      {users.isError && <p role="alert">Could not load users: {users.error.message}</p>}
      {update.error && <p role="alert">{fieldErrors(update.error)._ ?? Object.values(fieldErrors(update.error))[0]}</p>}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Access</th>
              <th scope="col">Owns</th>
              <th scope="col">Status</th>
              <th scope="col">Password</th>
            </tr>
          </thead>
          <tbody>
            {users.data?.users.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>
                  <select
                    aria-label={`Access for ${u.email}`}
                    value={u.role}
                    onChange={(e) => update.mutate({ id: u.id, patch: { role: e.target.value as UserRole } })}
                  >
                    {ROLES.map((r) => (
                      <option key={r}>{r}</option>
                    ))}
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
                    active
                  </label>
                </td>
                <td>
                  <button
                    className="btn"
                    type="button"
                    onClick={() => {
                      const password = window.prompt(`New password for ${u.email} (at least 10 characters)`);
                      if (password) reset.mutate({ id: u.id, password });
                    }}
                  >
                    Reset
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {reset.isSuccess && <p role="status">Password reset; that person’s sessions were signed out.</p>}
      {reset.error && <p role="alert">{Object.values(fieldErrors(reset.error))[0]}</p>}

      <form onSubmit={submit} className="inline-form" noValidate>
        <h3>Add a person</h3>
        {(['name', 'email', 'password'] as const).map((f) => (
          <label key={f}>
            {f === 'name' ? 'Name' : f === 'email' ? 'Email' : 'First password'}
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
          Access
          <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as UserRole })}>
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        {draft.role === 'owner' && (
          <fieldset>
            <legend>Owns</legend>
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
          Add person
        </button>
      </form>
    </section>
  );
}
