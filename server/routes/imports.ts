import { Hono } from 'hono';
import { z } from 'zod';
import { importOptionsSchema, profileSchema } from '../../shared/imports.js';
import { actorLabel } from '../auth/actor.js';
import { audited } from '../auth/audit.js';
import { allProfiles, headerSignature } from '../csv/profiles.js';
import { BUILT_IN_ROW_PROFILES } from '../csv/rowProfiles.js';
import { listImports, setImportUser } from '../db/imports.js';
import { deleteProfile, saveProfile } from '../db/profiles.js';
import type { AppEnv } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { validate } from '../http/validate.js';
import { importService } from '../imports/service.js';
import { saveUpload, tooLarge } from '../imports/uploads.js';

const uploadParam = z.object({ uploadId: z.string().uuid('an upload id as returned by POST /api/imports') });
const idParam = z.object({ id: z.coerce.number().int().positive() });
const nameQuery = z.object({
  name: z.string().min(1).max(255).default('upload.csv'),
  /** Chosen by the client so it can poll progress while the first preview runs. */
  id: z.string().uuid().optional(),
});

/** Upload → preview → (adjust) → commit; history, undo and source profiles. */
export const importRoutes = new Hono<AppEnv>()
  .post('/imports', validate('query', nameQuery), async (c) => {
    const { deps } = c.var;
    const limit = deps.config.maxUploadMb;
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > limit * 1024 * 1024) throw tooLarge(limit);
    const svc = importService(deps);
    const { name, id } = c.req.valid('query');
    const file = await saveUpload(c.req.raw.body, name, limit, id);
    svc.addUpload(file);
    return c.json(await svc.run(file.uploadId, importOptionsSchema.parse({}), false), 201);
  })
  .post(
    '/imports/uploads/:uploadId/preview',
    validate('param', uploadParam),
    validate('json', importOptionsSchema),
    async (c) => c.json(await importService(c.var.deps).run(c.req.valid('param').uploadId, c.req.valid('json'), false)),
  )
  .post(
    '/imports/uploads/:uploadId/commit',
    validate('param', uploadParam),
    validate('json', importOptionsSchema),
    async (c) => {
      const report = await importService(c.var.deps).run(c.req.valid('param').uploadId, c.req.valid('json'), true);
      if (!report.committed)
        throw new ApiError(
          422,
          'invalid_rows',
          `${report.errorCount.toLocaleString('en-US')} problem(s) in "${report.fileName}"; nothing was written.${report.errors[0] ? ` First: ${report.errors[0].text}.` : ''} Fix the file, or choose to skip bad rows.`,
          { ...report, params: { count: report.errorCount, fileName: report.fileName } },
        );
      // The commit ran in the import worker; who did it is recorded beside it here.
      const actor = c.var.actor;
      if (report.importId !== null)
        audited(
          c,
          { action: 'import.commit', entity: 'import', key: String(report.importId) },
          () => actor && report.importId !== null && setImportUser(c.var.deps.db, report.importId, actorLabel(actor)),
          () => ({ file: report.fileName, counts: report.counts }),
        );
      return c.json(report, 201);
    },
  )
  .get('/imports/uploads/:uploadId/progress', validate('param', uploadParam), (c) =>
    c.json(importService(c.var.deps).getProgress(c.req.valid('param').uploadId)),
  )
  .get('/imports', (c) => c.json({ imports: listImports(c.var.deps.db) }))
  .post('/imports/:id/undo', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    const result = await importService(c.var.deps).undo(id);
    audited(c, { action: 'import.undo', entity: 'import', key: String(id) }, () => result);
    return c.json(result);
  })
  .get('/import-profiles', (c) =>
    c.json({
      profiles: allProfiles(c.var.deps.db).map((p) => ({ name: p.name, kind: p.kind, builtIn: p.builtIn, profile: p })),
    }),
  )
  .post('/import-profiles', validate('json', profileSchema), (c) => {
    const p = c.req.valid('json');
    if (BUILT_IN_ROW_PROFILES.some((b) => b.name === p.name))
      throw new ApiError(409, 'built_in_profile', `"${p.name}" is a built-in profile: choose another name.`, {
        params: { name: p.name },
      });
    audited(c, { action: 'profile.save', entity: 'import_profile', key: p.name }, () =>
      saveProfile(
        c.var.deps.db,
        p,
        p.kind === 'columns' ? headerSignature(p.header) : null,
        c.var.deps.clock().toISOString(),
      ),
    );
    return c.json(p, 201);
  })
  .delete('/import-profiles/:name', (c) => {
    const name = c.req.param('name');
    const deleted = audited(c, { action: 'profile.delete', entity: 'import_profile', key: name }, () =>
      deleteProfile(c.var.deps.db, name),
    );
    if (!deleted)
      throw new ApiError(404, 'not_found', `No saved profile "${name}".`, {
        params: { what: 'profile', key: name, suggestions: [] },
      });
    return c.body(null, 204);
  });
