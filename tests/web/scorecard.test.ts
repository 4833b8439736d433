import { expect, test } from 'vitest';
import type { Scorecard, ScorecardRow } from '../../shared/schemas';
import { dataFlags, emptyHint, needsAttention } from '../../web/lib/scorecard';
import { translator } from '../helpers/translator';

const t = await translator('en');

const row = (key: string, status: ScorecardRow['status'], inputs: ScorecardRow['inputs'] = []): ScorecardRow => ({
  kpi: { key, name: key.toUpperCase(), unit: 'percent', direction: 'higher', kind: 'ratio' },
  value: 0.5,
  numerator: 1,
  denominator: 2,
  previous: null,
  change: null,
  target: null,
  status,
  sparkline: [],
  inputs,
  incomplete: false,
});
const week = { start: '2026-03-16' };

test('needs attention lists every red KPI before any amber one, in catalog order', () => {
  const sc = {
    roles: [
      {
        role: { key: 'a', name: 'A' },
        health: { green: 0, withTarget: 0, total: 2 },
        kpis: [row('x', 'amber'), row('y', 'red')],
      },
      {
        role: { key: 'b', name: 'B' },
        health: { green: 0, withTarget: 0, total: 2 },
        kpis: [row('z', 'green'), row('w', 'red')],
      },
    ],
  } as unknown as Scorecard;
  expect(needsAttention(sc).map((i) => i.row.kpi.key)).toEqual(['y', 'w', 'x']);
});

test('a stale input says since when', () => {
  const r = row('csat', 'no_data', [
    { measure: 's', name: 'Satisfied', lastDate: '2026-03-14', daysWithData: 0, daysInWeek: 7 },
    { measure: 'r', name: 'Responses', lastDate: '2026-03-14', daysWithData: 0, daysInWeek: 7 },
  ]);
  expect(dataFlags(r, week, t)).toEqual(['CSAT: no data since 14 Mar']);
});

test('a partly missing input names the measure and the days, once per gap', () => {
  const r = row('lpc', 'amber', [
    { measure: 'c', name: 'Landing page conversions', lastDate: '2026-03-22', daysWithData: 5, daysInWeek: 7 },
    { measure: 's', name: 'Landing page sessions', lastDate: '2026-03-22', daysWithData: 5, daysInWeek: 7 },
  ]);
  expect(dataFlags(r, week, t)).toEqual(['Landing page sessions: 5 of 7 days']);
});

test('complete data and never-loaded measures raise no flag (the empty state covers the latter)', () => {
  expect(
    dataFlags(
      row('ok', 'green', [{ measure: 'm', name: 'M', lastDate: '2026-03-22', daysWithData: 7, daysInWeek: 7 }]),
      week,
      t,
    ),
  ).toEqual([]);
  expect(
    dataFlags(
      row('new', 'no_data', [{ measure: 'm', name: 'M', lastDate: null, daysWithData: 0, daysInWeek: 7 }]),
      week,
      t,
    ),
  ).toEqual([]);
});

test('an input with data after the week but none in it says "no data this week"', () => {
  const stale = row('csat', 'no_data', [
    // An older week looked at later: the measure has data from the 25th on, none in 16–22 Mar.
    { measure: 's', name: 'Satisfied', lastDate: '2026-03-25', daysWithData: 0, daysInWeek: 7 },
  ]);
  expect(dataFlags(stale, week, t)).toEqual(['CSAT: no data this week']);
});

test("an empty KPI says where its role's data comes from, this week or in a range", () => {
  expect(emptyHint('CSAT', 'customer_service', t)).toBe(
    'No CSAT data this week — upload a helpdesk export or connect a webhook',
  );
  expect(emptyHint('Organic share', 'seo', t, 'range')).toBe(
    'No Organic share data in this range — upload an export or connect a webhook',
  );
});

test('flags and hints in Spanish', async () => {
  const es = await translator('es');
  const r = row('lpc', 'amber', [
    { measure: 's', name: 'Landing page sessions', lastDate: '2026-03-22', daysWithData: 5, daysInWeek: 7 },
  ]);
  expect(dataFlags(r, week, es)).toEqual(['Landing page sessions: 5 de 7 días']);
  expect(emptyHint('CSAT', 'logistics', es, 'range')).toBe(
    'No hay datos de CSAT en este periodo: sube una exportación del transportista o del almacén',
  );
});
