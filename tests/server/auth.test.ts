import { describe, expect, test } from 'vitest';
import { createDemoUsers, demoUsers, ensureFirstAdmin } from '../../server/auth/bootstrap.js';
import { hashPassword, verifyPassword } from '../../server/auth/password.js';
import { SESSION_COOKIE } from '../../server/auth/sessions.js';
import { setPasswordHash } from '../../server/db/users.js';
import { auditListSchema, createdTokenSchema, tokenListSchema } from '../../shared/auth.js';
import { errorBodySchema } from '../../shared/schemas.js';
import { makeTestApp, type TestApp } from '../helpers/testApp.js';

const PASSWORD = 'correct horse battery';

/** Gives the `viewer` persona a real password and signs in over the API. */
async function withPassword(t: TestApp) {
  setPasswordHash(t.db, t.userIds.viewer, await hashPassword(PASSWORD));
}
const signIn = (t: TestApp, password = PASSWORD, headers: Record<string, string> = {}) =>
  t.as('anonymous')('POST', '/api/auth/sign-in', { email: 'Viewer@test.local', password }, headers);
const cookieOf = (h: Headers) => h.get('set-cookie')?.match(new RegExp(`${SESSION_COOKIE}=([^;]*)`))?.[1] ?? '';
const withCookie = (t: TestApp, cookie: string) => (method: string, path: string, body?: unknown) =>
  t.as('anonymous')(method, path, body, { cookie: `${SESSION_COOKIE}=${cookie}` });

describe('passwords', () => {
  test('scrypt hashes are salted per user and verify', async () => {
    const a = await hashPassword('same password');
    const b = await hashPassword('same password');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('same passwort', a)).toBe(false);
  });
});

