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
