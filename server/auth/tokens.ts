import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes (256 bits), URL-safe: session ids and API tokens. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Sessions and tokens are stored only as SHA-256 hashes: a copied DB grants no access. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
