import type { Locale } from '../../shared/locales';

/*
 * The language the app is showing, for the plain formatting functions in lib/format.ts
 * (numbers, money, dates): they are called from pure helpers far from React context, and
 * the provider remounts the tree on a switch, so everything re-renders with the new one.
 */
let active: Locale = 'en';

export const activeLocale = (): Locale => active;

export function setActiveLocale(locale: Locale): void {
  active = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
