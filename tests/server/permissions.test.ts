import { describe, expect, test } from 'vitest';
import { DUMMY_HASH } from '../../server/auth/password.js';
import { routeAccess } from '../../server/auth/permissions.js';
import { enqueueDeliveries } from '../../server/db/alertDeliveries.js';
import { insertAlert } from '../../server/db/alerts.js';
import { upsertRoleWebhook } from '../../server/db/alertWebhooks.js';
import { insertToken } from '../../server/db/tokens.js';
import { makeTestApp, type Persona, type TestApp } from '../helpers/testApp.js';
import { conversionRedFacts } from './alertsFixtures.js';

/**
 * The permission matrix, written from the issue (not from the server's table): every
 * mutating endpoint × every persona → allowed, 401 or 403. A route the app registers without
 * an entry here fails the completeness test.
 */
type Expect = 'ok' | 401 | 403;
type Call = { method: string; path: string; body?: unknown };
interface Entry {
  /** Builds a request that succeeds when the persona is allowed (setup runs as admin). */
  call: (t: TestApp, persona: Persona) => Promise<Call> | Call;
  allowed: Persona[];
}

const everyone: Persona[] = ['viewer', 'analyst', 'owner', 'otherOwner', 'admin'];
let n = 0;
const fresh = (prefix: string) => `${prefix}_${++n}`;

const matrix: Record<string, Entry> = {
  'POST /api/auth/password': {
    // The test users have no usable password, so an allowed call ends in 422 (wrong current password).
    call: () => ({
      method: 'POST',
      path: '/api/auth/password',
      body: { current: 'not-it', password: 'a-new-password' },
    }),
    allowed: everyone,
  },
  'POST /api/roles': {
    call: () => ({ method: 'POST', path: '/api/roles', body: { key: fresh('role'), name: 'R' } }),
    allowed: ['admin'],
  },
  'PATCH /api/roles/:key': {
    call: () => ({ method: 'PATCH', path: '/api/roles/content', body: { name: 'Content & SEO' } }),
    allowed: ['admin'],
  },
  'DELETE /api/roles/:key': {
    call: async (t) => {
      const key = fresh('role');
      await t.request('POST', '/api/roles', { key, name: 'Temp' });
      return { method: 'DELETE', path: `/api/roles/${key}` };
    },
    allowed: ['admin'],
  },
  'POST /api/measures': {
    call: () => ({ method: 'POST', path: '/api/measures', body: { key: fresh('m'), name: 'M' } }),
    allowed: ['admin'],
  },
  'DELETE /api/measures/:key': {
    call: async (t) => {
      const key = fresh('m');
      await t.request('POST', '/api/measures', { key, name: 'Temp' });
      return { method: 'DELETE', path: `/api/measures/${key}` };
    },
    allowed: ['admin'],
  },
  'POST /api/kpis': {
    call: () => ({
      method: 'POST',
      path: '/api/kpis',
      body: {
        key: fresh('k'),
        name: 'K',
        unit: 'count',
        direction: 'higher',
        role: 'content',
        formula: { kind: 'sum', measure: 'orders' },
      },
    }),
    allowed: ['admin'],
  },
  'PATCH /api/kpis/:key': {
    call: () => ({ method: 'PATCH', path: '/api/kpis/aov', body: { role: 'head_of_digital' } }),
    allowed: ['admin'],
  },
  'DELETE /api/kpis/:key': { call: () => ({ method: 'DELETE', path: '/api/kpis/return_rate' }), allowed: ['admin'] },
  'POST /api/segments': {
    call: () => ({ method: 'POST', path: '/api/segments', body: { key: fresh('s'), name: 'S' } }),
    allowed: ['admin'],
  },
  'DELETE /api/segments/:key': {
    call: async (t) => {
      const key = fresh('s');
      await t.request('POST', '/api/segments', { key, name: 'Temp' });
      return { method: 'DELETE', path: `/api/segments/${key}` };
    },
    allowed: ['admin'],
  },
  'POST /api/targets': {
    // conversion_rate belongs to E-commerce, which `owner` owns and `otherOwner` does not.
    call: () => ({
      method: 'POST',
      path: '/api/targets',
      body: { kpi: 'conversion_rate', value: 0.03, band: 0.002, effectiveFrom: '2026-W10' },
    }),
    allowed: ['admin', 'owner'],
  },
  'POST /api/ingest': {
    call: () => ({
      method: 'POST',
      path: '/api/ingest',
      body: { items: [{ measure: 'sessions', date: '2026-03-02', value: 5 }] },
    }),
    allowed: ['admin', 'analyst'],
  },
  'POST /api/users': {
    call: () => ({
      method: 'POST',
      path: '/api/users',
      body: { email: `${fresh('u')}@test.local`, name: 'U', role: 'viewer', password: 'long-enough-pw' },
    }),
    allowed: ['admin'],
  },
  'PATCH /api/users/:id': {
    call: (t) => ({ method: 'PATCH', path: `/api/users/${t.userIds.viewer}`, body: { name: 'Renamed' } }),
    allowed: ['admin'],
  },
  'POST /api/users/:id/password': {
    call: (t) => ({
      method: 'POST',
      path: `/api/users/${t.userIds.viewer}/password`,
      body: { password: 'another-long-pw' },
    }),
    allowed: ['admin'],
  },
  'POST /api/tokens': {
    call: () => ({ method: 'POST', path: '/api/tokens', body: { name: 'script', scopes: ['read'] } }),
    allowed: ['admin', 'analyst'],
  },
  'DELETE /api/tokens/:id': {
    call: (t, persona) => {
      const userId = persona === 'anonymous' ? t.userIds.admin : t.userIds[persona];
      const tok = insertToken(
        t.db,
        { userId, name: 'mine', hash: fresh('hash'), prefix: 'rc_xxxx', scopes: ['read'] },
        new Date(),
      );
      return { method: 'DELETE', path: `/api/tokens/${tok.id}` };
    },
    allowed: ['admin', 'analyst'],
  },
};