describe('sign-in and sessions', () => {
  test('a session cookie is HttpOnly, SameSite=Lax, 256-bit, Secure behind HTTPS, and rotated at sign-in', async () => {
    const t = makeTestApp();
    await withPassword(t);
    const first = await signIn(t);
    expect(first.status).toBe(200);
    const header = first.headers.get('set-cookie') ?? '';
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).not.toMatch(/Secure/);
    const c1 = cookieOf(first.headers);
    expect(Buffer.from(c1, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect((await withCookie(t, c1)('GET', '/api/auth/session')).status).toBe(200);
    // Signing in again, presenting the old cookie, issues a new one and kills the old.
    const second = await signIn(t, PASSWORD, { cookie: `${SESSION_COOKIE}=${c1}` });
    const c2 = cookieOf(second.headers);
    expect(c2).not.toBe(c1);
    expect((await withCookie(t, c1)('GET', '/api/scorecard')).status).toBe(401);
    expect((await withCookie(t, c2)('GET', '/api/scorecard')).status).toBe(200);
    const https = await signIn(t, PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(https.headers.get('set-cookie')).toMatch(/Secure/);
  });

  test('sign-out invalidates the session on the server', async () => {
    const t = makeTestApp();
    await withPassword(t);
    const c = cookieOf((await signIn(t)).headers);
    expect((await withCookie(t, c)('POST', '/api/auth/sign-out')).status).toBe(204);
    expect((await withCookie(t, c)('GET', '/api/scorecard')).status).toBe(401);
  });

  test('idle and absolute expiry follow the clock', async () => {
    const t = makeTestApp({ now: '2026-03-02T08:00:00Z', config: { sessionIdleHours: 72, sessionMaxDays: 30 } });
    await withPassword(t);
    const c = cookieOf((await signIn(t)).headers);
    t.setNow('2026-03-05T07:59:00Z'); // 71 h 59 min idle: still valid, and touched
    expect((await withCookie(t, c)('GET', '/api/scorecard')).status).toBe(200);
    t.setNow('2026-03-08T08:00:00Z'); // 72 h 1 min after the last request
    expect((await withCookie(t, c)('GET', '/api/scorecard')).status).toBe(401);

    const d = cookieOf((await signIn(t)).headers);
    // Used every two days, it still ends 30 days after sign-in.
    for (let day = 2; day <= 28; day += 2) {
      t.setNow(new Date(Date.parse('2026-03-08T08:00:00Z') + day * 86_400_000).toISOString());
      expect((await withCookie(t, d)('GET', '/api/scorecard')).status).toBe(200);
    }
    t.setNow('2026-04-07T08:01:00Z');
    expect((await withCookie(t, d)('GET', '/api/scorecard')).status).toBe(401);
  });

  test('wrong email and wrong password get the same answer; repeated failures are rate limited', async () => {
    const t = makeTestApp();
    await withPassword(t);
    const unknown = await t.as('anonymous')('POST', '/api/auth/sign-in', {
      email: 'nobody@test.local',
      password: PASSWORD,
    });
    const wrong = await signIn(t, 'not the password');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(errorBodySchema.parse(unknown.json).error.message).toBe(errorBodySchema.parse(wrong.json).error.message);
    for (let i = 0; i < 4; i++) expect((await signIn(t, 'not the password')).status).toBe(401);
    const limited = await signIn(t); // even the right password waits
    expect(limited.status).toBe(429);
    expect(errorBodySchema.parse(limited.json).error.message).toMatch(
      /Too many failed sign-ins for this account; try again in 15 minutes/,
    );
    t.setNow(new Date(Date.parse('2026-03-18T10:00:00Z') + 16 * 60_000).toISOString());
    expect((await signIn(t)).status).toBe(200);
  });
});

describe('cross-site writes', () => {
  test('a form post, a foreign Origin or a cross-site fetch is refused; same-origin JSON passes', async () => {
    const t = makeTestApp();
    const body = { key: 'x_role', name: 'X' };
    const form = await t.request('POST', '/api/roles', 'key=x&name=y', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    const foreign = await t.request('POST', '/api/roles', body, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(errorBodySchema.parse(foreign.json).error.code).toBe('cross_site');
    expect((await t.request('POST', '/api/roles', body, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const same = await t.request('POST', '/api/roles', body, {
      origin: 'http://localhost',
      'sec-fetch-site': 'same-origin',
    });
    expect(same.status).toBe(201);
    expect(t.db.prepare("SELECT COUNT(*) FROM roles WHERE key = 'x_role'").pluck().get()).toBe(1);
  });

  test('every response carries the secure headers', async () => {
    const t = makeTestApp();
    const r = await t.as('anonymous')('GET', '/api/scorecard');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('same-origin');
  });
});

describe('API tokens', () => {
  test('shown once, stored hashed, scoped, revocable, with a last-used time', async () => {
    const t = makeTestApp();
    const created = await t.as('analyst')('POST', '/api/tokens', {
      name: 'nightly ingest',
      scopes: ['read', 'ingest'],
    });
    expect(created.status).toBe(201);
    const { token, id } = createdTokenSchema.parse(created.json);
    expect(token).toMatch(/^rc_/);
    expect(JSON.stringify(t.db.prepare('SELECT * FROM api_tokens').all())).not.toContain(token);
    const list = tokenListSchema.parse((await t.as('analyst')('GET', '/api/tokens')).json);
    expect(JSON.stringify(list)).not.toContain(token);
    expect(list.tokens[0]?.lastUsedAt).toBeNull();

    const bearer = (method: string, path: string, body?: unknown) =>
      t.as('anonymous')(method, path, body, { authorization: `Bearer ${token}` });
    expect((await bearer('GET', '/api/scorecard')).status).toBe(200);
    // Tokens carry no ambient credentials: the origin check does not apply to them.
    expect(
      (await bearer('POST', '/api/ingest', { items: [{ measure: 'orders', date: '2026-03-02', value: 3 }] })).status,
    ).toBe(201);
    expect((await bearer('POST', '/api/roles', { key: 'r_x', name: 'X' })).status).toBe(403);
    const used = tokenListSchema.parse((await t.as('analyst')('GET', '/api/tokens')).json);
    expect(used.tokens[0]?.lastUsedAt).toBe('2026-03-18T10:00:00.000Z');

    const readOnly = createdTokenSchema.parse(
      (await t.as('analyst')('POST', '/api/tokens', { name: 'read', scopes: ['read'] })).json,
    );
    const ro = await t.as('anonymous')(
      'POST',
      '/api/ingest',
      { items: [{ measure: 'orders', date: '2026-03-02', value: 4 }] },
      {
        authorization: `Bearer ${readOnly.token}`,
      },
    );
    expect(ro.status).toBe(403);
    expect(errorBodySchema.parse(ro.json).error.message).toContain('"ingest" scope');

    expect((await t.as('analyst')('DELETE', `/api/tokens/${id}`)).status).toBe(200);
    expect((await bearer('GET', '/api/scorecard')).status).toBe(401);
  });

  test('a person cannot grant scopes beyond their own role', async () => {
    const t = makeTestApp();
    // Owners cannot create tokens at all; analysts can't reach admin routes through one.
    expect((await t.as('owner')('POST', '/api/tokens', { name: 'x', scopes: ['read'] })).status).toBe(403);
  });
});

describe('secrets stay secret, changes are audited', () => {
  test('passwords and tokens never appear in responses, logs or the audit log', async () => {
    const t = makeTestApp();
    const created = await t.request('POST', '/api/users', {
      email: 'new@test.local',
      name: 'New Person',
      role: 'analyst',
      password: 'very-secret-password-42',
    });
    expect(created.status).toBe(201);
    const token = createdTokenSchema.parse(
      (await t.request('POST', '/api/tokens', { name: 'ci', scopes: ['read'] })).json,
    ).token;
    await t.request('POST', `/api/users/${t.userIds.viewer}/password`, { password: 'reset-secret-password-7' });
    const everything = JSON.stringify([
      created.json,
      (await t.request('GET', '/api/users')).json,
      (await t.request('GET', '/api/tokens')).json,
      (await t.request('GET', '/api/audit')).json,
      t.logs,
      t.db.prepare('SELECT * FROM audit_log').all(),
    ]);
    expect(everything).not.toContain('very-secret-password-42');
    expect(everything).not.toContain('reset-secret-password-7');
    expect(everything).not.toContain(token);
  });

  test('the audit log records who changed a target, with before and after', async () => {
    const t = makeTestApp();
    await t.as('owner')('POST', '/api/targets', { kpi: 'aov', value: 60, band: 2, effectiveFrom: '2026-W01' });
    await t.as('owner')('POST', '/api/targets', { kpi: 'aov', value: 65, band: 2, effectiveFrom: '2026-W10' });
    await t.request('PATCH', '/api/kpis/aov', { name: 'Average basket' });
    const { entries } = auditListSchema.parse((await t.request('GET', '/api/audit')).json);
    expect(entries.map((e) => [e.actor, e.action, e.entityKey])).toEqual([
      ['admin@test.local', 'kpi.update', 'aov'],
      ['owner@test.local', 'target.set', 'aov'],
      ['owner@test.local', 'target.set', 'aov'],
    ]);
    expect(entries[1]?.before).toMatchObject({ value: 60, band: 2 });
    expect(entries[1]?.after).toMatchObject({ value: 65, effectiveFrom: '2026-W10' });
    expect(entries[0]?.before).toMatchObject({ name: 'Average order value' });
    expect(entries[0]?.after).toMatchObject({ name: 'Average basket' });
  });

  test('the last admin cannot be demoted or disabled', async () => {
    const t = makeTestApp();
    const r = await t.request('PATCH', `/api/users/${t.userIds.admin}`, { role: 'viewer' });
    expect(r.status).toBe(409);
    expect(errorBodySchema.parse(r.json).error.message).toContain('last active admin');
  });
});

describe('first start', () => {
  test('creates the admin from the environment, or prints a generated password once', async () => {
    const t = makeTestApp();
    t.db.prepare('DELETE FROM users').run();
    const lines: string[] = [];
    await ensureFirstAdmin(
      t.db,
      { ...t.config, adminEmail: 'boss@shop.example', adminPassword: undefined },
      new Date(),
      (l) => lines.push(l),
    );
    expect(lines).toHaveLength(1);
    const password = lines[0]?.match(/password (\S+)/)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(20);
    const login = await t.as('anonymous')('POST', '/api/auth/sign-in', { email: 'boss@shop.example', password });
    expect(login.status).toBe(200);
    await ensureFirstAdmin(t.db, t.config, new Date(), (l) => lines.push(l));
    expect(lines).toHaveLength(1);
  });

  test('demo personas exist only when created with the demo data', async () => {
    const t = makeTestApp();
    const emails = () => t.db.prepare('SELECT email FROM users').pluck().all() as string[];
    expect(emails().some((e) => e.endsWith('@demo.rolecard'))).toBe(false);
    await createDemoUsers(t.db, new Date());
    expect(emails()).toEqual(expect.arrayContaining(demoUsers.map((u) => u.email)));
  });
});
