import type { Context } from 'hono';
import { writeAudit } from '../db/audit.js';
import type { AppEnv } from '../deps.js';
import { actorLabel } from './actor.js';

/**
 * Runs a change and records it in the audit log in the same transaction, so the log never
 * claims a change that rolled back and no change escapes the log.
 */
export function audited<T>(
  c: Context<AppEnv>,
  what: { action: string; entity: string; key: string; before?: unknown },
  change: () => T,
  after: (result: T) => unknown = (r) => r,
): T {
  const { db, clock } = c.var.deps;
  const actor = c.var.actor;
  return db.transaction(() => {
    const result = change();
    writeAudit(
      db,
      {
        actorId: actor?.user.id ?? null,
        actor: actor ? actorLabel(actor) : 'anonymous',
        action: what.action,
        entity: what.entity,
        entityKey: what.key,
        before: what.before,
        after: after(result),
      },
      clock(),
    );
    return result;
  })();
}
