import { writeFileSync } from 'node:fs';
import { parse } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { LOCALES } from '../../shared/locales';
import { loadMessages } from '../../web/i18n/load';
import { en } from '../../web/i18n/messages/en';
import { lineOf, type SourceFile, visit, webSources } from './i18nSource';

const enKeys = Object.keys(en).sort();

/** The ICU argument names a message uses: `{count, plural, …}`, `{name}`, `<link>…</link>`. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (els: ReturnType<typeof parse>) => {
    for (const el of els) {
      if ('value' in el && typeof el.value === 'string' && el.type !== 0 /* literal */) names.add(el.value);
      if ('options' in el) for (const o of Object.values(el.options)) walk(o.value);
      if ('children' in el) walk(el.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

test.each(LOCALES)('%s has exactly the English keys, each a valid ICU message with the same arguments', async (l) => {
  const messages: Record<string, string> = await loadMessages(l);
  expect(Object.keys(messages).sort()).toEqual(enKeys);
  for (const key of enKeys) {
    const m = messages[key] ?? '';
    expect(m.trim(), `${l} ${key} is empty`).not.toBe('');
    expect({ key, args: argumentsOf(m) }).toEqual({ key, args: argumentsOf(en[key as keyof typeof en]) });
  }
});

/** Every string literal in web/ and the fixed heads of template literals (`userRole.${role}`). */
function literals(files: SourceFile[]) {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const f of files)
    visit(f.ast, (n) => {
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) exact.add(n.text);
      if (ts.isTemplateExpression(n) && n.head.text) prefixes.add(n.head.text);
    });
  return { exact, prefixes };
}

test('every message key is used in web/, and every key web/ names exists', () => {
  const { exact, prefixes } = literals(webSources);
  const unused = enKeys.filter((k) => !exact.has(k) && ![...prefixes].some((p) => p.endsWith('.') && k.startsWith(p)));
  expect(unused).toEqual([]);
  // A literal shaped like a key of an existing area ("nav.x") must be a key.
  const areas = new Set(enKeys.map((k) => k.split('.')[0]));
  const missing = [...exact].filter((s) => /^[a-zA-Z]+\.[\w.]+$/.test(s) && areas.has(s.split('.')[0]) && !(s in en));
  expect(missing).toEqual([]);
});

// Attributes a person reads or hears (screen readers): never literal text.
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
const hasWords = (s: string) => /\p{L}{2,}/u.test(s);
/** The product's name is the same in every language. */
const BRAND = new Set(['Rolecard']);
/** `throw new Error('useUser outside SessionGate')`: a message for developers, never shown. */
const isErrorForDevelopers = (n: ts.Node) => ts.isNewExpression(n.parent) && n.parent.expression.getText() === 'Error';

test('no user-facing text in web/ is written in a language instead of coming from the messages', () => {
  const found: string[] = [];
  for (const f of webSources) {
    visit(f.ast, (n) => {
      if (ts.isJsxText(n) && hasWords(n.text) && !BRAND.has(n.text.trim()))
        found.push(`${lineOf(f, n)} text "${n.text.trim()}"`);
      if (ts.isJsxAttribute(n) && n.initializer && ts.isStringLiteral(n.initializer)) {
        const name = n.name.getText(f.ast);
        if (READ_ATTRIBUTES.has(name) && hasWords(n.initializer.text))
          found.push(`${lineOf(f, n)} ${name}="${n.initializer.text}"`);
      }
      // {'text'} or {`text`} as a child, or a sentence-like literal anywhere in a component.
      if (
        (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n)) &&
        /^[A-Z][a-z’']+([ ,.:;!?…]|$)/.test(n.text) &&
        !BRAND.has(n.text) &&
        !ts.isImportDeclaration(n.parent) &&
        !ts.isJsxAttribute(n.parent) &&
        !isErrorForDevelopers(n)
      )
        found.push(`${lineOf(f, n)} literal "${n.text}"`);
    });
  }
  // I18N_REPORT=file writes the list, one finding a line, for whoever translates a page.
  if (process.env.I18N_REPORT) writeFileSync(process.env.I18N_REPORT, found.join('\n'));
  expect(found).toEqual([]);
});
