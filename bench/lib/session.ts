import type { BrowserContext } from 'playwright-core';
import { TEST_ADMIN } from '../../tests/helpers/server.js';

/** Signs a browser context in as the admin every bench server starts with. */
export async function signInContext(ctx: BrowserContext, url: string): Promise<void> {
  const origin = new URL(url).origin;
  const res = await ctx.request.post(`${origin}/api/auth/sign-in`, {
    data: { email: TEST_ADMIN.email, password: TEST_ADMIN.password },
    headers: { origin },
  });
  if (res.status() !== 200) throw new Error(`sign-in at ${origin} → ${res.status()}`);
}

/** The Cookie header for the admin's session on a server (for plain HTTP clients). */
export async function signInCookie(url: string): Promise<string> {
  const origin = new URL(url).origin;
  const res = await fetch(`${origin}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email: TEST_ADMIN.email, password: TEST_ADMIN.password }),
  });
  if (res.status !== 200) throw new Error(`sign-in at ${origin} → ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
