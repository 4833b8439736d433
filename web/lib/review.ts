import type { KpiCompleteness } from '../../shared/review';
import { activeLocale } from '../i18n/active';
import type { MessageKey } from '../i18n/messages/en';
import { formatLongDate, formatShortDate } from './format';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * The printed review's data column: "7 of 7 days", or for a gap "2 of 7 days · last 10 Mar"
 * (the stalest input's latest day), so a reader on paper sees how much of the week a number
 * rests on. `short` is true when the KPI lacks days that have passed.
 */
export function completenessText(
  c: KpiCompleteness,
  t: Translate,
  locale: string = activeLocale(),
): { text: string; short: boolean } {
  if (c.daysExpected === 0) return { text: t('reviewPrint.data.notStarted'), short: false };
  if (c.lastDate === null) return { text: t('reviewPrint.data.never'), short: true };
  const days = { withData: c.daysWithData, expected: c.daysExpected };
  if (c.daysWithData >= c.daysExpected) return { text: t('reviewPrint.data.days', days), short: false };
  return { text: t('reviewPrint.data.daysLast', { ...days, date: formatShortDate(c.lastDate, locale) }), short: true };
}

/** Today as the reader's computer sees it: "18 Mar 2026" for the printout's header. */
export function printedOn(now: Date, locale: string = activeLocale()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  // The local calendar day, as the UTC-midnight date string the date formatters take.
  return formatLongDate(`${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`, locale);
}
