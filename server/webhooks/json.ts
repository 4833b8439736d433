/**
 * JSON.parse that never loses an integer: every integer literal too long to be exact as a
 * double (16+ digits, e.g. Shopify ids above 2^53) is turned into a string first. Node 20 has
 * no source-text access in revivers, so this runs on the raw text, skipping string contents.
 */
export function parseJsonLossless(text: string): unknown {
  return JSON.parse(quoteBigIntegers(text));
}

const SAFE_DIGITS = 15;

export function quoteBigIntegers(text: string): string {
  let out = '';
  let last = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      // Skip a string literal, honouring escapes (\" and \\).
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 92 /* \ */) i += 2;
        else if (c === 34) break;
        else i++;
      }
      i++;
      continue;
    }
    if (ch === 45 /* - */ || (ch >= 48 && ch <= 57)) {
      const start = i;
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if ((c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45) i++;
        else break;
      }
      const literal = text.slice(start, i);
      const digits = literal.replace(/^-/, '');
      if (/^\d+$/.test(digits) && digits.length > SAFE_DIGITS) {
        out += `${text.slice(last, start)}"${literal}"`;
        last = i;
      }
      continue;
    }
    i++;
  }
  return last === 0 ? text : out + text.slice(last);
}
