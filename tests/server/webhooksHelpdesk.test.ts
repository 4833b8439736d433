import { expect, test } from 'vitest';
import { seriesSchema } from '../../shared/schemas.js';
import { webhookAckSchema } from '../../shared/webhooks.js';
import { makeTestApp, measureTableHash } from '../helpers/testApp.js';
import { createSource, send, storedValue, zendeskBody, zendeskHeaders } from './webhooksFixtures.js';

const NOW = '2026-03-18T10:00:00Z';

test('ticket events update created, responded + first response time, resolved and CSAT', async () => {
  const t = makeTestApp({ now: NOW });
  const s = await createSource(t, { name: 'Zendesk', kind: 'helpdesk' });
  let n = 0;
  const post = (ticket: string, type: string, time: string, event?: Record<string, unknown>) => {
    const body = zendeskBody({ id: `evt-${++n}`, ticket, type, time, event });
    return send(t, s.url, body, zendeskHeaders(s.secret, body, NOW));
  };
  await post('101', 'ticket.created', '2026-03-17T08:00:00Z');
  await post('102', 'ticket.created', '2026-03-17T09:00:00Z');
  await post('103', 'ticket.created', '2026-03-17T23:59:59Z');
  await post('101', 'ticket.first_replied', '2026-03-17T08:30:00Z', { first_response_seconds: 1800 });
  await post('102', 'ticket.first_replied', '2026-03-17T09:10:00Z', { first_response_seconds: 600 });
  await post('101', 'ticket.status_changed', '2026-03-17T12:00:00Z', { previous: 'OPEN', current: 'SOLVED' });
  const pending = await post('102', 'ticket.status_changed', '2026-03-17T12:00:00Z', {
    previous: 'OPEN',
    current: 'PENDING',
  });
  expect(webhookAckSchema.parse(pending.json).ignored).toBe(true);
  await post('101', 'ticket.satisfaction_rated', '2026-03-17T13:00:00Z', { score: 'good' });
  await post('102', 'ticket.satisfaction_rated', '2026-03-17T14:00:00Z', { score: 'bad' });

  const day = '2026-03-17';
  expect(storedValue(t, 'tickets_created', day)).toBe(3);
  expect(storedValue(t, 'tickets_responded', day)).toBe(2);
  expect(storedValue(t, 'first_response_seconds', day)).toBe(2400);
  expect(storedValue(t, 'tickets_resolved', day)).toBe(1);
  expect(storedValue(t, 'csat_responses', day)).toBe(2);
  expect(storedValue(t, 'csat_satisfied', day)).toBe(1);
  // First response time = 2400 s / 2 tickets = 1200 s; CSAT = 1 / 2.
  const frt = await t.get(`/api/kpis/first_response_time/series?grain=day&from=${day}&to=${day}`, seriesSchema);
  expect(frt.points[0]?.value).toBe(1200);
  const csat = await t.get(`/api/kpis/csat/series?grain=day&from=${day}&to=${day}`, seriesSchema);
  expect(csat.points[0]?.value).toBe(0.5);
});

test('the event day follows the source zone, else the installation zone', async () => {
  const t = makeTestApp({ now: NOW, config: { timeZone: 'Europe/Madrid' } });
  const madrid = await createSource(t, { name: 'Default zone', kind: 'helpdesk' });
  const ny = await createSource(t, { name: 'NY desk', kind: 'helpdesk', timeZone: 'America/New_York', segment: null });
  // 23:30 UTC on the 16th is 00:30 on the 17th in Madrid and 19:30 on the 16th in New York.
  const a = zendeskBody({ id: 'e1', ticket: '1', type: 'ticket.created', time: '2026-03-16T23:30:00Z' });
  await send(t, madrid.url, a, zendeskHeaders(madrid.secret, a, NOW));
  await send(t, ny.url, a, zendeskHeaders(ny.secret, a, NOW));
  expect(storedValue(t, 'tickets_created', '2026-03-17')).toBe(1);
  expect(storedValue(t, 'tickets_created', '2026-03-16')).toBe(1);
});

