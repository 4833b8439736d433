import type { Actor } from './auth/actor.js';
import type { Config } from './config.js';
import type { Db } from './db/open.js';

/** What the app needs from the outside; tests pass an in-memory DB and a fixed clock. */
export interface AppDeps {
  db: Db;
  config: Config;
  clock: () => Date;
  /** Built web app to serve; omitted in API tests. */
  staticDir?: string;
  log?: (entry: Record<string, unknown>) => void;
}

export type AppEnv = { Variables: { deps: AppDeps; requestId: string; actor: Actor | null } };
