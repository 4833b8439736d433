import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { sessionSchema } from '../../shared/auth';
import type { Locale } from '../../shared/locales';
import { api } from '../api/client';
import { useUser } from '../auth/SessionContext';
import { useT } from '../i18n/useT';
import { ChangePasswordForm } from './ChangePasswordForm';
import { LanguageSelect } from './LanguageSelect';

/** Who is signed in, and signing out. */
export function UserMenu() {
  const user = useUser();
  const qc = useQueryClient();
  const t = useT();
  const saveLocale = useMutation({
    mutationFn: (locale: Locale | null) =>
      api('/auth/preferences', sessionSchema, { method: 'PATCH', body: { locale } }),
    // The account's language is what the session says; set it now so it never pulls the
    // page back to the old one while the request is on its way.
    onMutate: (locale) => qc.setQueryData(['session'], { ...user, locale }),
    onSuccess: (s) => qc.setQueryData(['session'], s.user),
  });
  const signOut = useMutation({
    mutationFn: () => api('/auth/sign-out', z.null(), { method: 'POST' }),
    onSettled: () => {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      qc.setQueryData(['session'], null);
    },
  });
  return (
    <details className="user-menu">
      <summary aria-label={t('userMenu.account', { name: user.name })}>{user.name}</summary>
      <div className="user-menu-panel">
        <p>
          <strong>{user.email}</strong>
          <br />
          {t(`userRole.${user.role}`)}
          {user.owns.length > 0 && ` · ${t('userMenu.owns', { roles: user.owns.join(', ') })}`}
        </p>
        <LanguageSelect onChoose={(l) => saveLocale.mutate(l)} />
        <details>
          <summary>{t('userMenu.changePassword')}</summary>
          <ChangePasswordForm />
        </details>
        <button type="button" className="btn" onClick={() => signOut.mutate()}>
          {t('userMenu.signOut')}
        </button>
      </div>
    </details>
  );
}
