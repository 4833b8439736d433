import { expect, test } from 'vitest';
import type { Scorecard, ScorecardRow } from '../../shared/schemas';
import { dataFlags, needsAttention } from '../../web/lib/scorecard';

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
  expect(dataFlags(r, week)).toEqual(['CSAT: no data since 14 Mar']);
});

test('a partly missing input names the measure and the days, once per gap', () => {
  const r = row('lpc', 'amber', [
    { measure: 'c', name: 'Landing page conversions', lastDate: '2026-03-22', daysWithData: 5, daysInWeek: 7 },
    { measure: 's', name: 'Landing page sessions', lastDate: '2026-03-22', daysWithData: 5, daysInWeek: 7 },
  ]);
  expect(dataFlags(r, week)).toEqual(['Landing page sessions: 5 of 7 days']);
});

test('complete data and never-loaded measures raise no flag (the empty state covers the latter)', () => {
  expect(
    dataFlags(
      row('ok', 'green', [{ measure: 'm', name: 'M', lastDate: '2026-03-22', daysWithData: 7, daysInWeek: 7 }]),
      week,
    ),
  ).toEqual([]);
  expect(
    dataFlags(
      row('new', 'no_data', [{ measure: 'm', name: 'M', lastDate: null, daysWithData: 0, daysInWeek: 7 }]),
      week,
    ),
  ).toEqual([]);
});
