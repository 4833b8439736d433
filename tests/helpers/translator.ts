import { createIntl } from 'react-intl';
import type { Locale } from '../../shared/locales';
import { loadMessages } from '../../web/i18n/load';
import type { MessageKey } from '../../web/i18n/messages/en';

/** `t` as components get it from useT, for one language, outside React. */
export async function translator(locale: Locale) {
  const intl = createIntl({ locale, messages: await loadMessages(locale) });
  return (id: MessageKey, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
}
