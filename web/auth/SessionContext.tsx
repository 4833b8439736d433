import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import type { User } from '../../shared/auth';
import { sessionOptions } from '../api/session';
import { useErrorWords } from '../i18n/useErrorWords';
import { useT } from '../i18n/useT';
import { useUserLocale } from '../i18n/useUserLocale';
import { SignInPage } from '../pages/SignInPage';

const UserContext = createContext<User | null>(null);

/** The signed-in user; only rendered inside the gate, so never null there. */
export function useUser(): User {
  const user = useContext(UserContext);
  if (!user) throw new Error('useUser outside SessionGate');
  return user;
}

/** Shows the sign-in page until someone is signed in, then the app. */
export function SessionGate({ children }: { children: ReactNode }) {
  const session = useQuery(sessionOptions());
  const t = useT();
  const words = useErrorWords();
  useUserLocale(session.data ?? null);
  if (session.isPending)
    return (
      <p className="page-status" role="status">
        {t('app.loading')}
      </p>
    );
  if (session.isError)
    return (
      <p className="page-status" role="alert">
        {t('app.unreachable', { reason: words.error(session.error) })}{' '}
        <button type="button" onClick={() => session.refetch()}>
          {t('app.retry')}
        </button>
      </p>
    );
  if (!session.data) return <SignInPage />;
  return <UserContext.Provider value={session.data}>{children}</UserContext.Provider>;
}
