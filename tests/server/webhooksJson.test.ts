import { expect, test } from 'vitest';
import { parseJsonLossless, quoteBigIntegers } from '../../server/webhooks/json.js';
import { toUnits } from '../../server/webhooks/money.js';

test.each([
  ['{"id":9007199254740993}', { id: '9007199254740993' }],
  ['{"id": -9007199254740993, "n": 42}', { id: '-9007199254740993', n: 42 }],
  ['[820982911946154508,1]', ['820982911946154508', 1]],
  // Digits inside strings, decimals and exponents stay as they are.
  [
    '{"s":"9007199254740993","u":"https:\\/\\/x\\/9007199254740993"}',
    { s: '9007199254740993', u: 'https://x/9007199254740993' },
  ],
  ['{"q":"say \\"1234567890123456789\\"","a":1}', { q: 'say "1234567890123456789"', a: 1 }],
  ['{"d":0.12345678901234567,"e":1e20}', { d: Number('0.12345678901234567'), e: 1e20 }],
  ['{"small":123456789012345}', { small: 123456789012345 }],
])('%s parses without losing digits', (text, expected) => {
  expect(parseJsonLossless(text)).toEqual(expected);
});

test('a body without long integers is not rewritten', () => {
  const text = '{"a":"b","n":12}';
  expect(quoteBigIntegers(text)).toBe(text);
});

test.each([
  ['115.50', 1_155_000],
  ['0.1', 1_000],
  ['-4.95', -49_500],
  ['19', 190_000],
  [40, 400_000],
  [null, 0],
])('money %s is %i ten-thousandths', (amount, units) => {
  expect(toUnits(amount)).toBe(units);
});
