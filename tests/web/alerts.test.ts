import { describe, expect, test } from 'vitest';
import type { Alert } from '../../shared/alerts';
import { alertNumbers, alertSubject, deliveryText, formatInstant, kindCount } from '../../web/lib/alerts';
import { translator } from '../helpers/translator';

const t = await translator('en');
const es = await translator('es');
/** Intl puts a no-break space before % and € in Spanish. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

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
    expect(alertNumbers(alert, 'EUR', t, 'en')).toBe(numbers);
  });

  test.each([
    ['turned_red', 6, '6 turned red'],
    ['outlier', 1, '1 outlier'],
    ['outlier', 7, '7 outliers'],
    ['missing_data', 2, '2 missing data'],
  ] as const)('%s × %i → %s', (kind, n, text) => {
    expect(kindCount(kind, n, t)).toBe(text);
  });

  test('a first week without data before it', () => {
    const first = { ...red, facts: { ...red.facts, previous: { value: null, status: 'no_data' } } } as Alert;
    expect(alertNumbers(first, 'EUR', t, 'en')).toBe('2.5% vs target 3.0% · week before: no data');
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
    expect(deliveryText(delivery, 'Europe/Madrid', t)).toBe(text);
  });

  test('instants are shown in the installation’s time zone', () => {
    expect(formatInstant('2026-03-18T23:30:00Z', 'UTC')).toBe('18 Mar, 23:30');
    expect(formatInstant('2026-03-18T23:30:00Z', 'Europe/Madrid')).toBe('19 Mar, 00:30');
  });
});

describe('in Spanish', () => {
  // The same alerts as above: decimal commas, "3,2 %", "52,50 €", Spanish month abbreviations.
  const below = { ...outlier, facts: { ...outlier.facts, score: -9 / 2.9652, history: 1, better: true } } as Alert;
  test.each([
    [red, '2,5 % frente a un objetivo de 3,0 % · semana anterior: 3,2 %, En objetivo'],
    [
      outlier,
      '52,50 € frente a una mediana de 40,00 € en las 11 semanas anteriores con datos · 4,2 DE robustas por encima (peor)',
    ],
    // score −9 / 2.9652 = −3.035 → "3,0 … por debajo"; one week of history is singular.
    [
      below,
      '52,50 € frente a una mediana de 40,00 € en la semana anterior con datos · 3,0 DE robustas por debajo (mejor)',
    ],
    [missing, 'Sin datos desde el 15 mar (3 días al detectarlo) · alimenta Resolution rate, Contact rate'],
  ])('%#: numbers', (alert, numbers) => {
    expect(plain(alertNumbers(alert, 'EUR', es, 'es'))).toBe(numbers);
  });

  test('counts, deliveries and instants', () => {
    expect([1, 6].map((n) => kindCount('turned_red', n, es))).toEqual(['1 pasó a rojo', '6 pasaron a rojo']);
    expect(kindCount('outlier', 7, es)).toBe('7 valores atípicos');
    const d = { id: 1, role: 'ecommerce_manager', deliveredAt: null } as const;
    const retrying = {
      ...d,
      status: 'pending',
      attempts: 2,
      nextAttemptAt: '2026-03-18T10:01:00Z',
      lastError: 'HTTP 500',
    } as const;
    expect(deliveryText(retrying, 'Europe/Madrid', es, 'es')).toBe(
      'nuevo intento el 18 mar, 11:01 (2 intentos fallidos: HTTP 500)',
    );
    const failed = { ...d, status: 'failed', attempts: 1, nextAttemptAt: null, lastError: null } as const;
    expect(deliveryText(failed, 'Europe/Madrid', es, 'es')).toBe('falló tras 1 intento');
    expect(formatInstant('2026-03-18T23:30:00Z', 'UTC', 'es')).toBe('18 mar, 23:30');
  });
});
