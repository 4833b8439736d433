import { expect, test } from 'vitest';
import { makeTestApp } from '../helpers/testApp.js';

test('a person keeps their UI language on the server; null goes back to following the browser', async () => {
  const t = makeTestApp();
  const viewer = t.as('viewer');
  expect(((await viewer('GET', '/api/auth/session')).json as { user: { locale: unknown } }).user.locale).toBeNull();

  const set = await viewer('PATCH', '/api/auth/preferences', { locale: 'es' });
  expect(set.status).toBe(200);
  expect((set.json as { user: { locale: string } }).user.locale).toBe('es');
  expect(((await viewer('GET', '/api/auth/session')).json as { user: { locale: string } }).user.locale).toBe('es');
  // Only their own: the admin's preference is untouched.
  expect(((await t.request('GET', '/api/auth/session')).json as { user: { locale: unknown } }).user.locale).toBeNull();

  await viewer('PATCH', '/api/auth/preferences', { locale: null });
  expect(((await viewer('GET', '/api/auth/session')).json as { user: { locale: unknown } }).user.locale).toBeNull();
});

test('an unsupported language is refused with the field and the choices', async () => {
  const t = makeTestApp();
  const r = await t.as('viewer')('PATCH', '/api/auth/preferences', { locale: 'fr' });
  expect(r.status).toBe(400); // every schema failure is a 400 listing the issues by path
  const body = JSON.stringify(r.json);
  expect(body).toContain('locale');
  for (const l of ['en', 'es', 'it', 'nl']) expect(body).toContain(l);
  expect((await t.as('anonymous')('PATCH', '/api/auth/preferences', { locale: 'es' })).status).toBe(401);
});
