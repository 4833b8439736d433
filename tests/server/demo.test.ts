import { expect, test } from 'vitest';
import { seedCatalog } from '../../server/db/catalog.js';
import { migrate } from '../../server/db/migrate.js';
import { openDb } from '../../server/db/open.js';
import { loadDemo } from '../../server/demo.js';
import { getScorecard } from '../../server/kpi/scorecard.js';
import { defaultCatalog } from '../../shared/catalog.js';
import { shiftWeek, weekOf } from '../../shared/period.js';

/*
 * The demo is generated relative to today, so its planted incident lands on whatever week
 * the Monday review opens on — Black Friday, Christmas, the summer dip or a plain week. The
 * incident must read red on every one of them, or the first look at the product (and the
 * browser tests that rely on it) depends on the calendar.
 */
const PLANTED_RED = ['conversion_rate', 'bounce_rate', 'first_response_time', 'stockout_rate'];

test.each([
  '2026-12-02', // last complete week holds Black Friday
  '2026-12-23', // Christmas peak
  '2027-01-06', // after week 53 of 2026
  '2026-03-18',
  '2026-08-19', // summer dip
  '2026-11-23',
])('the demo incident is red in the last complete week when today is %s', (today) => {
  const db = openDb(':memory:');
  migrate(db);
  seedCatalog(db, defaultCatalog);
  loadDemo(db, today, 'monday', new Date(`${today}T08:00:00Z`));
  const week = shiftWeek(weekOf(today, 'monday'), -1, 'monday');
  const rows = getScorecard(db, { week, weekStart: 'monday', today }).roles.flatMap((r) => r.kpis);
  const status = Object.fromEntries(rows.map((r) => [r.kpi.key, r.status]));
  for (const key of PLANTED_RED) expect({ key, status: status[key] }).toEqual({ key, status: 'red' });
  db.close();
});