test('a repeated event id (a retry with a new invocation) is a duplicate', async () => {
  const t = makeTestApp({ now: NOW });
  const s = await createSource(t, { name: 'Zendesk', kind: 'helpdesk' });
  const body = zendeskBody({ id: 'e1', ticket: '1', type: 'ticket.created', time: '2026-03-17T08:00:00Z' });
  await send(t, s.url, body, { ...zendeskHeaders(s.secret, body, NOW), 'X-Zendesk-Webhook-Invocation-Id': 'inv-1' });
  const before = measureTableHash(t.db);
  const again = await send(t, s.url, body, {
    ...zendeskHeaders(s.secret, body, NOW),
    'X-Zendesk-Webhook-Invocation-Id': 'inv-2',
  });
  expect(webhookAckSchema.parse(again.json).duplicate).toBe(true);
  expect(measureTableHash(t.db)).toBe(before);
});

test('unknown event types and bad ratings are 422 and change nothing', async () => {
  const t = makeTestApp({ now: NOW });
  const s = await createSource(t, { name: 'Zendesk', kind: 'helpdesk' });
  const before = measureTableHash(t.db);
  for (const [type, event, code] of [
    ['ticket.priority_changed', {}, 'unknown_topic'],
    ['ticket.satisfaction_rated', { score: 'great' }, 'invalid_payload'],
    ['ticket.first_replied', {}, 'invalid_payload'],
  ] as const) {
    const body = zendeskBody({ id: `e-${type}`, ticket: '1', type, time: '2026-03-17T08:00:00Z', event });
    const r = await send(t, s.url, body, zendeskHeaders(s.secret, body, NOW));
    expect(r.status).toBe(422);
    expect(r.json).toMatchObject({ error: { code } });
  }
  expect(measureTableHash(t.db)).toBe(before);
});

/** Posts helpdesk events to one source, each with a fresh event id unless one is given. */
async function helpdeskSender(t: ReturnType<typeof makeTestApp>) {
  const s = await createSource(t, { name: 'Zendesk', kind: 'helpdesk' });
  let n = 0;
  return (ticket: string, type: string, time: string, event?: Record<string, unknown>, id = `evt-${++n}`) => {
    const body = zendeskBody({ id, ticket, type, time, event });
    return send(t, s.url, body, zendeskHeaders(s.secret, body, NOW));
  };
}
const solved = { previous: 'OPEN', current: 'SOLVED' };
const reopened = { previous: 'SOLVED', current: 'OPEN' };

test('a ticket solved, reopened and solved again counts once, on the day of its last solve', async () => {
  const t = makeTestApp({ now: NOW });
  const post = await helpdeskSender(t);
  // Week 2026-W11 (Mon 9 – Sun 15 March). Ticket 201: created Mon, solved Tue, reopened Wed,
  // solved again Thu. Ticket 202: created Tue, solved Wed, once. Ticket 203: created Wed, open.
  await post('201', 'ticket.created', '2026-03-09T08:00:00Z');
  await post('202', 'ticket.created', '2026-03-10T08:00:00Z');
  await post('203', 'ticket.created', '2026-03-11T08:00:00Z');
  await post('201', 'ticket.status_changed', '2026-03-10T09:00:00Z', solved);
  const reopen = await post('201', 'ticket.status_changed', '2026-03-11T09:00:00Z', reopened, 'evt-reopen');
  // The reopen takes the earlier solve back out on the solve's own day (the 10th), not the 11th.
  expect(webhookAckSchema.parse(reopen.json).changes).toEqual([
    { measure: 'tickets_resolved', date: '2026-03-10', delta: -1 },
  ]);
  await post('202', 'ticket.status_changed', '2026-03-11T10:00:00Z', solved);
  await post('201', 'ticket.status_changed', '2026-03-12T09:00:00Z', solved);
  // The reopen delivered again (a retry under a new event id would be a new event; the same id
  // is the same event): a duplicate, so the solve is not taken out twice.
  const again = await post('201', 'ticket.status_changed', '2026-03-11T09:00:00Z', reopened, 'evt-reopen');
  expect(webhookAckSchema.parse(again.json).duplicate).toBe(true);

  // tickets_resolved per day: 10th = +1 (201) −1 (reopen) = 0; 11th = +1 (202); 12th = +1 (201).
  expect(storedValue(t, 'tickets_resolved', '2026-03-10')).toBe(0);
  expect(storedValue(t, 'tickets_resolved', '2026-03-11')).toBe(1);
  expect(storedValue(t, 'tickets_resolved', '2026-03-12')).toBe(1);
  // The week: 0 + 1 + 1 = 2 resolved of 3 created → resolution rate 2/3 (was 3/3 with the bug).
  const week = await t.get('/api/kpis/resolution_rate/series?grain=week&from=2026-03-09&to=2026-03-15', seriesSchema);
  expect(week.points[0]).toMatchObject({ numerator: 2, denominator: 3 });
  expect(week.points[0]?.value).toBeCloseTo(2 / 3, 12);
});

