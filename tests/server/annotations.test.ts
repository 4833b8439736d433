import { describe, expect, test } from 'vitest';
import { annotationListSchema, annotationSchema } from '../../shared/annotations.js';
import { errorBodySchema } from '../../shared/schemas.js';
import { makeTestApp, type Persona, type TestApp } from '../helpers/testApp.js';

const add = async (t: TestApp, body: Record<string, unknown>, persona: Persona = 'admin') => {
  const r = await t.as(persona)('POST', '/api/annotations', body);
  if (r.status !== 201) throw new Error(`POST /api/annotations → ${r.status}: ${JSON.stringify(r.json)}`);
  return annotationSchema.parse(r.json);
};
const titles = async (t: TestApp, query: string) =>
  annotationListSchema
    .parse((await t.request('GET', `/api/annotations?${query}`)).json)
    .annotations.map((a) => a.title);

describe('which annotations a chart gets', () => {
  test('tied to the KPI, to its role, or business-wide; not another KPI of the role, another role, or outside the dates', async () => {
    const t = makeTestApp();
    await add(t, { title: 'Site-wide outage', start: '2026-03-10' }); // business-wide
    await add(t, { title: 'Checkout release', start: '2026-03-11', end: '2026-03-13', kpis: ['conversion_rate'] });
    await add(t, { title: 'New e-commerce lead', start: '2026-03-12', roles: ['ecommerce_manager'] });
    await add(t, { title: 'Carrier strike', start: '2026-03-12', roles: ['logistics'] });
    await add(t, { title: 'Free-shipping threshold', start: '2026-03-12', kpis: ['aov'] }); // another KPI of E-commerce
    await add(t, { title: 'January sale', start: '2026-01-05', end: '2026-01-11' }); // outside March
    await add(t, { title: 'Spans into March', start: '2026-02-25', end: '2026-03-02' }); // overlaps the range start

    const march = 'from=2026-03-01&to=2026-03-31';
    expect(await titles(t, `${march}&kpi=conversion_rate`)).toEqual([
      'Spans into March',
      'Site-wide outage',
      'Checkout release',
      'New e-commerce lead',
    ]);
    // The role page's list: also what is tied to any KPI of the role.
    expect(await titles(t, `${march}&role=ecommerce_manager`)).toEqual([
      'Spans into March',
      'Site-wide outage',
      'Checkout release',
      'New e-commerce lead',
      'Free-shipping threshold',
    ]);
    expect(await titles(t, `${march}&kpi=on_time_delivery_rate`)).toEqual([
      'Spans into March',
      'Site-wide outage',
      'Carrier strike',
    ]);
    // No filter: every annotation in the range, for everyone signed in.
    expect(await titles(t, 'from=2026-01-01&to=2026-01-31')).toEqual(['January sale']);
    expect((await t.as('viewer')('GET', '/api/annotations')).status).toBe(200);
    expect((await t.request('GET', '/api/annotations?kpi=conversion')).status).toBe(404);
  });

  test('a KPI moved to another role takes its role’s annotations along', async () => {
    const t = makeTestApp();
    await add(t, { title: 'Marketing push', start: '2026-03-10', roles: ['marketing_manager'] });
    expect(await titles(t, 'kpi=conversion_rate')).toEqual([]);
    expect((await t.request('PATCH', '/api/kpis/conversion_rate', { role: 'marketing_manager' })).status).toBe(200);
    expect(await titles(t, 'kpi=conversion_rate')).toEqual(['Marketing push']);
  });
});

