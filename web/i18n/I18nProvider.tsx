import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { type Locale, localeSchema, matchLocale } from '../../shared/locales';
import { setActiveLocale } from './active';
import { loadMessages } from './load';
import { en, type Messages } from './messages/en';

const STORAGE_KEY = 'rolecard.locale';

interface LocaleState {
  /** The language shown. */
  locale: Locale;
  /** What the person chose; null follows the browser. */
  chosen: Locale | null;
  /** The browser's own preference among the four. */
  browser: Locale;
  choose: (locale: Locale | null) => void;
}

const LocaleContext = createContext<LocaleState | null>(null);

export function useLocale(): LocaleState {
  const s = useContext(LocaleContext);
  if (!s) throw new Error('useLocale outside I18nProvider');
  return s;
}

const browserLocale = (): Locale =>
  typeof navigator === 'undefined' ? 'en' : matchLocale(navigator.languages ?? [navigator.language]);

function storedChoice(): Locale | null {
  try {
    const parsed = localeSchema.safeParse(localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // storage disabled: follow the browser
  }
}

/**
 * The UI language: the person's choice (kept on this device, and on their account by the user
 * menu), else the browser's. A language's messages load before its first paint, so nothing
 * flashes in English; the tree remounts on a switch so every formatted number follows.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState<Locale | null>(storedChoice);
  const browser = useMemo(browserLocale, []);
  const wanted = chosen ?? browser;
  const [loaded, setLoaded] = useState<{ locale: Locale; messages: Messages } | null>(
    wanted === 'en' ? { locale: 'en', messages: en } : null,
  );
  useEffect(() => {
    let live = true;
    loadMessages(wanted).then((messages) => live && setLoaded({ locale: wanted, messages }));
    return () => {
      live = false;
    };
  }, [wanted]);
  const choose = useCallback((locale: Locale | null) => {
    setChosen(locale);
    try {
      if (locale) localStorage.setItem(STORAGE_KEY, locale);
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // storage disabled: the choice lasts for this page
    }
  }, []);
  if (!loaded) return null;
  setActiveLocale(loaded.locale);
  return (
    <LocaleContext.Provider value={{ locale: loaded.locale, chosen, browser, choose }}>
      <IntlProvider key={loaded.locale} locale={loaded.locale} messages={loaded.messages} defaultLocale="en">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
