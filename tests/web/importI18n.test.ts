import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { expect, test } from 'vitest';
import type { RowError } from '../../shared/imports';
import type { Locale } from '../../shared/locales';
import { ErrorTable } from '../../web/components/import/ErrorTable';
import { loadMessages } from '../../web/i18n/load';
import { formatFileSize } from '../../web/lib/format';

/** Intl puts no-break spaces between a number and its unit. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

test.each([
  // 1,500 bytes round up to 2 kB (1500 / 1024 = 1.46); 1,572,864 bytes are 1.5 × 1,048,576.
  ['en', '2 kB', '1.5 MB'],
  ['es', '2 kB', '1,5 MB'],
  ['nl', '2 kB', '1,5 MB'],
])('%s: file sizes %s and %s', (locale, small, large) => {
  expect(plain(formatFileSize(1500, locale))).toBe(small);
  expect(plain(formatFileSize(1_572_864, locale))).toBe(large);
});

test('a file of a few bytes is never "0 kB"', () => {
  expect(plain(formatFileSize(12, 'en'))).toBe('1 kB');
});

const errors = (n: number): RowError[] =>
  Array.from({ length: n }, (_, i) => ({
    row: i + 2,
    column: 'Sessions',
    message: 'x',
    code: 'not_a_number',
    params: { value: 'x' },
    text: 'x',
  }));

async function errorTitle(locale: Locale, shown: number, total: number): Promise<string> {
  const messages = await loadMessages(locale);
  const html = renderToString(
    createElement(IntlProvider, { locale, messages }, createElement(ErrorTable, { errors: errors(shown), total })),
  );
  return /<h3[^>]*>(.*?)<\/h3>/.exec(html)?.[1] ?? '';
}

test.each([
  ['en', 1, 1, '1 problem'],
  ['en', 200, 1234, '1,234 problems (first 200 shown)'],
  ['es', 1, 1, '1 problema'],
  // Spanish groups thousands only from five digits; Dutch from four, with a dot.
  ['es', 200, 1234, '1234 problemas (se muestran los primeros 200)'],
  ['it', 3, 3, '3 problemi'],
  ['nl', 200, 1234, '1.234 problemen (de eerste 200 worden getoond)'],
] as const)('%s: %i of %i problems are titled "%s"', async (locale, shown, total, title) => {
  expect(await errorTitle(locale, shown, total)).toBe(title);
});