/** A webhook source made by the admin: its id and its first secret's id. */
async function source(t: TestApp) {
  const r = await t.request('POST', '/api/webhook-sources', { name: fresh('src'), kind: 'generic' });
  const body = r.json as { source: { id: string }; secret: { id: number } };
  return { id: body.source.id, secretId: body.secret.id };
}

Object.assign(matrix, {
  'POST /api/webhook-sources': {
    call: () => ({ method: 'POST', path: '/api/webhook-sources', body: { name: fresh('src'), kind: 'shopify' } }),
    allowed: ['admin'],
  },
  'PATCH /api/webhook-sources/:id': {
    call: async (t) => ({
      method: 'PATCH',
      path: `/api/webhook-sources/${(await source(t)).id}`,
      body: { enabled: false },
    }),
    allowed: ['admin'],
  },
  'POST /api/webhook-sources/:id/secrets': {
    call: async (t) => ({ method: 'POST', path: `/api/webhook-sources/${(await source(t)).id}/secrets`, body: {} }),
    allowed: ['admin'],
  },
  'DELETE /api/webhook-sources/:id/secrets/:secretId': {
    call: async (t) => {
      const s = await source(t);
      await t.request('POST', `/api/webhook-sources/${s.id}/secrets`, {});
      return { method: 'DELETE', path: `/api/webhook-sources/${s.id}/secrets/${s.secretId}` };
    },
    allowed: ['admin'],
  },
} satisfies Record<string, Entry>);

const CSV = 'Date,Sessions,Orders\n2026-03-02,1000,25\n2026-03-03,1200,30\n';
/** An upload previewed by the admin: its id. */
async function uploaded(t: TestApp) {
  const r = await t.request('POST', '/api/imports?name=perm.csv', CSV, { 'content-type': 'text/csv' });
  return (r.json as { uploadId: string }).uploadId;
}
const returnsProfile = (name: string) => ({
  name,
  kind: 'rows',
  requiredHeaders: ['Return id', 'Order', 'Returned on'],
  timestamp: 'Returned on',
  aggregates: [{ op: 'count_distinct', measure: 'returned_orders', column: 'Order' }],
});

Object.assign(matrix, {
  'POST /api/imports': {
    call: () => ({ method: 'POST', path: '/api/imports?name=p.csv', body: CSV }),
    allowed: ['admin', 'analyst'],
  },
  'POST /api/imports/uploads/:uploadId/preview': {
    call: async (t) => ({ method: 'POST', path: `/api/imports/uploads/${await uploaded(t)}/preview`, body: {} }),
    allowed: ['admin', 'analyst'],
  },
  'POST /api/imports/uploads/:uploadId/commit': {
    call: async (t) => ({ method: 'POST', path: `/api/imports/uploads/${await uploaded(t)}/commit`, body: {} }),
    allowed: ['admin', 'analyst'],
  },
  'POST /api/imports/:id/undo': {
    call: async (t) => {
      const r = await t.request('POST', `/api/imports/uploads/${await uploaded(t)}/commit`, {});
      return { method: 'POST', path: `/api/imports/${(r.json as { importId: number }).importId}/undo` };
    },
    allowed: ['admin', 'analyst'],
  },
  'POST /api/import-profiles': {
    call: () => ({ method: 'POST', path: '/api/import-profiles', body: returnsProfile(fresh('Returns')) }),
    allowed: ['admin', 'analyst'],
  },
  'DELETE /api/import-profiles/:name': {
    call: async (t) => {
      const name = fresh('Returns');
      await t.request('POST', '/api/import-profiles', returnsProfile(name));
      return { method: 'DELETE', path: `/api/import-profiles/${name}` };
    },
    allowed: ['admin', 'analyst'],
  },
} satisfies Record<string, Entry>);

