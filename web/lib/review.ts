import type { KpiCompleteness } from '../../shared/review';
import { formatShortDate } from './format';

/**
 * The printed review's data column: "7 of 7 days", or for a gap "2 of 7 days · last 10 Mar"
 * (the stalest input's latest day), so a reader on paper sees how much of the week a number
 * rests on. `short` is true when the KPI lacks days that have passed.
 */
export function completenessText(c: KpiCompleteness): { text: string; short: boolean } {
  if (c.daysExpected === 0) return { text: 'week not started', short: false };
  if (c.lastDate === null) return { text: 'never had data', short: true };
  const days = `${c.daysWithData} of ${c.daysExpected} days`;
  if (c.daysWithData >= c.daysExpected) return { text: days, short: false };
  return { text: `${days} · last ${formatShortDate(c.lastDate)}`, short: true };
}

/** Today as the reader's computer sees it: "18 Mar 2026" for the printout's header. */
export function printedOn(now: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(now);
}
