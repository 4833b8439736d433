import { useId } from 'react';
import { LOCALE_NAMES, LOCALES, type Locale, localeSchema } from '../../shared/locales';
import { useLocale } from '../i18n/I18nProvider';
import { useT } from '../i18n/useT';

/**
 * The UI language: "browser default" or one of the four, each named in its own language.
 * `onChoose` lets the user menu also keep the choice on the person's account.
 */
export function LanguageSelect({ onChoose }: { onChoose?: (locale: Locale | null) => void }) {
  const { chosen, browser, choose } = useLocale();
  const t = useT();
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id}>{t('userMenu.language')}</label>
      <select
        id={id}
        value={chosen ?? ''}
        onChange={(e) => {
          const parsed = localeSchema.safeParse(e.target.value);
          const next = parsed.success ? parsed.data : null;
          onChoose?.(next);
          choose(next);
        }}
      >
        <option value="">{t('userMenu.languageBrowser', { language: LOCALE_NAMES[browser] })}</option>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