/** An alert for E-commerce with a queued delivery to a closed local port: its delivery id. */
function queuedDelivery(t: TestApp): number {
  const role = t.db.prepare("SELECT id FROM roles WHERE key = 'ecommerce_manager'").pluck().get() as number;
  upsertRoleWebhook(t.db, role, 'http://127.0.0.1:9/closed', 'whsec_dGVzdA==', new Date());
  const alertId = insertAlert(
    t.db,
    {
      kind: 'turned_red',
      dedupeKey: fresh('alert'),
      kpiKey: 'conversion_rate',
      measureKey: null,
      week: '2026-W11',
      roles: ['ecommerce_manager'],
      facts: conversionRedFacts,
      text: 'Conversion rate turned red',
      link: '/roles/ecommerce_manager?kpi=conversion_rate',
    },
    new Date(),
  );
  enqueueDeliveries(t.db, alertId ?? 0, [role], new Date());
  return t.db.prepare('SELECT MAX(id) FROM alert_deliveries').pluck().get() as number;
}

Object.assign(matrix, {
  // The attempt goes to a closed port: the retry answers 200 with the failed attempt.
  'POST /api/alerts/deliveries/:id/retry': {
    call: (t) => ({ method: 'POST', path: `/api/alerts/deliveries/${queuedDelivery(t)}/retry` }),
    allowed: ['admin'],
  },
  'PUT /api/roles/:key/alert-webhook': {
    call: () => ({
      method: 'PUT',
      path: '/api/roles/logistics/alert-webhook',
      body: { url: 'https://hooks.example.com/logistics' },
    }),
    allowed: ['admin'],
  },
  'DELETE /api/roles/:key/alert-webhook': {
    call: async (t) => {
      await t.request('PUT', '/api/roles/logistics/alert-webhook', { url: 'https://hooks.example.com/logistics' });
      return { method: 'DELETE', path: '/api/roles/logistics/alert-webhook' };
    },
    allowed: ['admin'],
  },
} satisfies Record<string, Entry>);

/** A note on E-commerce's week 2026-W11, written by the persona when it may write one (else the admin). */
async function note(t: TestApp, persona: Persona) {
  const author = persona === 'owner' ? t.as('owner') : t.request;
  const r = await author('POST', '/api/reviews/2026-W11/notes', { role: 'ecommerce_manager', body: 'Why?' });
  return (r.json as { id: number }).id;
}
/** An annotation tied to E-commerce, added by the persona when it is the analyst (else the admin). */
async function annotation(t: TestApp, persona: Persona) {
  const author = persona === 'analyst' ? t.as('analyst') : t.request;
  const r = await author('POST', '/api/annotations', {
    title: 'Sale',
    start: '2026-03-10',
    roles: ['ecommerce_manager'],
  });
  return (r.json as { id: number }).id;
}

