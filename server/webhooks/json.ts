/**
 * JSON.parse that never loses an integer: every integer literal too long to be exact as a
 * double (16+ digits, e.g. Shopify ids above 2^53) becomes a string first. Node 20 has no
 * source-text access in revivers, so this rewrites the raw text. The pattern matches whole
 * string literals (honouring escapes) so digits inside strings are left alone, and integers
 * only where JSON allows a value to start, so the digits of a decimal or exponent are too.
 */
const TOKENS = /"(?:[^"\\]|\\.)*"|(?<=[:,[\s])-?\d{16,}(?![\d.eE])/g;
const LONG_DIGITS = /\d{16}/;

export function quoteBigIntegers(text: string): string {
  // Most bodies with no long digit run anywhere need no rewrite at all.
  if (!LONG_DIGITS.test(text)) return text;
  return text.replace(TOKENS, (m) => (m.charCodeAt(0) === 34 ? m : `"${m}"`));
}

export function parseJsonLossless(text: string): unknown {
  return JSON.parse(quoteBigIntegers(text));
}
