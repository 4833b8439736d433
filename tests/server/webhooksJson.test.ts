import { expect, test } from 'vitest';
import { seededRandom } from '../../fixtures/random.js';
import { parseJsonLossless, quoteBigIntegers, quoteBigIntegersByPattern } from '../../server/webhooks/json.js';
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
  ['{"a":"x\\\n1234567890123456789"}', 'an escaped line break'],
  ['{"a":"unterminated 1234567890123456789', 'an unterminated string'],
  ['{"a":\u00a01234567890123456789}', 'a non-ASCII space before a number'],
  ['1234567890123456789', 'a top-level number'],
  ['{"a":-1234567890123456789.5,"b":1234567890123456789e2,"c":12345678901234567E1}', 'decimals and exponents'],
  ['[--1234567890123456789, 1e 1234567890123456789]', 'malformed numbers'],
])('the scanner rewrites %s (%s) exactly as the pattern does', (text) => {
  expect(quoteBigIntegers(text)).toBe(quoteBigIntegersByPattern(text));
});

test('the scanner agrees with the pattern on 5,000 random JSON-ish texts', () => {
  // Pieces chosen to hit every branch: strings with escapes and digits, long and short numbers,
  // signs, decimals, exponents, delimiters, whitespace, and broken quoting.
  const pieces = [
    '"',
    '\\',
    '\\"',
    '\\\n',
    ':',
    ',',
    '[',
    ']',
    '{',
    '}',
    ' ',
    '\n',
    '\t',
    '-',
    '.',
    'e',
    'E',
    '+',
    '1234567890123456',
    '98765432109876543210',
    '123456789012345',
    '7',
    '"9007199254740993"',
    'a',
    'é',
    '\u00a0',
  ];
  const rand = seededRandom(20261202);
  for (let k = 0; k < 5000; k++) {
    let text = '';
    const len = 1 + Math.floor(rand() * 30);
    for (let j = 0; j < len; j++) text += pieces[Math.floor(rand() * pieces.length)];
    expect(quoteBigIntegers(text), text).toBe(quoteBigIntegersByPattern(text));
  }
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
