import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { z } from 'zod';
import { changePasswordSchema } from '../../shared/auth';
import { api } from '../api/client';
import { useErrorWords } from '../i18n/useErrorWords';
import { useT } from '../i18n/useT';
import { fieldErrors } from './admin/fieldErrors';

/** Change your own password; other devices signed in as you are signed out. */
export function ChangePasswordForm() {
  const t = useT();
  const words = useErrorWords();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [clientError, setClientError] = useState<Record<string, string>>({});
  const change = useMutation({
    mutationFn: () => api('/auth/password', z.null(), { method: 'POST', body: { current, password } }),
    onSuccess: () => {
      setCurrent('');
      setPassword('');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = changePasswordSchema.safeParse({ current, password });
    setClientError(
      parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])),
    );
    if (parsed.success) change.mutate();
  };
  const errors = { ...fieldErrors(change.error, t, words), ...clientError };
  return (
    <form onSubmit={submit} className="stack-form" noValidate>
      <label>
        {t('password.current')}
        <input
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
        {errors.current && <span className="field-error">{errors.current}</span>}
      </label>
      <label>
        {t('password.new')}
        <input
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {errors.password && <span className="field-error">{errors.password}</span>}
      </label>
      {change.isSuccess && <p role="status">{t('password.changed')}</p>}
      <button type="submit" className="btn btn-primary" disabled={change.isPending}>
        {t('password.submit')}
      </button>
    </form>
  );
}
