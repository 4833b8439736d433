import { describe, expect, test } from 'vitest';
import { detectDateFormats, parseDate } from '../../server/csv/dates.js';
import { isTotalsLabel, matchTarget } from '../../server/csv/headers.js';
import { detectRateAs } from '../../server/csv/mapping.js';
import { detectNumberLocale, parseDuration, parseNumber } from '../../server/csv/numbers.js';
import { getCatalog, seedCatalog } from '../../server/db/catalog.js';
import { migrate } from '../../server/db/migrate.js';
import { openDb } from '../../server/db/open.js';
import { defaultCatalog } from '../../shared/catalog.js';

describe('numbers', () => {
  test.each([
    ['1,234.5', 'dot', 1234.5],
    ['1.234,5', 'comma', 1234.5],
    ['$1,204.50', 'dot', 1204.5],
    ['1.204,50 €', 'comma', 1204.5],
    ['EUR 12', 'dot', 12],
    ['-$30.00', 'dot', -30],
    ['(12.50)', 'dot', -12.5],
    ['1 234,5', 'comma', 1234.5],
    ['1\u00a0234,5', 'comma', 1234.5],
    ['0.670124481', 'dot', 0.670124481],
    ['1234', 'comma', 1234],
  ] as const)('%s read %s-decimal is %d', (raw, locale, value) => {
    expect(parseNumber(raw, locale)).toEqual({ value, percent: false });
  });

  test('percent sign is kept as a flag; bad cells say why', () => {
    expect(parseNumber('45.3%', 'dot')).toEqual({ value: 45.3, percent: true });
    expect(parseNumber('1.2k', 'dot')).toEqual({
      code: 'not_a_number',
      params: { value: '1.2k' },
      message: '"1.2k" is not a number',
    });
    expect(parseNumber('1.234,5', 'dot')).toMatchObject({
      code: 'wrong_number_style',
      params: { value: '1.234,5', locale: 'dot' },
      message: expect.stringContaining('1.234,5-style'),
    });
    expect(parseNumber('  ', 'dot')).toBeNull();
  });

  test.each([
    [['1,5', '2,25', '1.234'], ',', 'comma'],
    [['1.5', '1,234.56'], ',', 'dot'],
    [['1,234', '12'], ';', 'comma'],
    [['1,234', '12'], ',', 'dot'],
  ] as const)('locale of %j with %s is %s', (cells, delimiter, locale) => {
    expect(detectNumberLocale(cells, delimiter)).toBe(locale);
  });

  test.each([
    ['01:30:00', 5400],
    ['2:05', 125],
    ['90', 90],
  ] as const)('duration %s is %d s', (raw, s) => {
    expect(parseDuration(raw, 'dot')).toBe(s);
  });
  test('duration in minutes when the column says so', () => {
    expect(parseDuration('2.5', 'dot', 'minutes')).toBe(150);
  });
  test('rates: % or any value above 1 means percents', () => {
    expect(detectRateAs(['0.67', '0.5'])).toBe('fraction');
    expect(detectRateAs(['45.3', '0.5'])).toBe('percent');
    expect(detectRateAs(['0.5%'])).toBe('percent');
  });
});

describe('dates', () => {
  test.each([
    ['2026-03-02', 'ymd', '2026-03-02'],
    ['20260302', 'ymd_compact', '2026-03-02'],
    ['02/03/2026', 'dmy', '2026-03-02'],
    ['02/03/2026', 'mdy', '2026-02-03'],
    ['14.03.2026', 'dmy', '2026-03-14'],
  ] as const)('%s as %s is %s', (raw, f, day) => {
    expect(parseDate(raw, f, 'UTC')).toEqual({ day, period: null });
  });

  test('timestamps with offsets become days in the configured zone, across DST', () => {
    // 23:30 UTC on 25 Oct 2025 is 01:30 on the 26th in Madrid (CEST, +2)
    expect(parseDate('2025-10-25 23:30:00 +0000', 'timestamp', 'Europe/Madrid')).toMatchObject({ day: '2025-10-26' });
    // after the change back (CET, +1): 22:30 UTC on the 26th is still the 26th, 23:30 is the 27th
    expect(parseDate('2025-10-26 22:30:00 +0000', 'timestamp', 'Europe/Madrid')).toMatchObject({ day: '2025-10-26' });
    expect(parseDate('2025-10-26 23:30:00 +0000', 'timestamp', 'Europe/Madrid')).toMatchObject({ day: '2025-10-27' });
    expect(parseDate('2025-12-07 19:08:25 -0800', 'timestamp', 'UTC')).toMatchObject({ day: '2025-12-08' });
  });

  test('weeks and months list their days', () => {
    const w = parseDate('2026-W07', 'week', 'UTC');
    expect(w).toMatchObject({ day: '2026-02-09', period: 'week' });
    expect(!('code' in w) && w.period ? w.days : []).toHaveLength(7);
    const m = parseDate('2026-02', 'month', 'UTC');
    expect(!('code' in m) && m.period ? m.days : []).toHaveLength(28);
  });

  test('ambiguous day/month is both candidates; a day above 12 decides', () => {
    expect(detectDateFormats(['02/03/2026', '04/05/2026'])).toEqual(['dmy', 'mdy']);
    expect(detectDateFormats(['02/03/2026', '13/05/2026'])).toEqual(['dmy']);
    expect(detectDateFormats(['05/13/2026', '02/03/2026'])).toEqual(['mdy']);
  });
});

describe('headers', () => {
  const db = openDb(':memory:');
  migrate(db);
  seedCatalog(db, defaultCatalog);
  const snap = getCatalog(db);
  test.each([
    ['Sessions', 'sessions'],
    ['  SESSIONS ', 'sessions'],
    ['Bounce rate', 'bounce_rate'],
    ['Avg. order value', 'aov'],
    ['Average order value', 'aov'],
    ['Conversions', 'orders'],
    ['Key events', 'orders'],
    ['Engagement rate', 'bounce_rate'],
    ['Satisfied ratings', 'csat_satisfied'],
    ['Fulfilment hours', 'fulfillment_hours'],
    ['Tasa de conversión', null],
  ] as const)('%s → %s', (header, key) => {
    expect(matchTarget(snap, header)?.targets[0]?.key ?? null).toBe(key);
  });
  test('accents and case do not matter for names', () => {
    expect(matchTarget(snap, 'SATISFIED RATINGS')?.targets[0]?.key).toBe('csat_satisfied');
    expect(matchTarget(snap, 'Sessíons')?.targets[0]?.key).toBe('sessions');
  });
  test.each(['Total', 'Grand total', 'TOTALS', 'Gesamt'])('%s is a totals row', (s) => {
    expect(isTotalsLabel(s)).toBe(true);
  });
});
