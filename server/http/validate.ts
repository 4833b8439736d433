import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { ApiError } from './errors.js';

const where: Record<string, string> = { json: 'body', query: 'query string', param: 'URL', form: 'form' };

/**
 * zod validation for a route input; a failure becomes one 400 listing every issue by path,
 * e.g. `items.3.value: expected a number`.
 */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      const first = issues[0];
      const place = where[target] ?? target;
      throw new ApiError(
        400,
        'invalid_request',
        `The ${place} is not valid${first ? `: ${first.path ? `${first.path}: ` : ''}${first.message}` : ''}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}.`,
        { issues },
      );
    }
  });
}