Object.assign(matrix, {
  // Review notes: the admin writes, owners reply on their own roles; edits by the author only.
  'POST /api/reviews/:week/notes': {
    call: () => ({
      method: 'POST',
      path: '/api/reviews/2026-W11/notes',
      body: { role: 'ecommerce_manager', kpi: 'conversion_rate', body: 'Conversion fell.' },
    }),
    allowed: ['admin', 'owner'],
  },
  'PATCH /api/review-notes/:id': {
    call: async (t, p) => ({
      method: 'PATCH',
      path: `/api/review-notes/${await note(t, p)}`,
      body: { body: 'Edited' },
    }),
    allowed: ['admin', 'owner'],
  },
  'DELETE /api/review-notes/:id': {
    call: async (t, p) => ({ method: 'DELETE', path: `/api/review-notes/${await note(t, p)}` }),
    allowed: ['admin', 'owner'],
  },
  'POST /api/reviews/:week/review': {
    call: () => ({ method: 'POST', path: '/api/reviews/2026-W11/review' }),
    allowed: ['admin'],
  },
  'DELETE /api/reviews/:week/review': {
    call: async (t) => {
      await t.request('POST', '/api/reviews/2026-W11/review');
      return { method: 'DELETE', path: '/api/reviews/2026-W11/review' };
    },
    allowed: ['admin'],
  },
  'PATCH /api/review-settings': {
    call: () => ({ method: 'PATCH', path: '/api/review-settings', body: { requireNoteOnRed: true } }),
    allowed: ['admin'],
  },
  // Annotations: admins any, analysts add and change their own, owners those of their roles only.
  'POST /api/annotations': {
    call: () => ({
      method: 'POST',
      path: '/api/annotations',
      body: { title: 'Checkout release', start: '2026-03-10', kpis: ['conversion_rate'] },
    }),
    allowed: ['admin', 'analyst', 'owner'],
  },
  'PATCH /api/annotations/:id': {
    call: async (t, p) => ({
      method: 'PATCH',
      path: `/api/annotations/${await annotation(t, p)}`,
      body: { title: 'Spring sale' },
    }),
    allowed: ['admin', 'analyst', 'owner'],
  },
  'DELETE /api/annotations/:id': {
    call: async (t, p) => ({ method: 'DELETE', path: `/api/annotations/${await annotation(t, p)}` }),
    allowed: ['admin', 'analyst', 'owner'],
  },
} satisfies Record<string, Entry>);

const personas: Persona[] = ['anonymous', 'viewer', 'analyst', 'owner', 'otherOwner', 'admin'];
const expected = (e: Entry, p: Persona): Expect => (p === 'anonymous' ? 401 : e.allowed.includes(p) ? 'ok' : 403);

describe('permission matrix', () => {
  const cases = Object.entries(matrix).flatMap(([route, entry]) =>
    personas.map((p) => [route, p, expected(entry, p)] as const),
  );
  test.each(cases)('%s as %s → %s', async (route, persona, want) => {
    const t = makeTestApp();
    const entry = matrix[route];
    if (!entry) throw new Error(`no entry for ${route}`);
    const call = await entry.call(t, persona);
    const r = await t.as(persona)(call.method, call.path, call.body);
    if (want === 'ok') {
      expect([401, 403], JSON.stringify(r.json)).not.toContain(r.status);
      if (route !== 'POST /api/auth/password') expect(r.status, JSON.stringify(r.json)).toBeLessThan(300);
    } else expect(r.status, JSON.stringify(r.json)).toBe(want);
  });

  test('every mutating route the app registers has an entry here and a server rule', () => {
    const t = makeTestApp();
    const mutating = [
      ...new Set(
        t.app.routes
          .filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && r.path.startsWith('/api/'))
          .map((r) => `${r.method} ${r.path}`),
      ),
    ];
    const publicRoutes = Object.entries(routeAccess)
      .filter(([, a]) => 'public' in a)
      .map(([k]) => k);
    const missing = mutating.filter((k) => !(k in matrix) && !publicRoutes.includes(k));
    expect(missing, 'routes without a permission-matrix entry').toEqual([]);
    expect(
      mutating.filter((k) => !(k in routeAccess)),
      'routes without a server rule',
    ).toEqual([]);
    expect(publicRoutes.filter((k) => k.startsWith('POST')).sort()).toEqual([
      'POST /api/auth/sign-in',
      'POST /api/auth/sign-out',
      'POST /api/webhooks/:sourceId',
    ]);
  });

  test('reads need an account, and every signed-in persona reads every scorecard', async () => {
    const t = makeTestApp();
    expect((await t.as('anonymous')('GET', '/api/scorecard')).status).toBe(401);
    expect((await t.as('anonymous')('GET', '/api/catalog')).status).toBe(401);
    for (const p of everyone) expect((await t.as(p)('GET', '/api/scorecard')).status).toBe(200);
    expect((await t.as('viewer')('GET', '/api/audit')).status).toBe(403);
    expect((await t.as('viewer')('GET', '/api/users')).status).toBe(403);
    // Alerts are for everyone; their webhooks and delivery queue are for admins.
    for (const p of everyone) expect((await t.as(p)('GET', '/api/alerts')).status).toBe(200);
    for (const p of ['viewer', 'analyst', 'owner'] as const) {
      expect((await t.as(p)('GET', '/api/alerts/deliveries')).status).toBe(403);
      expect((await t.as(p)('GET', '/api/alert-webhooks')).status).toBe(403);
    }
    expect((await t.as('anonymous')('GET', '/api/alerts')).status).toBe(401);
    expect(DUMMY_HASH).toMatch(/^scrypt\$/);
  });
});