test('status changes arriving out of order end where the latest one says', async () => {
  const t = makeTestApp({ now: NOW });
  const post = await helpdeskSender(t);
  // Sent: solve (12th), then the older reopen (11th) and the older first solve (10th) late.
  await post('301', 'ticket.status_changed', '2026-03-12T09:00:00Z', solved);
  const late = await post('301', 'ticket.status_changed', '2026-03-11T09:00:00Z', reopened);
  expect(webhookAckSchema.parse(late.json)).toMatchObject({ ignored: true, changes: [] });
  await post('301', 'ticket.status_changed', '2026-03-10T09:00:00Z', solved);
  // Only the 12th counts: 1. The 10th and 11th were never written.
  expect(storedValue(t, 'tickets_resolved', '2026-03-12')).toBe(1);
  expect(storedValue(t, 'tickets_resolved', '2026-03-10')).toBeUndefined();
  expect(storedValue(t, 'tickets_resolved', '2026-03-11')).toBeUndefined();
});

test('a second solve without a reopen moves the count; closing a solved ticket changes nothing', async () => {
  const t = makeTestApp({ now: NOW });
  const post = await helpdeskSender(t);
  await post('401', 'ticket.status_changed', '2026-03-10T09:00:00Z', solved);
  // The reopen was never sent (a trigger missed it): the later solve still wins.
  await post('401', 'ticket.status_changed', '2026-03-13T09:00:00Z', { previous: 'PENDING', current: 'SOLVED' });
  const closed = await post('401', 'ticket.status_changed', '2026-03-16T09:00:00Z', {
    previous: 'SOLVED',
    current: 'CLOSED',
  });
  expect(webhookAckSchema.parse(closed.json).ignored).toBe(true);
  // 10th: +1 −1 = 0; 13th: +1; 16th: nothing.
  expect(storedValue(t, 'tickets_resolved', '2026-03-10')).toBe(0);
  expect(storedValue(t, 'tickets_resolved', '2026-03-13')).toBe(1);
  expect(storedValue(t, 'tickets_resolved', '2026-03-16')).toBeUndefined();
});

test('created and first reply count once per ticket; a changed rating replaces the earlier one', async () => {
  const t = makeTestApp({ now: NOW });
  const post = await helpdeskSender(t);
  await post('501', 'ticket.created', '2026-03-10T08:00:00Z');
  const twice = await post('501', 'ticket.created', '2026-03-10T08:00:05Z');
  expect(webhookAckSchema.parse(twice.json).ignored).toBe(true);
  await post('501', 'ticket.first_replied', '2026-03-10T08:30:00Z', { first_response_seconds: 1800 });
  await post('501', 'ticket.first_replied', '2026-03-10T09:30:00Z', { first_response_seconds: 5400 });
  // Rated good on the 10th, then bad on the 11th, then good again on the 11th.
  await post('501', 'ticket.satisfaction_rated', '2026-03-10T12:00:00Z', { score: 'good' });
  await post('501', 'ticket.satisfaction_rated', '2026-03-11T12:00:00Z', { score: 'bad' });
  const sameDay = await post('501', 'ticket.satisfaction_rated', '2026-03-11T15:00:00Z', { score: 'good' });
  // Same day, bad → good: responses ±0 (left out), satisfied +1.
  expect(webhookAckSchema.parse(sameDay.json).changes).toEqual([
    { measure: 'csat_satisfied', date: '2026-03-11', delta: 1 },
  ]);

  expect(storedValue(t, 'tickets_created', '2026-03-10')).toBe(1);
  expect(storedValue(t, 'tickets_responded', '2026-03-10')).toBe(1);
  expect(storedValue(t, 'first_response_seconds', '2026-03-10')).toBe(1800);
  // 10th: responses +1 −1 = 0, satisfied +1 −1 = 0. 11th: responses +1 (bad) ±0 = 1, satisfied 0 + 1 = 1.
  expect(storedValue(t, 'csat_responses', '2026-03-10')).toBe(0);
  expect(storedValue(t, 'csat_satisfied', '2026-03-10')).toBe(0);
  expect(storedValue(t, 'csat_responses', '2026-03-11')).toBe(1);
  expect(storedValue(t, 'csat_satisfied', '2026-03-11')).toBe(1);
});
