import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { createIntl } from 'react-intl';
import { describe, expect, test } from 'vitest';
import { errorCodes, issueCodes, type ParamSpec } from '../../shared/errorCodes.js';
import en from '../../web/i18n/messages/en/errors.js';
import es from '../../web/i18n/messages/es/errors.js';
import it from '../../web/i18n/messages/it/errors.js';
import nl from '../../web/i18n/messages/nl/errors.js';

const catalogs: Record<string, Record<string, string>> = { en, es, it, nl };
const locales = Object.keys(catalogs);

/** The parameters each message may use, by key: the registry is the source of truth. */
const specsByKey = new Map<string, Readonly<Record<string, ParamSpec>>>([
  ...Object.entries(errorCodes).map(([code, s]) => [`errors.${code}`, s] as const),
  ...Object.entries(issueCodes).map(([code, s]) => [`errors.issue.${code}`, s] as const),
  ['errors.hint.suggestions', { suggestions: { kind: 'list', join: 'or' } }],
]);

interface Use {
  /** How each argument is used: plain, number, plural, select, ... */
  kinds: Map<string, Set<TYPE>>;
  /** The options each select argument lists. */
  selectOptions: Map<string, Set<string>>;
}

function uses(elements: MessageFormatElement[], into: Use = { kinds: new Map(), selectOptions: new Map() }): Use {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    const kinds = into.kinds.get(el.value) ?? new Set<TYPE>();
    kinds.add(el.type);
    into.kinds.set(el.value, kinds);
    if (el.type === TYPE.select) {
      const options = into.selectOptions.get(el.value) ?? new Set<string>();
      for (const o of Object.keys(el.options)) options.add(o);
      into.selectOptions.set(el.value, options);
    }
    if (el.type === TYPE.select || el.type === TYPE.plural)
      for (const o of Object.values(el.options)) uses(o.value, into);
  }
  return into;
}

describe('keys', () => {
  test('English has one message per code of shared/errorCodes.ts, plus the hint, and nothing else', () => {
    expect(Object.keys(en).sort()).toEqual([...specsByKey.keys()].sort());
  });

  test.each(locales)('%s has exactly the English keys, none empty', (locale) => {
    const messages = catalogs[locale] ?? {};
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(messages)) expect(text.trim(), key).not.toBe('');
  });
});

describe('ICU syntax and arguments', () => {
  test.each(locales)('every %s message parses', (locale) => {
    for (const [key, text] of Object.entries(catalogs[locale] ?? {}))
      expect(() => parse(text, { requiresOtherClause: true }), `${locale} ${key}`).not.toThrow();
  });

  test.each(locales.filter((l) => l !== 'en'))('%s uses the same argument names as English in every message', (l) => {
    for (const [key, text] of Object.entries(en)) {
      const english = [...uses(parse(text)).kinds.keys()].sort();
      const translated = [...uses(parse(catalogs[l]?.[key] ?? '')).kinds.keys()].sort();
      expect(translated, `${l} ${key}`).toEqual(english);
    }
  });

  test.each(locales)('%s: arguments are parameters the server sends, each used as its kind allows', (locale) => {
    for (const [key, text] of Object.entries(catalogs[locale] ?? {})) {
      const specs = specsByKey.get(key) ?? {};
      const use = uses(parse(text));
      for (const [name, kinds] of use.kinds) {
        const spec = specs[name];
        expect(spec, `${locale} ${key}: {${name}} is not a parameter of this code`).toBeDefined();
        if (!spec) continue;
        for (const kind of kinds) {
          // Plurals and number formats need numbers; a select needs text; dates arrive as text.
          if (kind === TYPE.plural || kind === TYPE.number)
            expect(spec.kind, `${locale} ${key} {${name}}`).toBe('number');
          if (kind === TYPE.select) expect(['select', 'text'], `${locale} ${key} {${name}}`).toContain(spec.kind);
          expect([TYPE.date, TYPE.time, TYPE.tag], `${locale} ${key} {${name}}`).not.toContain(kind);
        }
      }
      for (const [name, options] of use.selectOptions) {
        const spec = specs[name];
        if (spec?.kind !== 'select') continue;
        for (const o of options)
          expect([...spec.values, 'other'], `${locale} ${key}: {${name}} option "${o}"`).toContain(o);
      }
    }
  });
});

/** A value of each kind for a sample, as web/i18n/serverErrors.ts would pass it. */
function sample(spec: ParamSpec): string | number {
  if (spec.kind === 'number') return 2;
  if (spec.kind === 'select') return spec.values[0] ?? 'other';
  return 'x';
}

describe('formatting', () => {
  // Every select value and the plural forms 0, 1 and 2, each with every other parameter
  // present: a branch naming an argument that does not exist, or broken syntax inside a
  // branch, fails here.
  test.each(locales)('every branch of every %s message formats to text without braces', (locale) => {
    const failures: string[] = [];
    const intl = createIntl({ locale, messages: catalogs[locale] ?? {}, onError: (e) => failures.push(String(e)) });
    for (const [key, specs] of specsByKey) {
      const base = Object.fromEntries(Object.entries(specs).map(([n, s]) => [n, sample(s)]));
      const variants = [base];
      for (const [name, spec] of Object.entries(specs)) {
        if (spec.kind === 'select') for (const v of spec.values) variants.push({ ...base, [name]: v });
        if (spec.kind === 'number') for (const n of [0, 1]) variants.push({ ...base, [name]: n });
      }
      for (const values of variants) {
        const out = intl.formatMessage({ id: key }, values);
        expect(out, `${locale} ${key} ${JSON.stringify(values)}`).not.toMatch(/[{}]/);
        expect(out.length, `${locale} ${key}`).toBeGreaterThan(3);
      }
    }
    expect(failures).toEqual([]);
  });
});
