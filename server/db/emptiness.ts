import type { Db } from './open.js';

/** True when the database holds no measure values and no targets: safe to load demo data. */
export function isEmpty(db: Db): boolean {
  const values = db.prepare('SELECT EXISTS (SELECT 1 FROM measure_values)').pluck().get();
  const targets = db.prepare('SELECT EXISTS (SELECT 1 FROM targets)').pluck().get();
  return values === 0 && targets === 0;
}
