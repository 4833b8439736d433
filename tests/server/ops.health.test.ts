import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { healthSchema, readinessSchema } from '../../shared/ops.js';
import { makeTestApp } from '../helpers/testApp.js';

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
/** The highest migration file shipped, read from the folder itself. */
const latest = Math.max(
  ...readdirSync('server/db/migrations')
    .filter((f) => /^\d{3}_.*\.sql$/.test(f))
    .map((f) => Number(f.slice(0, 3))),
);

async function readyz(t: ReturnType<typeof makeTestApp>) {
  const res = await t.fetch('/readyz');
  return { status: res.status, body: readinessSchema.parse(await res.json()) };
}

describe('health probes', () => {
  test('/healthz: up, with the package version and nothing sensitive', async () => {
    const t = makeTestApp({ config: { dbPath: '/srv/secret-place/rolecard.db' } });
    const res = await t.fetch('/healthz');
    expect(res.status).toBe(200);
    const body = healthSchema.parse(await res.json());
    expect(body).toMatchObject({ status: 'ok', version });
    expect(JSON.stringify(body)).not.toMatch(/secret-place|rolecard\.db/);
  });

  test('/readyz: ready when the schema is the newest migration file', async () => {
    const t = makeTestApp({ config: { dbPath: '/srv/secret-place/rolecard.db' } });
    const r = await readyz(t);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      status: 'ready',
      version,
      ready: true,
      database: 'ok',
      schema: { applied: latest, expected: latest },
      problems: [],
    });
    expect(JSON.stringify(r.body)).not.toMatch(/secret-place/);
  });

  test('/readyz: 503 when a migration is pending, or the DB is newer than the build', async () => {
    const t = makeTestApp();
    t.db.prepare('DELETE FROM schema_migrations WHERE version = ?').run(latest);
    const behind = await readyz(t);
    expect(behind.status).toBe(503);
    // Versions need not be contiguous: the one before the latest is whatever is highest now.
    const previous = t.db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get();
    expect(behind.body.schema).toEqual({ applied: previous, expected: latest });
    expect(behind.body.problems[0]).toMatch(/behind this build.*restart to migrate/);

    t.db.prepare("INSERT INTO schema_migrations VALUES (?, '999_future', 'x'), (?, 'again', 'x')").run(latest, 999);
    const ahead = await readyz(t);
    expect(ahead.status).toBe(503);
    expect(ahead.body.problems[0]).toMatch(/newer than this build/);
  });

  test('/readyz: 503 when the database does not answer, /healthz still 200', async () => {
    const t = makeTestApp();
    t.db.close();
    const r = await readyz(t);
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({
      status: 'not_ready',
      database: 'unreachable',
      problems: ['the database does not answer'],
    });
    expect((await t.fetch('/healthz')).status).toBe(200);
  });

  test('the probes live at the root, not under /api', async () => {
    const t = makeTestApp();
    expect((await t.fetch('/api/healthz')).status).toBe(404);
  });
});
