import { Hono } from 'hono';
import type { AppEnv } from '../deps.js';
import { apiRoutes } from '../ops/apiRoutes.js';
import { buildOpenApi } from '../ops/openapi.js';

/** Built once: the document only changes with the code. */
let document: ReturnType<typeof buildOpenApi> | undefined;

export const openApiRoutes = new Hono<AppEnv>().get('/openapi.json', (c) => {
  document ??= buildOpenApi(apiRoutes);
  return c.json(document);
});
