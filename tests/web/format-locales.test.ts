import { expect, test } from 'vitest';
import {
  formatChange,
  formatDuration,
  formatLongDate,
  formatNumericDate,
  formatRange,
  formatValue,
} from '../../web/lib/format';

/** Intl puts no-break and thin spaces where a person types a space. */
const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

// How a reader in each country writes these by hand: decimal comma, the % sign's spacing,
// the euro sign's place, day-first dates, their own month abbreviations and unit symbols.
test.each([
  ['en', '2.41%', '€1,234', '23/11/2026', '23 Nov 2026', '2h 14m', '+0.5 pts'],
  ['es', '2,41 %', '1234 €', '23/11/2026', '23 nov 2026', '2h 14min', '+0,5 p. p.'],
  ['it', '2,41%', '1234 €', '23/11/2026', '23 nov 2026', '2h 14min', '+0,5 p.p.'],
  ['nl', '2,41%', '€ 1.234', '23-11-2026', '23 nov 2026', '2 u 14 m', '+0,5 procentpunt'],
])(
  '%s: percent %s, money %s, date %s / %s, duration %s, change %s',
  (locale, pct, money, numeric, long, dur, change) => {
    expect(plain(formatValue(0.0241, 'percent', 'EUR', locale))).toBe(pct);
    expect(plain(formatValue(1234, 'currency', 'EUR', locale))).toBe(money);
    expect(formatNumericDate('2026-11-23', locale)).toBe(numeric);
    expect(formatLongDate('2026-11-23', locale)).toBe(long);
    expect(plain(formatDuration(2 * 3600 + 14 * 60, locale))).toBe(dur);
    expect(plain(formatChange({ absolute: 0.005, relative: 0.25 }, 'percent', 'EUR', locale))).toBe(change);
  },
);

test('week ranges follow each language', () => {
  expect(formatRange('2026-11-16', '2026-11-22', 'es')).toBe('16–22 nov 2026');
  expect(plain(formatRange('2026-12-28', '2027-01-03', 'nl'))).toBe('28 dec 2026 – 3 jan 2027');
});
