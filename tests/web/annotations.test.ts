import { expect, test } from 'vitest';
import type { Annotation } from '../../shared/annotations';
import { annotationDays, annotationScope, chartMarks } from '../../web/lib/annotations';

const ann = (id: number, start: string, end = start): Annotation => ({
  id,
  title: `Event ${id}`,
  note: '',
  start,
  end,
  roles: [],
  kpis: [],
  createdBy: { id: 1, name: 'Hanna' },
  createdAt: '2026-03-18T10:00:00.000Z',
  updatedAt: null,
});

// ISO weeks 2026-W10 .. W12: Mon 2 Mar .. Sun 22 Mar.
const weeks = [
  { period: '2026-W10', start: '2026-03-02', end: '2026-03-08' },
  { period: '2026-W11', start: '2026-03-09', end: '2026-03-15' },
  { period: '2026-W12', start: '2026-03-16', end: '2026-03-22' },
];
const months = [
  { period: '2026-02', start: '2026-02-01', end: '2026-02-28' },
  { period: '2026-03', start: '2026-03-01', end: '2026-03-31' },
  { period: '2026-04', start: '2026-04-01', end: '2026-04-30' },
];
const days = ['2026-03-10', '2026-03-11', '2026-03-12'].map((d) => ({ period: d, start: d, end: d }));

test.each([
  // A Wednesday marks the week holding it, as a line.
  ['a day on a weekly chart', weeks, ann(1, '2026-03-11'), { x1: '2026-W11', x2: '2026-W11', kind: 'line' }],
  // Fri 6 Mar .. Tue 10 Mar touches W10 and W11: an area over both.
  [
    'a range across two weeks',
    weeks,
    ann(1, '2026-03-06', '2026-03-10'),
    { x1: '2026-W10', x2: '2026-W11', kind: 'area' },
  ],
  // Sun 8 Mar is the last day of W10, Mon 9 Mar the first of W11.
  ['the last day of a week', weeks, ann(1, '2026-03-08'), { x1: '2026-W10', x2: '2026-W10', kind: 'line' }],
  ['the first day of a week', weeks, ann(1, '2026-03-09'), { x1: '2026-W11', x2: '2026-W11', kind: 'line' }],
  // Starting before the chart: clipped to its first bucket.
  [
    'a range starting before the chart',
    weeks,
    ann(1, '2026-02-20', '2026-03-03'),
    { x1: '2026-W10', x2: '2026-W10', kind: 'line' },
  ],
  ['a day on a monthly chart', months, ann(1, '2026-03-11'), { x1: '2026-03', x2: '2026-03', kind: 'line' }],
  [
    '30 Mar .. 2 Apr on a monthly chart',
    months,
    ann(1, '2026-03-30', '2026-04-02'),
    { x1: '2026-03', x2: '2026-04', kind: 'area' },
  ],
  ['a day on a daily chart', days, ann(1, '2026-03-11'), { x1: '2026-03-11', x2: '2026-03-11', kind: 'line' }],
  [
    'two days on a daily chart',
    days,
    ann(1, '2026-03-11', '2026-03-12'),
    { x1: '2026-03-11', x2: '2026-03-12', kind: 'area' },
  ],
] as const)('%s', (_name, buckets, a, want) => {
  expect(chartMarks([a], buckets)).toEqual([{ id: 1, n: 1, title: 'Event 1', ...want }]);
});

test('events outside the chart are left out; numbers follow the list order', () => {
  const marks = chartMarks([ann(1, '2026-02-20', '2026-03-01'), ann(2, '2026-03-12'), ann(3, '2026-03-23')], weeks);
  // Event 1 ends on Sun 1 Mar, before W10; event 3 is on Mon 23 Mar, after W12.
  expect(marks).toEqual([{ id: 2, n: 2, title: 'Event 2', x1: '2026-W11', x2: '2026-W11', kind: 'line' }]);
});

test('on a downsampled series an event between kept points marks the next one', () => {
  const kept = [weeks[0], weeks[2]].filter((b) => b !== undefined);
  expect(chartMarks([ann(1, '2026-03-11')], kept)).toEqual([
    { id: 1, n: 1, title: 'Event 1', x1: '2026-W12', x2: '2026-W12', kind: 'line' },
  ]);
});

test('days and scope in words', () => {
  expect(annotationDays(ann(1, '2026-03-11'))).toBe('11 Mar 2026');
  expect(annotationDays(ann(1, '2026-03-11', '2026-03-13'))).toBe('11 Mar – 13 Mar 2026');
  const names = { role: (k: string) => `role:${k}`, kpi: (k: string) => `kpi:${k}` };
  expect(annotationScope({ roles: [], kpis: [] }, names)).toBe('Business-wide');
  expect(annotationScope({ roles: ['logistics'], kpis: ['csat'] }, names)).toBe('role:logistics, kpi:csat');
});
