import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder (the one holding package.json), found by walking up from this file, so
 * paths come out the same whether the server runs from its sources (`server/`) or from the
 * compiled build (`dist/node/server/`, see scripts/build-server.ts).
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; ) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`No package.json above ${from}: run Rolecard from its project folder.`);
    dir = up;
  }
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** True when this process runs the compiled build rather than TypeScript through tsx. */
export const runsCompiled = import.meta.url.endsWith('.js');

/**
 * How to start the worker thread whose TypeScript source is `source`: the compiled build runs
 * the `.js` beside it directly; from sources, `imports/worker-boot.mjs` registers tsx first
 * (worker threads do not inherit its loader) and then loads `entry`. Spread `data` into the
 * worker's `workerData`.
 */
export function workerStart(source: URL): { url: URL; data: { entry?: string } } {
  if (runsCompiled) return { url: new URL(source.href.replace(/\.ts$/, '.js')), data: {} };
  return { url: new URL('./imports/worker-boot.mjs', import.meta.url), data: { entry: source.href } };
}
