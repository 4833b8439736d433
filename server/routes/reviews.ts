import { type Context, Hono } from 'hono';
import {
  createNoteSchema,
  noteHistoryQuerySchema,
  noteIdParams,
  reviewSettingsSchema,
  reviewWeekParams,
  updateNoteSchema,
} from '../../shared/reviews.js';
import { audited } from '../auth/audit.js';
import { resolveWeek } from '../calendar.js';
import { getCatalog, requireRole } from '../db/catalog.js';
import {
  deleteNote,
  getReviewSettings,
  notesOfRole,
  reviewsOfWeek,
  setReviewSettings,
  updateNoteBody,
} from '../db/reviews.js';
import type { AppEnv } from '../deps.js';
import { validate } from '../http/validate.js';
import { signedInUser } from '../reviews/access.js';
import { addNote, getWeekReview, markReviewed, noteToChange, reopenWeek } from '../reviews/service.js';

const weekParam = validate('param', reviewWeekParams);
/** The week a `:week` parameter names (an ISO week or a date inside it). */
const weekNamed = (c: Context<AppEnv>, input: string) => resolveWeek(input, c.var.deps.config, c.var.deps.clock);
const idParam = validate('param', noteIdParams);

/** The weekly review's record: notes, reviewed weeks and their snapshots, the notes setting. */
export const reviewRoutes = new Hono<AppEnv>()
  .get('/review-settings', (c) => c.json(getReviewSettings(c.var.deps.db)))
  .patch('/review-settings', validate('json', reviewSettingsSchema), (c) => {
    const { db } = c.var.deps;
    const before = getReviewSettings(db);
    const key = 'reviews.require_note_on_red';
    return c.json(
      audited(c, { action: 'review.settings', entity: 'setting', key, before }, () =>
        setReviewSettings(db, c.req.valid('json')),
      ),
    );
  })
  .get('/review-notes', validate('query', noteHistoryQuerySchema), (c) => {
    const { role, kpi, limit } = c.req.valid('query');
    requireRole(getCatalog(c.var.deps.db), role);
    return c.json({ notes: notesOfRole(c.var.deps.db, role, kpi, limit) });
  })
  .patch('/review-notes/:id', idParam, validate('json', updateNoteSchema), (c) => {
    const { db, clock } = c.var.deps;
    const before = noteToChange(c.var.deps, c.req.valid('param').id, signedInUser(c), 'edit');
    const key = `${before.week}/${before.role}/${before.id}`;
    return c.json(
      audited(c, { action: 'note.edit', entity: 'review_note', key, before }, () =>
        updateNoteBody(db, before.id, c.req.valid('json').body, clock()),
      ),
    );
  })
  .delete('/review-notes/:id', idParam, (c) => {
    const before = noteToChange(c.var.deps, c.req.valid('param').id, signedInUser(c), 'delete');
    const key = `${before.week}/${before.role}/${before.id}`;
    audited(
      c,
      { action: 'note.delete', entity: 'review_note', key, before },
      () => deleteNote(c.var.deps.db, before.id),
      () => null,
    );
    return c.body(null, 204);
  })
  .get('/reviews/:week', weekParam, (c) => c.json(getWeekReview(c.var.deps, weekNamed(c, c.req.valid('param').week))))
  .get('/reviews/:week/snapshots', weekParam, (c) =>
    c.json({ snapshots: reviewsOfWeek(c.var.deps.db, weekNamed(c, c.req.valid('param').week).label) }),
  )
  .post('/reviews/:week/notes', weekParam, validate('json', createNoteSchema), (c) => {
    const week = weekNamed(c, c.req.valid('param').week);
    const input = c.req.valid('json');
    const note = audited(c, { action: 'note.add', entity: 'review_note', key: `${week.label}/${input.role}` }, () =>
      addNote(c.var.deps, week, input, signedInUser(c)),
    );
    return c.json(note, 201);
  })
  .post('/reviews/:week/review', weekParam, (c) => {
    const week = weekNamed(c, c.req.valid('param').week);
    const review = audited(
      c,
      { action: 'week.review', entity: 'week_review', key: week.label },
      () => markReviewed(c.var.deps, week, signedInUser(c)),
      (r) => ({ reviewedAt: r.reviewedAt, reviewedBy: r.reviewedBy }),
    );
    return c.json(review, 201);
  })
  .delete('/reviews/:week/review', weekParam, (c) => {
    const week = weekNamed(c, c.req.valid('param').week);
    return c.json(
      audited(
        c,
        { action: 'week.reopen', entity: 'week_review', key: week.label },
        () => reopenWeek(c.var.deps, week, signedInUser(c)),
        () => ({ reopened: true }),
      ),
    );
  });
