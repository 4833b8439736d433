import { Hono } from 'hono';
import {
  annotationIdParams,
  annotationQuerySchema,
  createAnnotationSchema,
  updateAnnotationSchema,
} from '../../shared/annotations.js';
import { audited } from '../auth/audit.js';
import type { AppEnv } from '../deps.js';
import { validate } from '../http/validate.js';
import { signedInUser } from '../reviews/access.js';
import {
  annotationToChange,
  changeAnnotation,
  createAnnotation,
  findAnnotations,
  removeAnnotation,
} from '../reviews/annotations.js';

const idParam = validate('param', annotationIdParams);

/** Events on a day or a range, shown on the trend charts they relate to. */
export const annotationRoutes = new Hono<AppEnv>()
  .get('/annotations', validate('query', annotationQuerySchema), (c) =>
    c.json({ annotations: findAnnotations(c.var.deps.db, c.req.valid('query')) }),
  )
  .post('/annotations', validate('json', createAnnotationSchema), (c) => {
    const { db, clock } = c.var.deps;
    const input = c.req.valid('json');
    const created = audited(c, { action: 'annotation.add', entity: 'annotation', key: input.title }, () =>
      createAnnotation(db, input, signedInUser(c), clock()),
    );
    return c.json(created, 201);
  })
  .patch('/annotations/:id', idParam, validate('json', updateAnnotationSchema), (c) => {
    const { db, clock } = c.var.deps;
    const before = annotationToChange(db, c.req.valid('param').id, signedInUser(c));
    return c.json(
      audited(c, { action: 'annotation.edit', entity: 'annotation', key: String(before.id), before }, () =>
        changeAnnotation(db, before, c.req.valid('json'), clock()),
      ),
    );
  })
  .delete('/annotations/:id', idParam, (c) => {
    const { db } = c.var.deps;
    const before = annotationToChange(db, c.req.valid('param').id, signedInUser(c));
    audited(
      c,
      { action: 'annotation.delete', entity: 'annotation', key: String(before.id), before },
      () => removeAnnotation(db, before),
      () => null,
    );
    return c.body(null, 204);
  });
