import { describe, expect, test } from 'vitest';
import type { Alert } from '../../shared/alerts';
import { alertNumbers, alertSubject, deliveryText, formatInstant, kindCount } from '../../web/lib/alerts';

const kpi = { key: 'conversion_rate', name: 'Conversion rate', unit: 'percent', direction: 'higher' } as const;
const base = {
  id: 1,
  week: '2026-W11',
  createdAt: '2026-03-18T10:00:00.000Z',
  roles: [{ key: 'ecommerce_manager', name: 'E-commerce Manager' }],
  text: '',
  link: '/roles/ecommerce_manager?kpi=conversion_rate&week=2026-W11',
  deliveries: [],
};
const red: Alert = {
  ...base,
  kind: 'turned_red',
  facts: {
    kind: 'turned_red',
    kpi,
    value: 0.025,
    target: { value: 0.03, band: 0.002 },
    previous: { value: 0.032, status: 'green' },
  },
};
const outlier: Alert = {
  ...base,
  kind: 'outlier',
  facts: {
    kind: 'outlier',
    kpi: { key: 'cac', name: 'Customer acquisition cost', unit: 'currency', direction: 'lower' },
    value: 52.5,
    median: 40,
    mad: 2,
    spread: 2.9652,
    spreadMethod: 'mad',
    score: 12.5 / 2.9652, // 4.2155
    history: 11,
    better: false,
  },
};
const missing: Alert = {
  ...base,
  kind: 'missing_data',
  facts: {
    kind: 'missing_data',
    measure: { key: 'tickets_created', name: 'Tickets created' },
    lastDay: '2026-03-14',
    since: '2026-03-15',
    days: 3,
    daysWithData: 28,
    kpis: ['Resolution rate', 'Contact rate'],
  },
};

describe('alert descriptions', () => {
  test.each([
    [red, 'Conversion rate', '2.5% vs target 3.0% · week before: 3.2%, On target'],
    [
      outlier,
      'Customer acquisition cost',
      '€52.50 vs median €40.00 of the previous 11 weeks with data · 4.2 robust SD above (worse)',
    ],
    [missing, 'Tickets created', 'No data since 15 Mar (3 days when noticed) · feeds Resolution rate, Contact rate'],
  ])('%#: subject and numbers', (alert, subject, numbers) => {
    expect(alertSubject(alert)).toBe(subject);
    expect(alertNumbers(alert, 'EUR', 'en')).toBe(numbers);
  });

  test.each([
    ['turned_red', 6, '6 turned red'],
    ['outlier', 1, '1 outlier'],
    ['outlier', 7, '7 outliers'],
    ['missing_data', 2, '2 missing data'],
  ] as const)('%s × %i → %s', (kind, n, text) => {
    expect(kindCount(kind, n)).toBe(text);
  });

  test('a first week without data before it', () => {
    const first = { ...red, facts: { ...red.facts, previous: { value: null, status: 'no_data' } } } as Alert;
    expect(alertNumbers(first, 'EUR', 'en')).toBe('2.5% vs target 3.0% · week before: no data');
  });
});

describe('delivery state in words', () => {
  const d = { id: 1, role: 'ecommerce_manager', nextAttemptAt: null, deliveredAt: null, lastError: null };
  test.each([
    [{ ...d, status: 'pending', attempts: 0 }, 'queued'],
    [
      { ...d, status: 'pending', attempts: 1, nextAttemptAt: '2026-03-18T10:01:00Z', lastError: 'HTTP 500' },
      'retrying at 18 Mar, 11:01 (1 attempt failed: HTTP 500)',
    ],
    [{ ...d, status: 'sending', attempts: 2 }, 'sending now'],
    [{ ...d, status: 'delivered', attempts: 2, deliveredAt: '2026-03-18T10:01:00Z' }, 'delivered 18 Mar, 11:01'],
    [
      { ...d, status: 'failed', attempts: 6, lastError: 'HTTP 503: maintenance' },
      'failed after 6 attempts: HTTP 503: maintenance',
    ],
    // A viewer does not get the error text.
    [{ ...d, status: 'failed', attempts: 6 }, 'failed after 6 attempts'],
  ] as const)('%o → %s', (delivery, text) => {
    // Europe/Madrid is UTC+1 in March: 10:01 UTC is 11:01 there.
    expect(deliveryText(delivery, 'Europe/Madrid')).toBe(text);
  });

  test('instants are shown in the installation’s time zone', () => {
    expect(formatInstant('2026-03-18T23:30:00Z', 'UTC')).toBe('18 Mar, 23:30');
    expect(formatInstant('2026-03-18T23:30:00Z', 'Europe/Madrid')).toBe('19 Mar, 00:30');
  });
});
