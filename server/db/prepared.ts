import type { Db } from './open.js';

/**
 * Statements prepared once per connection and reused: preparing costs more than running a
 * small statement, and the ingestion and webhook hot paths run these for every write.
 * Keyed weakly, so a closed test database does not keep its statements alive.
 */
export function perConnection<T>(prepare: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let s = cache.get(db);
    if (s === undefined) {
      s = prepare(db);
      cache.set(db, s);
    }
    return s;
  };
}
