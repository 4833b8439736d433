import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './deps.js';

/** Serves the built web app; unknown paths get index.html so client-side routes reload. */
export function mountStatic(app: Hono<AppEnv>, dir: string) {
  app.use('/assets/*', serveStatic({ root: dir }));
  app.use('/*', serveStatic({ root: dir, index: 'index.html' }));
  app.get('*', (c) => c.html(readFileSync(join(dir, 'index.html'), 'utf8')));
}
