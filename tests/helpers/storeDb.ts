import { seedCatalog } from '../../server/db/catalog.js';
import { migrate } from '../../server/db/migrate.js';
import { type Db, openDb } from '../../server/db/open.js';
import { defaultCatalog } from '../../shared/catalog.js';

/** An in-memory database with the default catalog and two store segments, shop_es and shop_nl. */
export function storeDb(): { db: Db; id: (table: 'measures' | 'segments', key: string) => number } {
  const db = openDb(':memory:');
  migrate(db);
  seedCatalog(db, defaultCatalog);
  db.prepare(
    "INSERT INTO segments (key, name, kind) VALUES ('shop_es', 'ES', 'store'), ('shop_nl', 'NL', 'store')",
  ).run();
  const id = (table: 'measures' | 'segments', key: string) =>
    db.prepare(`SELECT id FROM ${table} WHERE key = ?`).pluck().get(key) as number;
  return { db, id };
}
