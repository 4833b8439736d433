import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import type { ErrorParams } from '../../shared/errorCodes.js';
import { fieldIssues } from '../../shared/zodIssues.js';
import { ApiError } from './errors.js';

type Place = ErrorParams<'invalid_request'>['place'];
const places: Record<keyof ValidationTargets, Place> = {
  json: 'body',
  query: 'query',
  param: 'url',
  form: 'form',
  header: 'header',
  cookie: 'cookie',
};
const where: Record<Place, string> = {
  body: 'body',
  query: 'query string',
  url: 'URL',
  form: 'form',
  header: 'header',
  cookie: 'cookie',
};

/**
 * zod validation for a route input; a failure becomes one 400 listing every issue by path,
 * e.g. `items.3.value: expected a number`, each with a stable code and its parameters.
 */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const issues = fieldIssues(result.error, result.data);
      const first = issues[0];
      const place = places[target];
      throw new ApiError(
        400,
        'invalid_request',
        `The ${where[place]} is not valid${first ? `: ${first.path ? `${first.path}: ` : ''}${first.message}` : ''}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}.`,
        { params: { place, count: issues.length }, issues },
      );
    }
  });
}
