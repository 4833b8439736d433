import { describe, expect, test } from 'vitest';
import { createDemoUsers } from '../../server/auth/bootstrap.js';
import { defaultConfig } from '../../server/config.js';
import { seedCatalog } from '../../server/db/catalog.js';
import { migrate } from '../../server/db/migrate.js';
import { openDb } from '../../server/db/open.js';
import { loadDemo } from '../../server/demo.js';
import { findAnnotations } from '../../server/reviews/annotations.js';
import { loadDemoReviews } from '../../server/reviews/demo.js';
import { getWeekReview } from '../../server/reviews/service.js';
import { defaultCatalog } from '../../shared/catalog.js';
import { addDays, parseWeek } from '../../shared/period.js';
import { noteListSchema, reviewNoteSchema, snapshotListSchema, weekReviewSchema } from '../../shared/reviews.js';
import { errorBodySchema } from '../../shared/schemas.js';
import { ingestOk, makeTestApp, type TestApp } from '../helpers/testApp.js';

/*
 * Fixture (clock Wednesday 2026-03-18, so 2026-W11 = 03-09 .. 03-15 is the last complete week):
 *  - every day of W11: 1,000 sessions and 20 orders → conversion 140 / 7,000 = 2.0%,
 *    target 3% with a 0.2-point band → red (2.0% < 2.8%);
 *  - every day of W11: 4 CSAT ratings, 3 satisfied → CSAT 21 / 28 = 75%, target 90% band 2 pts → red;
 *  - no other KPI has a target, so these two are the only red KPIs of the week.
 */
async function fixture(t: TestApp) {
  const items: unknown[] = [];
  for (let i = 0; i < 7; i++) {
    const date = addDays('2026-03-09', i);
    items.push({ measure: 'sessions', date, value: 1000 }, { measure: 'orders', date, value: 20 });
    items.push({ measure: 'csat_responses', date, value: 4 }, { measure: 'csat_satisfied', date, value: 3 });
  }
  await ingestOk(t, items);
  for (const target of [
    { kpi: 'conversion_rate', value: 0.03, band: 0.002, effectiveFrom: '2026-W10' },
    { kpi: 'csat', value: 0.9, band: 0.02, effectiveFrom: '2026-W10' },
  ])
    expect((await t.request('POST', '/api/targets', target)).status).toBe(201);
}

const requireNotes = async (t: TestApp, on: boolean) =>
  expect((await t.request('PATCH', '/api/review-settings', { requireNoteOnRed: on })).status).toBe(200);
const noteOn = (t: TestApp, role: string, kpi: string | null, body = 'Why did this happen?') =>
  t.request('POST', '/api/reviews/2026-W11/notes', { role, kpi, body });
const review = async (t: TestApp) => weekReviewSchema.parse((await t.request('GET', '/api/reviews/2026-W11')).json);

