import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { sessionSchema } from '../../shared/auth';
import { ApiError, api } from '../api/client';
import { LanguageSelect } from '../components/LanguageSelect';
import { useErrorWords } from '../i18n/useErrorWords';
import { useT } from '../i18n/useT';

/** Email + password; the server's message (wrong password, too many attempts) shows as is. */
export function SignInPage() {
  const qc = useQueryClient();
  const t = useT();
  const words = useErrorWords();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => api('/auth/sign-in', sessionSchema, { method: 'POST', body: { email, password } }),
    onSuccess: (s) => {
      // Nothing cached for a previous person may show for this one.
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      qc.setQueryData(['session'], s.user);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  const error =
    signIn.error instanceof ApiError ? words.error(signIn.error) : signIn.error ? t('signIn.unreachable') : null;
  return (
    <main className="sign-in">
      <form onSubmit={submit} className="sign-in-card" noValidate>
        <h1>Rolecard</h1>
        <p className="muted">{t('signIn.tagline')}</p>
        <label>
          {t('signIn.email')}
          <input
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
        </label>
        <label>
          {t('signIn.password')}
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
            aria-describedby={error ? 'sign-in-error' : undefined}
          />
        </label>
        {error && (
          <p id="sign-in-error" role="alert" className="field-error">
            {error}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={signIn.isPending}>
          {signIn.isPending ? t('signIn.pending') : t('signIn.submit')}
        </button>
        <LanguageSelect />
      </form>
    </main>
  );
}
