import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { afterEach, expect, test } from 'vitest';
import type { Locale } from '../../shared/locales';
import type { ReviewNote } from '../../shared/reviews';
import { NoteMeta } from '../../web/components/reviews/NoteItem';
import { setActiveLocale } from '../../web/i18n/active';
import { loadMessages } from '../../web/i18n/load';
import { formatDateTime } from '../../web/lib/format';
import { translator } from '../helpers/translator';

afterEach(() => setActiveLocale('en'));

/** Intl may put no-break or narrow spaces in dates; the assertions read plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

test('a review time reads in the installation zone, in each language', () => {
  // 23:30 UTC on 18 March is 00:30 on the 19th in Madrid (CET, UTC+1, before the March change).
  const iso = '2026-03-18T23:30:00Z';
  expect(formatDateTime(iso, 'en', 'UTC')).toBe('18 Mar 2026, 23:30');
  expect(formatDateTime(iso, 'en', 'Europe/Madrid')).toBe('19 Mar 2026, 00:30');
  expect(plain(formatDateTime(iso, 'es', 'Europe/Madrid'))).toBe('19 mar 2026, 0:30');
  expect(plain(formatDateTime(iso, 'nl', 'Europe/Madrid'))).toBe('19 mrt 2026, 00:30');
});

const reply: ReviewNote = {
  id: 7,
  week: '2026-W11',
  role: 'customer_service',
  kpi: 'first_response_time',
  kind: 'reply',
  body: 'Two temps start on Monday.',
  author: { id: 3, name: 'Sofia Service' },
  createdAt: '2026-03-16T08:30:00Z',
  updatedAt: null,
};

async function meta(locale: Locale, note: ReviewNote): Promise<string> {
  setActiveLocale(locale);
  const messages = await loadMessages(locale);
  const html = renderToStaticMarkup(
    createElement(
      IntlProvider,
      { locale, messages },
      createElement(NoteMeta, { note, kpiName: 'First response time', timeZone: 'Europe/Madrid' }),
    ),
  );
  return plain(html.replace(/<[^>]+>/g, ''));
}

test.each([
  // 08:30 UTC is 09:30 in Madrid on 16 March.
  ['en', reply, 'Reply Sofia Service · 16 Mar 2026, 09:30First response time'],
  ['es', reply, 'Respuesta Sofia Service · 16 mar 2026, 9:30First response time'],
  ['es', { ...reply, kind: 'note' as const }, 'Nota Sofia Service · 16 mar 2026, 9:30First response time'],
  ['it', reply, 'Risposta Sofia Service · 16 mar 2026, 09:30First response time'],
  ['nl', reply, 'Reactie Sofia Service · 16 mrt 2026, 09:30First response time'],
] as const)('%s: a note’s line reads "%s"', async (locale, note, text) => {
  expect(await meta(locale, note)).toBe(text);
});

test.each([
  ['en', 1, '1 note', '1 KPI changed since review'],
  ['en', 3, '3 notes', '3 KPIs changed since review'],
  ['es', 1, '1 nota', '1 KPI ha cambiado desde la revisión'],
  ['es', 3, '3 notas', '3 KPI han cambiado desde la revisión'],
  ['it', 3, '3 note', '3 KPI cambiati dopo la revisione'],
  ['nl', 3, '3 notities', '3 KPI’s gewijzigd sinds de review'],
] as const)('%s: %i notes and changed KPIs are "%s", "%s"', async (locale, count, notes, changed) => {
  const t = await translator(locale);
  expect(t('reviews.card.count', { count })).toBe(notes);
  expect(t('reviews.bar.changed', { count })).toBe(changed);
});
