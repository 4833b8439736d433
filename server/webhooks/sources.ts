import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { createSourceSchema, Source, updateSourceSchema } from '../../shared/webhooks.js';
import { getCatalog, requireSegment } from '../db/catalog.js';
import type { Db } from '../db/open.js';
import {
  activeSecrets,
  getSourceRow,
  insertSecret,
  insertSource,
  listSourceRows,
  revokeSecret,
  type SourceRow,
  toSource,
  updateSourceRow,
} from '../db/webhooks.js';
import { ApiError } from '../http/errors.js';
import { generateSecret } from './signatures.js';

/** Source administration: the secret value is returned only by create and rotate. */

export function requireSource(db: Db, id: string): SourceRow {
  const s = getSourceRow(db, id);
  if (!s)
    throw new ApiError(404, 'not_found', `No webhook source "${id}". GET /api/webhook-sources lists them.`, {
      params: { what: 'webhook_source', key: id, suggestions: [] },
    });
  return s;
}

function segmentId(db: Db, key: string | null): number | null {
  if (key === null) return null;
  try {
    return requireSegment(getCatalog(db), key).id;
  } catch (err) {
    // A reference inside the body is a 422, not a 404 (the URL was fine).
    if (err instanceof ApiError && err.is('not_found')) {
      const params = { field: 'segment', what: 'segment' as const, key, suggestions: err.details.params.suggestions };
      throw new ApiError(422, 'unknown_reference', `segment: ${err.message}`, { ...err.details, params });
    }
    throw err;
  }
}

export function listSources(db: Db): Source[] {
  return listSourceRows(db).map((r) => toSource(db, r));
}

export function createSource(db: Db, input: z.infer<typeof createSourceSchema>, now: Date) {
  const id = `src_${randomBytes(12).toString('base64url')}`;
  const at = now.toISOString();
  const value = input.secret ?? generateSecret(input.kind);
  const secret = db.transaction(() => {
    insertSource(db, {
      id,
      name: input.name,
      kind: input.kind,
      timeZone: input.timeZone,
      segmentId: segmentId(db, input.segment),
      currency: input.currency,
      allowTest: input.allowTest,
      maxBodyBytes: input.maxBodyBytes,
      rateLimitPerMinute: input.rateLimitPerMinute,
      createdAt: at,
    });
    return insertSecret(db, id, value, at);
  })();
  return {
    source: toSource(db, requireSource(db, id)),
    secret: { id: secret.id, hint: secret.hint, createdAt: at, value },
  };
}

export function updateSource(db: Db, id: string, patch: z.infer<typeof updateSourceSchema>): Source {
  requireSource(db, id);
  const { segment, ...rest } = patch;
  updateSourceRow(db, id, { ...rest, ...(segment !== undefined ? { segmentId: segmentId(db, segment) } : {}) });
  return toSource(db, requireSource(db, id));
}

/** Adds a secret; the old ones keep verifying until revoked, so senders can switch over. */
export function rotateSecret(db: Db, id: string, provided: string | undefined, now: Date) {
  const source = requireSource(db, id);
  const value = provided ?? generateSecret(source.kind);
  const s = insertSecret(db, id, value, now.toISOString());
  return { source: toSource(db, source), secret: { id: s.id, hint: s.hint, createdAt: s.createdAt, value } };
}

export function revokeSourceSecret(db: Db, id: string, secretId: number, now: Date): Source {
  const source = requireSource(db, id);
  const active = activeSecrets(db, id);
  if (!active.some((s) => s.id === secretId))
    throw new ApiError(404, 'not_found', `Source "${id}" has no active secret ${secretId}.`, {
      params: { what: 'secret', key: String(secretId), suggestions: [] },
    });
  if (active.length === 1)
    throw new ApiError(
      409,
      'last_secret',
      'This is the source’s only active secret; rotate first (POST …/secrets), then revoke the old one.',
    );
  revokeSecret(db, id, secretId, now.toISOString());
  return toSource(db, source);
}
