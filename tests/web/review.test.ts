import { expect, test } from 'vitest';
import { counterContent } from '../../web/components/review/PrintPageMargins.js';
import { completenessText, printedOn } from '../../web/lib/review.js';
import { translator } from '../helpers/translator';

const t = await translator('en');
const es = await translator('es');

test.each([
  [
    { daysWithData: 7, daysExpected: 7, lastDate: '2026-03-15' },
    { text: '7 of 7 days', short: false },
  ],
  [
    { daysWithData: 2, daysExpected: 7, lastDate: '2026-03-10' },
    { text: '2 of 7 days · last 10 Mar', short: true },
  ],
  // The current week on a Wednesday: Monday and Tuesday have passed.
  [
    { daysWithData: 2, daysExpected: 2, lastDate: '2026-03-17' },
    { text: '2 of 2 days', short: false },
  ],
  [
    { daysWithData: 0, daysExpected: 7, lastDate: null },
    { text: 'never had data', short: true },
  ],
  [
    { daysWithData: 0, daysExpected: 0, lastDate: '2026-03-01' },
    { text: 'week not started', short: false },
  ],
])('completeness %j → %j', (c, expected) => {
  expect(completenessText(c, t, 'en')).toEqual(expected);
});

test('the print date is the local calendar day, day month year', () => {
  // Local noon, so no time zone the test machine might use moves it to another day.
  expect(printedOn(new Date(2026, 2, 18, 12))).toBe('18 Mar 2026');
});

test('in Spanish: the data column, the health line and the print date', () => {
  expect(completenessText({ daysWithData: 2, daysExpected: 7, lastDate: '2026-03-10' }, es, 'es')).toEqual({
    text: '2 de 7 días · último: 10 mar',
    short: true,
  });
  expect(completenessText({ daysWithData: 0, daysExpected: 0, lastDate: null }, es, 'es').text).toBe(
    'semana sin empezar',
  );
  // KPI is invariable in Spanish; English says "1 KPI", "5 KPIs".
  expect(es('reviewPrint.health', { green: 3, withTarget: 4, total: 5 })).toBe('3 de 4 en objetivo · 5 KPI');
  expect(es('reviewPrint.health', { green: 0, withTarget: 0, total: 1 })).toBe('Sin objetivos · 1 KPI');
  expect(t('reviewPrint.health', { green: 0, withTarget: 0, total: 1 })).toBe('No targets set · 1 KPI');
  expect(printedOn(new Date(2026, 2, 18, 12), 'es')).toBe('18 mar 2026');
});

test('the printed page footer keeps each translation’s word order around the page counters', () => {
  const footer = (tr: typeof t) => counterContent(tr('reviewPrint.footer.page', { page: '\uE000', pages: '\uE001' }));
  expect(footer(es)).toBe('"Página " counter(page) " de " counter(pages)');
  expect(footer(t)).toBe('"Page " counter(page) " of " counter(pages)');
});
