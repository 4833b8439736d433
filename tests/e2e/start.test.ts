import { afterAll, beforeAll, expect, test } from 'vitest';
import { scorecardSchema } from '../../shared/schemas.js';
import { launchBrowser } from '../helpers/browser.js';
import { type RunningServer, startServer } from '../helpers/server.js';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

test('an empty data folder starts with the demo scorecard on one port', async () => {
  // The browser suite runs the compiled server `npm start` runs (vitest.config.ts), not tsx.
  expect(server.proc.spawnargs.slice(1)).toEqual(['dist/node/server/main.js']);
  expect(server.output()).toContain('Loaded the demo dataset');
  expect((await fetch(`${server.url}/api/scorecard`)).status).toBe(401);
  const res = await server.api('/api/scorecard');
  expect(res.status).toBe(200);
  const sc = scorecardSchema.parse(await res.json());
  expect(sc.roles).toHaveLength(8);
  expect(sc.roles.flatMap((r) => r.kpis)).toHaveLength(28);
  // The demo has data for every KPI in the last complete week but the stale Dutch CSAT
  // (still present for the Spanish store), so every KPI has a value.
  expect(sc.roles.flatMap((r) => r.kpis).filter((k) => k.value === null)).toEqual([]);
  const statuses = new Set(sc.roles.flatMap((r) => r.kpis.map((k) => k.status)));
  expect(statuses).toContain('red');
  expect(statuses).toContain('green');
});

test('a restart never reloads demo data into a database that has data', async () => {
  await server.stop();
  const again = await startServer({ ROLECARD_DB: server.dbPath });
  try {
    expect(again.output()).not.toContain('Loaded the demo dataset');
  } finally {
    await again.stop();
  }
});

test('ROLECARD_DEMO=0 starts empty', async () => {
  const empty = await startServer({ ROLECARD_DEMO: '0' });
  try {
    const sc = scorecardSchema.parse(await (await empty.api('/api/scorecard')).json());
    // Demo personas exist only with demo data.
    const users = (await (await empty.api('/api/users')).json()) as { users: Array<{ email: string }> };
    expect(users.users.map((u) => u.email)).toEqual(['admin@test.local']);
    expect(sc.roles.flatMap((r) => r.kpis).every((k) => k.status === 'no_data')).toBe(true);
  } finally {
    await empty.stop();
  }
});

test('the built app is served and lists each role for the last complete week', async () => {
  const s = await startServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(s.url);
    await page.getByLabel('Email').fill('head@demo.rolecard');
    await page.getByLabel('Password').fill('rolecard-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Customer Service' }).waitFor();
    const api = scorecardSchema.parse(await (await s.api('/api/scorecard')).json());
    await expect(page.getByText(`Week ${api.week.label}`, { exact: false }).count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/screenshots/shell.png', fullPage: true });
  } finally {
    await browser.close();
    await s.stop();
  }
});
