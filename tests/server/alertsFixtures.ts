import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addDays } from '../../shared/period.js';
import { ingestOk, type TestApp } from '../helpers/testApp.js';

/** The same value of a measure on every day from `from` to `to`. */
export function daily(measure: string, from: string, to: string, value: number) {
  const items = [];
  for (let d = from; d <= to; d = addDays(d, 1)) items.push({ measure, date: d, value });
  return items;
}

/**
 * Conversion rate per ISO week of 2026 (Mon–Sun), as orders per 1,000 sessions a day:
 * 32 → 3.2% (green against 3% ± 0.2 pts), 25 → 2.5% (red: 0.5 pts short, beyond the 0.2 band).
 */
export async function conversionWeeks(t: TestApp, weeks: Array<[monday: string, ordersPerDay: number]>) {
  for (const [monday, orders] of weeks)
    await ingestOk(t, [
      ...daily('sessions', monday, addDays(monday, 6), 1000),
      ...daily('orders', monday, addDays(monday, 6), orders),
    ]);
}

export async function conversionTarget(t: TestApp) {
  const r = await t.request('POST', '/api/targets', {
    kpi: 'conversion_rate',
    value: 0.03,
    band: 0.002,
    effectiveFrom: '2026-W01',
  });
  if (r.status !== 201) throw new Error(`target → ${r.status}: ${JSON.stringify(r.json)}`);
}

/** Facts of a conversion rate that went red: 2.5% against 3% ± 0.2 pts, after 3.2% (green). */
export const conversionRedFacts = {
  kind: 'turned_red',
  kpi: { key: 'conversion_rate', name: 'Conversion rate', unit: 'percent', direction: 'higher' },
  value: 0.025,
  target: { value: 0.03, band: 0.002 },
  previous: { value: 0.032, status: 'green' },
} as const;

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local HTTP receiver on 127.0.0.1 and an ephemeral port; answers from `reply` in turn. */
export async function receiver(
  reply: (n: number) => { status: number; body?: string; headers?: Record<string, string> } | 'hang',
) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => {
      body += String(d);
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const r = reply(received.length);
      if (r === 'hang') return;
      res.writeHead(r.status, r.headers);
      res.end(r.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
