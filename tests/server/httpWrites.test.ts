import { afterAll, beforeAll, expect, test } from 'vitest';
import { createdTokenSchema, tokenSchema } from '../../shared/auth.js';
import { errorBodySchema } from '../../shared/schemas.js';
import { type RunningServer, startServer } from '../helpers/server.js';

/**
 * Writes over real HTTP, as browsers send them: a DELETE carries no body and no Content-Length
 * (Chromium, undici and Node's client alike), and @hono/node-server still gives the request a
 * body stream. `app.request` cannot show this, so it runs against the real server.
 */
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ ROLECARD_DEMO: '0' });
});
afterAll(async () => {
  await server?.stop();
});

test('a DELETE without a body is not taken for an untyped body', async () => {
  const created = await server.api('/api/tokens', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'ci', scopes: ['read'] }),
  });
  expect(created.status).toBe(201);
  const { id } = createdTokenSchema.parse(await created.json());

  const revoked = await server.api(`/api/tokens/${id}`, { method: 'DELETE' });
  expect(revoked.status).toBe(200);
  expect(tokenSchema.parse(await revoked.json()).revokedAt).not.toBeNull();
});

test('a body without a JSON or CSV type is still refused over HTTP', async () => {
  const res = await server.api('/api/tokens', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'name=ci&scopes=read',
  });
  expect(res.status).toBe(415);
  expect(errorBodySchema.parse(await res.json()).error.code).toBe('unsupported_media_type');
  // A chunked body (no Content-Length) with no type at all is refused as well.
  const chunked = await fetch(`${server.url}/api/tokens`, {
    method: 'POST',
    headers: { cookie: await server.signIn(), origin: server.url },
    body: new Blob(['name=ci']).stream(),
    duplex: 'half',
  } as RequestInit);
  expect(chunked.status).toBe(415);
});
