import { createHmac, createSecretKey, type KeyObject, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SourceKind } from '../../shared/webhooks.js';

/**
 * The three signature schemes, computed over the raw request bytes (never a re-serialised
 * parse: Shopify escapes `/` as `\/`, and any re-encoding would change the bytes signed).
 * Comparison is constant-time; a malformed signature simply does not match.
 */

/** Tolerance for signed timestamps (Standard Webhooks, Zendesk): older or newer is a replay. */
export const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;
const STANDARD_PREFIX = 'whsec_';

/**
 * A secret as the verifier takes it: its text, or the key its kind signs with, made once per
 * secret (`signingKey`) rather than from the text for every delivery.
 */
export type Secret = string | KeyObject;

function hmac(key: Buffer | Secret, ...parts: Array<string | Uint8Array>): Buffer {
  const h = createHmac('sha256', key);
  for (const p of parts) h.update(p);
  return h.digest();
}

/** Constant-time check of a base64 signature against the expected digest. */
function matches(expected: Buffer, givenBase64: string): boolean {
  const given = Buffer.from(givenBase64.trim(), 'base64');
  // The length of a SHA-256 digest is public, so checking it first leaks nothing.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Standard Webhooks keys are `whsec_` + base64 of the key bytes; anything else is used as text. */
function standardKey(secret: string): Buffer | string {
  return secret.startsWith(STANDARD_PREFIX) ? Buffer.from(secret.slice(STANDARD_PREFIX.length), 'base64') : secret;
}

/**
 * The key a source's secret signs with: Standard Webhooks' `whsec_` secrets decoded to their
 * bytes, Shopify's and Zendesk's used as their text. The source cache keeps these, so no
 * delivery decodes or imports its key again.
 */
export function signingKey(kind: SourceKind, secret: string): KeyObject {
  const key = kind === 'generic' ? standardKey(secret) : secret;
  return createSecretKey(typeof key === 'string' ? Buffer.from(key, 'utf8') : key);
}

/** A new secret of 32 random bytes, in the form the kind's senders expect. */
export function generateSecret(kind: 'generic' | 'shopify' | 'helpdesk'): string {
  const bytes = randomBytes(32);
  return kind === 'generic' ? `${STANDARD_PREFIX}${bytes.toString('base64')}` : bytes.toString('base64url');
}

// ---------- Shopify: base64 HMAC-SHA256 of the raw body ----------
export function signShopify(secret: string, body: Uint8Array | string): string {
  return hmac(secret, body).toString('base64');
}
export function verifyShopify(secrets: readonly Secret[], body: Uint8Array, header: string): boolean {
  // Every active secret is tried, without stopping early, so timing does not tell which matched.
  let ok = false;
  for (const s of secrets) ok = matches(hmac(s, body), header) || ok;
  return ok;
}

// ---------- Standard Webhooks: `v1,<base64 HMAC of "id.timestamp.body">`, space-separated ----------
export function signStandard(secret: string, id: string, timestamp: string, body: Uint8Array | string): string {
  return `v1,${hmac(standardKey(secret), `${id}.${timestamp}.`, body).toString('base64')}`;
}
export function verifyStandard(
  secrets: readonly Secret[],
  id: string,
  timestamp: string,
  body: Uint8Array,
  header: string,
): boolean {
  const given = header
    .split(' ')
    .filter((p) => p.startsWith('v1,'))
    .map((p) => p.slice(3));
  let ok = false;
  for (const s of secrets) {
    // A key object is already decoded (signingKey); a text secret is decoded here.
    const expected = hmac(typeof s === 'string' ? standardKey(s) : s, `${id}.${timestamp}.`, body);
    for (const g of given) ok = matches(expected, g) || ok;
  }
  return ok;
}

// ---------- Zendesk: base64 HMAC of timestamp header + raw body; the secret used as literal text ----------
export function signZendesk(secret: string, timestamp: string, body: Uint8Array | string): string {
  return hmac(secret, timestamp, body).toString('base64');
}
export function verifyZendesk(
  secrets: readonly Secret[],
  timestamp: string,
  body: Uint8Array,
  header: string,
): boolean {
  let ok = false;
  for (const s of secrets) ok = matches(hmac(s, timestamp, body), header) || ok;
  return ok;
}

/**
 * Seconds a signed timestamp is away from now, or null when it cannot be read. Standard
 * Webhooks sends Unix seconds; Zendesk sends ISO-8601.
 */
export function timestampSkew(raw: string, now: Date): number | null {
  const ms = /^\d{1,12}$/.test(raw)
    ? Number(raw) * 1000
    : /^\d{4}-\d{2}-\d{2}T/.test(raw)
      ? Date.parse(raw)
      : Number.NaN;
  return Number.isFinite(ms) ? Math.abs(now.getTime() - ms) / 1000 : null;
}