describe('marking a week reviewed', () => {
  test('with notes required, a red KPI without a note blocks it (409 naming exactly those KPIs)', async () => {
    const t = makeTestApp();
    await fixture(t);
    await requireNotes(t, true);
    // A note on the role as a whole does not count for its red KPI.
    expect((await noteOn(t, 'ecommerce_manager', null)).status).toBe(201);
    const refused = await t.request('POST', '/api/reviews/2026-W11/review');
    expect(refused.status).toBe(409);
    const err = errorBodySchema.parse(refused.json).error;
    expect(err.code).toBe('notes_missing');
    expect(err.message).toContain('Conversion rate (E-commerce Manager), CSAT (Customer Service)');
    expect(err.details).toEqual({
      missing: [
        {
          role: 'ecommerce_manager',
          roleName: 'E-commerce Manager',
          kpi: 'conversion_rate',
          kpiName: 'Conversion rate',
        },
        { role: 'customer_service', roleName: 'Customer Service', kpi: 'csat', kpiName: 'CSAT' },
      ],
      params: { week: '2026-W11', count: 2, kpis: ['Conversion rate', 'CSAT'] },
    });
    expect(t.db.prepare('SELECT COUNT(*) FROM week_reviews').pluck().get()).toBe(0);

    // The owner's reply on conversion counts as its note: only CSAT is still missing.
    const reply = { role: 'ecommerce_manager', kpi: 'conversion_rate', body: 'Payment step broke on Tuesday.' };
    expect((await t.as('owner')('POST', '/api/reviews/2026-W11/notes', reply)).status).toBe(201);
    const still = await t.request('POST', '/api/reviews/2026-W11/review');
    expect(still.status).toBe(409);
    expect((errorBodySchema.parse(still.json).error.details as { missing: { kpi: string }[] }).missing).toEqual([
      expect.objectContaining({ kpi: 'csat' }),
    ]);
    expect((await review(t)).missingNotes.map((m) => m.kpi)).toEqual(['csat']);

    // With a note on CSAT too, the week can be marked reviewed.
    expect((await noteOn(t, 'customer_service', 'csat')).status).toBe(201);
    const ok = await t.request('POST', '/api/reviews/2026-W11/review');
    expect(ok.status, JSON.stringify(ok.json)).toBe(201);
    const r = weekReviewSchema.parse(ok.json);
    expect(r).toMatchObject({ reviewed: true, reviewedBy: 'admin', reviewedAt: '2026-03-18T10:00:00.000Z' });
    expect(r.missingNotes).toEqual([]);
    expect(r.changes).toEqual([]);
  });

  test('with the setting off, red KPIs without notes do not block it', async () => {
    const t = makeTestApp();
    await fixture(t);
    await requireNotes(t, false);
    const ok = await t.request('POST', '/api/reviews/2026-W11/review');
    expect(ok.status, JSON.stringify(ok.json)).toBe(201);
    const r = weekReviewSchema.parse(ok.json);
    expect(r.requireNoteOnRed).toBe(false);
    // Still reported, so the page can say what had no note.
    expect(r.missingNotes.map((m) => m.kpi)).toEqual(['conversion_rate', 'csat']);
  });

  test('a running week, a reviewed week and a week never reviewed are refused with 409', async () => {
    const t = makeTestApp();
    const running = await t.request('POST', '/api/reviews/2026-W12/review');
    expect(running.status).toBe(409);
    expect(errorBodySchema.parse(running.json).error.message).toBe(
      'Week 2026-W12 ends on 2026-03-22; it can be marked reviewed from the day after.',
    );
    expect((await t.request('DELETE', '/api/reviews/2026-W11/review')).status).toBe(409);
    expect((await t.request('POST', '/api/reviews/2026-W11/review')).status).toBe(201);
    const again = await t.request('POST', '/api/reviews/2026-W11/review');
    expect(again.status).toBe(409);
    expect(errorBodySchema.parse(again.json).error.code).toBe('already_reviewed');
  });

  test('the week may be named by a date inside it, and reopening keeps its snapshot in the history', async () => {
    const t = makeTestApp();
    await fixture(t);
    expect((await t.request('POST', '/api/reviews/2026-03-12/review')).status).toBe(201);
    t.setNow('2026-03-19T08:00:00Z');
    const reopened = weekReviewSchema.parse((await t.request('DELETE', '/api/reviews/2026-W11/review')).json);
    expect(reopened.reviewed).toBe(false);
    expect(reopened.history).toEqual([
      {
        id: 1,
        reviewedAt: '2026-03-18T10:00:00.000Z',
        reviewedBy: 'admin',
        reopenedAt: '2026-03-19T08:00:00.000Z',
        reopenedBy: 'admin',
      },
    ]);
    expect((await t.request('POST', '/api/reviews/2026-W11/review')).status).toBe(201);
    const snaps = snapshotListSchema.parse((await t.request('GET', '/api/reviews/2026-W11/snapshots')).json);
    expect(snaps.snapshots.map((s) => [s.id, s.reopenedAt])).toEqual([
      [2, null],
      [1, '2026-03-19T08:00:00.000Z'],
    ]);
    // The snapshot is the full all-segments scorecard: conversion 140 / 7,000 = 2%, red.
    const conv = snaps.snapshots[1]?.scorecard.roles
      .find((r) => r.role.key === 'ecommerce_manager')
      ?.kpis.find((k) => k.kpi.key === 'conversion_rate');
    expect(conv).toMatchObject({ numerator: 140, denominator: 7000, status: 'red' });
    expect(conv?.value).toBeCloseTo(0.02, 12);
  });
});

