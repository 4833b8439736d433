import { useEffect } from 'react';
import type { User } from '../../shared/auth';
import { useLocale } from './I18nProvider';

/** Once someone is signed in, the language saved on their account wins over this device's. */
export function useUserLocale(user: User | null): void {
  const { chosen, choose } = useLocale();
  const saved = user?.locale ?? null;
  useEffect(() => {
    if (saved && saved !== chosen) choose(saved);
  }, [saved, chosen, choose]);
}
