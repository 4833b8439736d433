import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Compiles the server to plain JavaScript for `npm start`: every .ts file under these folders,
 * one output file each, at the same path under dist/node/ (so relative imports and the import
 * worker's `new URL('./worker.js', import.meta.url)` still resolve). No bundling, no
 * minifying. Running the compiled files instead of TypeScript through tsx saves the loader
 * and the `__name` calls tsx's esbuild settings add to every named closure: ~20 µs of server
 * CPU per webhook delivery on the 2-core machine (docs/webhooks.md). Files that are not
 * TypeScript (migrations, the built web app) are read from the project folder (server/paths.ts).
 */
const SOURCES = ['server', 'shared', 'fixtures'];
export const SERVER_BUILD_DIR = 'dist/node';

const typeScriptIn = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(dir, f));

/** Compiles the server; `extra` adds entry files of other folders (the benchmark's servers). */
export async function buildServer(extra: string[] = []): Promise<void> {
  rmSync(SERVER_BUILD_DIR, { recursive: true, force: true });
  await build({
    entryPoints: [...SOURCES.flatMap(typeScriptIn), ...extra],
    outdir: SERVER_BUILD_DIR,
    outbase: '.',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer(process.argv.slice(2));
