import { buildServer } from '../../scripts/build-server.js';

/**
 * Benchmarks measure what `npm start` runs: the compiled server (scripts/build-server.ts), not
 * TypeScript through tsx. Compiles it (with `extra` entry files, the bench's own servers) and
 * makes tests/helpers/server.ts start it.
 */
export async function compileServerForBench(extra: string[] = []): Promise<void> {
  await buildServer(extra);
  process.env.ROLECARD_TEST_SERVER = 'compiled';
}

/** Where the build puts a compiled TypeScript file (`bench/x.ts` → `dist/node/bench/x.js`). */
export const compiledPath = (ts: string) => `dist/node/${ts.replace(/\.ts$/, '.js')}`;
