import { z } from 'zod';

/** The languages the UI speaks; English is the source every other one is checked against. */
export const LOCALES = ['en', 'es', 'it', 'nl'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** Each language's own name for itself: a switch must be readable by whoever needs it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  it: 'Italiano',
  nl: 'Nederlands',
};

/**
 * The first supported language among a browser's preferences (`navigator.languages`):
 * `es-MX` → `es`, `nl-BE` → `nl`; English when none matches.
 */
export function matchLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const base = tag.toLowerCase().split('-')[0];
    const hit = LOCALES.find((l) => l === base);
    if (hit) return hit;
  }
  return 'en';
}