describe('writing annotations', () => {
  test('a one-day event ends on its first day; repeats are dropped; unknown keys are 422 naming the item', async () => {
    const t = makeTestApp();
    const a = await add(t, {
      title: '  Stock-out: winter boots ',
      start: '2026-03-12',
      roles: ['inventory', 'inventory'],
      kpis: ['stockout_rate'],
    });
    expect(a).toMatchObject({
      title: 'Stock-out: winter boots',
      note: '',
      start: '2026-03-12',
      end: '2026-03-12',
      roles: ['inventory'],
      kpis: ['stockout_rate'],
      createdBy: { name: 'admin' },
      updatedAt: null,
    });
    const unknown = await t.request('POST', '/api/annotations', {
      title: 'x',
      start: '2026-03-12',
      kpis: ['csat', 'stockout'],
    });
    expect(unknown.status).toBe(422);
    expect(errorBodySchema.parse(unknown.json).error).toMatchObject({
      message: 'kpis.1: no KPI "stockout". Did you mean "stockout_rate"?',
      details: { field: 'kpis.1' },
    });
    const backwards = await t.request('POST', '/api/annotations', {
      title: 'x',
      start: '2026-03-12',
      end: '2026-03-11',
    });
    expect(backwards.status).toBe(400);
    expect(errorBodySchema.parse(backwards.json).error.message).toContain('end: the last day cannot be before');
    const notADay = await t.request('POST', '/api/annotations', { title: 'x', start: '2026-02-30' });
    expect(notADay.status).toBe(400);
    // Moving only the end before the stored start is caught too.
    const moved = await t.request('PATCH', `/api/annotations/${a.id}`, { end: '2026-03-01' });
    expect(moved.status).toBe(422);
    expect(t.db.prepare('SELECT COUNT(*) FROM annotations').pluck().get()).toBe(1);
  });

  test('owners: only annotations tied exclusively to their roles and those roles’ KPIs', async () => {
    const t = makeTestApp();
    const owner = t.as('owner'); // owns ecommerce_manager
    const post = (body: Record<string, unknown>) => owner('POST', '/api/annotations', { start: '2026-03-10', ...body });
    expect((await post({ title: 'Own role', roles: ['ecommerce_manager'] })).status).toBe(201);
    expect((await post({ title: 'Own KPI', kpis: ['aov'] })).status).toBe(201);
    const wide = await post({ title: 'Business-wide' });
    expect(wide.status).toBe(403);
    expect(errorBodySchema.parse(wide.json).error.message).toBe(
      'You own ecommerce_manager; this change belongs to the whole business.',
    );
    expect((await post({ title: 'Mixed', roles: ['ecommerce_manager'], kpis: ['csat'] })).status).toBe(403);

    const admins = await add(t, { title: 'Shared', start: '2026-03-10', roles: ['ecommerce_manager', 'logistics'] });
    expect((await owner('PATCH', `/api/annotations/${admins.id}`, { title: 'Mine now' })).status).toBe(403);
    expect((await owner('DELETE', `/api/annotations/${admins.id}`)).status).toBe(403);
    const ecom = await add(t, { title: 'E-commerce only', start: '2026-03-10', roles: ['ecommerce_manager'] });
    // Editing one of theirs is fine; turning it business-wide or tying it to another role is not.
    expect((await owner('PATCH', `/api/annotations/${ecom.id}`, { note: 'added detail' })).status).toBe(200);
    expect((await owner('PATCH', `/api/annotations/${ecom.id}`, { roles: [] })).status).toBe(403);
    expect((await owner('PATCH', `/api/annotations/${ecom.id}`, { kpis: ['on_time_delivery_rate'] })).status).toBe(403);
    expect((await owner('DELETE', `/api/annotations/${ecom.id}`)).status).toBe(204);
    expect((await owner('DELETE', '/api/annotations/999')).status).toBe(404);
  });

  test('analysts add any annotation and change only their own; viewers write nothing', async () => {
    const t = makeTestApp();
    const analyst = t.as('analyst');
    const mine = await add(t, { title: 'GA4 tag missing', start: '2026-03-03', end: '2026-03-04' }, 'analyst');
    expect(mine.createdBy).toEqual({ id: t.userIds.analyst, name: 'analyst' });
    t.setNow('2026-03-18T12:00:00Z');
    const edited = await analyst('PATCH', `/api/annotations/${mine.id}`, { end: '2026-03-05' });
    expect(annotationSchema.parse(edited.json)).toMatchObject({
      end: '2026-03-05',
      updatedAt: '2026-03-18T12:00:00.000Z',
    });
    const admins = await add(t, { title: 'Spring sale', start: '2026-03-09' });
    const refused = await analyst('PATCH', `/api/annotations/${admins.id}`, { title: 'x' });
    expect(refused.status).toBe(403);
    expect(errorBodySchema.parse(refused.json).error.message).toBe(
      'Analysts may change only the annotations they added; this one is by admin.',
    );
    expect((await analyst('DELETE', `/api/annotations/${admins.id}`)).status).toBe(403);
    expect((await t.as('viewer')('POST', '/api/annotations', { title: 'x', start: '2026-03-09' })).status).toBe(403);
    // The admin changes anyone's.
    expect((await t.request('DELETE', `/api/annotations/${mine.id}`)).status).toBe(204);
  });
});