describe('changed since review', () => {
  test('a correction after review shows the reviewed and the current value; a write that changes nothing shows nothing', async () => {
    const t = makeTestApp();
    await fixture(t);
    expect((await t.request('POST', '/api/reviews/2026-W11/review')).status).toBe(201);

    // Writes that leave W11's values as they were: the same orders again, and a day of W12.
    await ingestOk(t, [
      { measure: 'orders', date: '2026-03-12', value: 20 },
      { measure: 'orders', date: '2026-03-16', value: 99 },
    ]);
    expect((await review(t)).changes).toEqual([]);

    // Wednesday's orders corrected from 20 to 34: conversion (140 − 20 + 34) / 7,000 = 154 / 7,000 = 2.2%.
    await ingestOk(t, [{ measure: 'orders', date: '2026-03-11', value: 34 }]);
    const r = await review(t);
    expect(r.changes).toHaveLength(1);
    const [c] = r.changes;
    expect(c).toMatchObject({
      role: 'ecommerce_manager',
      kpi: 'conversion_rate',
      kpiName: 'Conversion rate',
      unit: 'percent',
      reviewedStatus: 'red',
      currentStatus: 'red',
    });
    expect(c?.reviewedValue).toBeCloseTo(0.02, 12);
    expect(c?.currentValue).toBeCloseTo(0.022, 12);

    // A store's sessions arriving late change the all-segments value: 154 / (7,000 + 1,000) = 1.925%;
    // sessions (Marketing) goes from 7,000 to 8,000.
    expect((await t.request('POST', '/api/segments', { key: 'shop_es', name: 'Spain' })).status).toBe(201);
    await ingestOk(t, [{ measure: 'sessions', date: '2026-03-13', value: 1000, segment: 'shop_es' }]);
    const after = await review(t);
    expect(after.changes.map((x) => [x.kpi, x.reviewedValue, x.currentValue])).toEqual([
      ['conversion_rate', expect.closeTo(0.02, 12), expect.closeTo(154 / 8000, 12)],
      ['sessions', 7000, 8000],
    ]);
  });

  test('a week that is not reviewed reports no changes', async () => {
    const t = makeTestApp();
    await fixture(t);
    await ingestOk(t, [{ measure: 'orders', date: '2026-03-11', value: 34 }]);
    const r = await review(t);
    expect(r).toMatchObject({ reviewed: false, reviewedAt: null, reviewedBy: null, changes: [] });
  });
});

describe('notes', () => {
  test('an owner replies on their own role, not on another (403); a viewer or an analyst cannot write (403)', async () => {
    const t = makeTestApp();
    const mine = await t.as('owner')('POST', '/api/reviews/2026-W11/notes', {
      role: 'ecommerce_manager',
      kpi: 'conversion_rate',
      body: 'Checkout release on Tuesday broke the payment step.',
    });
    expect(mine.status).toBe(201);
    expect(reviewNoteSchema.parse(mine.json)).toMatchObject({
      week: '2026-W11',
      role: 'ecommerce_manager',
      kpi: 'conversion_rate',
      kind: 'reply',
      author: { id: t.userIds.owner, name: 'owner' },
      createdAt: '2026-03-18T10:00:00.000Z',
      updatedAt: null,
    });
    const other = await t.as('owner')('POST', '/api/reviews/2026-W11/notes', { role: 'logistics', body: 'x' });
    expect(other.status).toBe(403);
    expect(errorBodySchema.parse(other.json).error.message).toBe(
      'You own ecommerce_manager; this change belongs to logistics.',
    );
    for (const p of ['viewer', 'analyst'] as const)
      expect((await t.as(p)('POST', '/api/reviews/2026-W11/notes', { role: 'logistics', body: 'x' })).status).toBe(403);
    // The admin's is a note, not a reply; everyone signed in reads both.
    expect(reviewNoteSchema.parse((await noteOn(t, 'logistics', null)).json).kind).toBe('note');
    const seen = weekReviewSchema.parse((await t.as('viewer')('GET', '/api/reviews/2026-W11')).json);
    expect(Object.keys(seen.notes).sort()).toEqual(['ecommerce_manager', 'logistics']);
  });

  test('a KPI of another role, an unknown role or a future week is refused with 422 naming the field', async () => {
    const t = makeTestApp();
    const wrongKpi = await noteOn(t, 'ecommerce_manager', 'csat');
    expect(wrongKpi.status).toBe(422);
    expect(errorBodySchema.parse(wrongKpi.json).error.details).toMatchObject({ field: 'kpi' });
    const role = await noteOn(t, 'ecommerce_manger', null);
    expect(role.status).toBe(422);
    expect(errorBodySchema.parse(role.json).error.message).toBe(
      'role: no role "ecommerce_manger". Did you mean "ecommerce_manager"?',
    );
    const future = await t.request('POST', '/api/reviews/2026-W13/notes', { role: 'logistics', body: 'x' });
    expect(future.status).toBe(422);
    expect((await noteOn(t, 'logistics', null, '   ')).status).toBe(400);
    expect(t.db.prepare('SELECT COUNT(*) FROM review_notes').pluck().get()).toBe(0);
  });

  test('authors edit their own notes until the week is reviewed; an admin may delete any before that', async () => {
    const t = makeTestApp();
    const owner = t.as('owner');
    const id = reviewNoteSchema.parse(
      (await owner('POST', '/api/reviews/2026-W11/notes', { role: 'ecommerce_manager', body: 'First draft' })).json,
    ).id;
    expect((await t.request('PATCH', `/api/review-notes/${id}`, { body: 'Not mine' })).status).toBe(403);
    t.setNow('2026-03-18T11:00:00Z');
    const edited = await owner('PATCH', `/api/review-notes/${id}`, { body: 'Final' });
    expect(reviewNoteSchema.parse(edited.json)).toMatchObject({ body: 'Final', updatedAt: '2026-03-18T11:00:00.000Z' });

    expect((await t.request('POST', '/api/reviews/2026-W11/review')).status).toBe(201);
    const locked = await owner('PATCH', `/api/review-notes/${id}`, { body: 'Rewriting history' });
    expect(locked.status).toBe(409);
    expect(errorBodySchema.parse(locked.json).error.code).toBe('week_reviewed');
    expect((await t.request('DELETE', `/api/review-notes/${id}`)).status).toBe(409);
    // New notes may still be added to a reviewed week (a follow-up), and show after the review.
    expect((await noteOn(t, 'ecommerce_manager', null, 'Follow-up')).status).toBe(201);

    expect((await t.request('DELETE', '/api/reviews/2026-W11/review')).status).toBe(200);
    expect((await t.request('DELETE', `/api/review-notes/${id}`)).status).toBe(204);
    expect((await t.request('DELETE', `/api/review-notes/${id}`)).status).toBe(404);
    expect((await owner('DELETE', '/api/review-notes/999')).status).toBe(404);
  });

  test('a role’s notes across weeks, newest week first', async () => {
    const t = makeTestApp();
    await t.request('POST', '/api/reviews/2026-W10/notes', { role: 'ecommerce_manager', body: 'W10 note' });
    await noteOn(t, 'ecommerce_manager', 'aov', 'W11 about AOV');
    await noteOn(t, 'ecommerce_manager', null, 'W11 about the role');
    await noteOn(t, 'logistics', null, 'Another role');
    const all = noteListSchema.parse((await t.request('GET', '/api/review-notes?role=ecommerce_manager')).json);
    expect(all.notes.map((n) => [n.week, n.body])).toEqual([
      ['2026-W11', 'W11 about AOV'],
      ['2026-W11', 'W11 about the role'],
      ['2026-W10', 'W10 note'],
    ]);
    const aov = noteListSchema.parse((await t.request('GET', '/api/review-notes?role=ecommerce_manager&kpi=aov')).json);
    expect(aov.notes.map((n) => n.body)).toEqual(['W11 about AOV']);
    expect((await t.request('GET', '/api/review-notes?role=nobody')).status).toBe(404);
  });

  test('the setting is stored, readable by everyone and changed by admins only', async () => {
    const t = makeTestApp();
    expect((await t.as('viewer')('GET', '/api/review-settings')).json).toEqual({ requireNoteOnRed: false });
    expect((await t.as('owner')('PATCH', '/api/review-settings', { requireNoteOnRed: true })).status).toBe(403);
    await requireNotes(t, true);
    expect((await t.as('viewer')('GET', '/api/review-settings')).json).toEqual({ requireNoteOnRed: true });
    expect(t.db.prepare("SELECT value FROM settings WHERE key = 'reviews.require_note_on_red'").pluck().get()).toBe(
      '1',
    );
  });
});

test('the demo: events around its incident week and an open conversation on two of its red KPIs', async () => {
  const db = openDb(':memory:');
  migrate(db);
  seedCatalog(db, defaultCatalog);
  const now = new Date('2026-03-18T08:00:00Z');
  loadDemo(db, '2026-03-18', 'monday', now);
  await createDemoUsers(db, now);
  loadDemoReviews(db, '2026-03-18', 'monday', now);
  // Today Wed 18 Mar: the incident week is 2026-W11, Mon 9 .. Sun 15 Mar; the release on Tue 10 Mar.
  const week = parseWeek('2026-W11') ?? expect.fail('week');
  const r = getWeekReview({ db, config: defaultConfig, clock: () => now }, week);
  expect(r.reviewed).toBe(false);
  expect(r.notes.customer_service?.map((n) => [n.kind, n.author.name])).toEqual([
    ['note', 'Hanna Head (Head of Digital)'],
    ['reply', 'Sofia Service'],
  ]);
  const missing = r.missingNotes.map((m) => m.kpi);
  expect(missing).toEqual(expect.arrayContaining(['bounce_rate', 'stockout_rate']));
  expect(missing).not.toContain('conversion_rate');
  expect(missing).not.toContain('first_response_time');
  const onConversion = findAnnotations(db, { kpi: 'conversion_rate', from: '2026-03-09', to: '2026-03-15' });
  expect(onConversion.map((a) => [a.title, a.start])).toEqual([['Checkout release 4.2', '2026-03-10']]);
  db.close();
});
