import type { User } from '../../shared/auth.js';
import type { Week } from '../../shared/period.js';
import type { ReviewNote, WeekReview } from '../../shared/reviews.js';
import type { Scorecard } from '../../shared/schemas.js';
import { today } from '../calendar.js';
import { getCatalog, unknownRef } from '../db/catalog.js';
import {
  currentReview,
  getNote,
  getReviewSettings,
  insertNote,
  insertReview,
  markReopened,
  notesOfWeek,
  reviewHistory,
} from '../db/reviews.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { getScorecard } from '../kpi/scorecard.js';
import { changesSince, redWithoutNote } from './changes.js';

type Deps = Pick<AppDeps, 'db' | 'config' | 'clock'>;

/** An instant for a message: "2026-03-16 09:30 UTC". */
const formatInstant = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** The all-segments scorecard of a week as it stands now: what a review freezes and compares. */
export function currentScorecard({ db, config, clock }: Deps, week: Week): Scorecard {
  return getScorecard(db, { week, weekStart: config.weekStart, today: today(config, clock) });
}

const byRole = (notes: ReviewNote[]) => {
  const out: Record<string, ReviewNote[]> = {};
  for (const n of notes) {
    const list = out[n.role] ?? [];
    list.push(n);
    out[n.role] = list;
  }
  return out;
};

/** A week's record: reviewed or not, notes by role, red KPIs lacking a note, changes since review. */
export function getWeekReview(deps: Deps, week: Week): WeekReview {
  const review = currentReview(deps.db, week.label);
  const notes = notesOfWeek(deps.db, week.label);
  const now = currentScorecard(deps, week);
  return {
    week,
    reviewed: review !== undefined,
    reviewedAt: review?.reviewedAt ?? null,
    reviewedBy: review?.reviewedBy ?? null,
    requireNoteOnRed: getReviewSettings(deps.db).requireNoteOnRed,
    notes: byRole(notes),
    missingNotes: redWithoutNote(now, notes),
    changes: review ? changesSince(review.snapshot, now) : [],
    history: reviewHistory(deps.db, week.label),
  };
}

/**
 * Marks a week reviewed and freezes its all-segments scorecard. Refused while the week is still
 * running, when it is already reviewed, and — with notes required — while a red KPI has none.
 */
export function markReviewed(deps: Deps, week: Week, by: User): WeekReview {
  if (week.end >= today(deps.config, deps.clock))
    throw new ApiError(
      409,
      'week_not_over',
      `Week ${week.label} ends on ${week.end}; it can be marked reviewed from the day after.`,
      { params: { week: week.label, end: week.end } },
    );
  const existing = currentReview(deps.db, week.label);
  if (existing)
    throw new ApiError(
      409,
      'already_reviewed',
      `Week ${week.label} was already marked reviewed on ${formatInstant(existing.reviewedAt)} by ${existing.reviewedBy}; reopen it first to review it again.`,
      { params: { week: week.label, reviewedAt: existing.reviewedAt, reviewedBy: existing.reviewedBy } },
    );
  const snapshot = currentScorecard(deps, week);
  if (getReviewSettings(deps.db).requireNoteOnRed) {
    const missing = redWithoutNote(snapshot, notesOfWeek(deps.db, week.label));
    if (missing.length)
      throw new ApiError(
        409,
        'notes_missing',
        `Week ${week.label} cannot be marked reviewed: ${missing.length} red KPI${missing.length > 1 ? 's have' : ' has'} no note — ${missing.map((m) => `${m.kpiName} (${m.roleName})`).join(', ')}. Add a note on each, or turn off "require a note on every red KPI".`,
        { params: { week: week.label, count: missing.length, kpis: missing.map((m) => m.kpiName) }, missing },
      );
  }
  insertReview(deps.db, { week: week.label, snapshot, byId: by.id, by: by.name }, deps.clock());
  return getWeekReview(deps, week);
}

/** Reopens a reviewed week; its snapshot stays in the history. */
export function reopenWeek(deps: Deps, week: Week, by: User): WeekReview {
  const existing = currentReview(deps.db, week.label);
  if (!existing)
    throw new ApiError(
      409,
      'not_reviewed',
      `Week ${week.label} is not marked reviewed, so there is nothing to reopen.`,
      { params: { week: week.label } },
    );
  markReopened(deps.db, existing.id, by.name, deps.clock());
  return getWeekReview(deps, week);
}

/** Checks a new note's week, role and KPI, and decides whether it is a note or an owner's reply. */
export function addNote(
  deps: Deps,
  week: Week,
  input: { role: string; kpi: string | null; body: string },
  by: User,
): ReviewNote {
  const snap = getCatalog(deps.db);
  if (week.start > today(deps.config, deps.clock))
    throw new ApiError(
      422,
      'future_week',
      `week: ${week.label} has not started yet; notes are for weeks up to this one.`,
      { params: { week: week.label }, field: 'week' },
    );
  const role = snap.roleByKey.get(input.role);
  if (!role) throw unknownRef('role', 'role', input.role, snap.roleByKey.keys());
  if (input.kpi !== null) {
    const ofRole = snap.kpis.filter((k) => k.roleId === role.id).map((k) => k.key);
    if (!ofRole.includes(input.kpi)) throw unknownRef('kpi', 'kpi', input.kpi, ofRole, role.name);
  }
  return insertNote(
    deps.db,
    {
      week: week.label,
      role: role.key,
      kpi: input.kpi,
      kind: by.role === 'admin' ? 'note' : 'reply',
      body: input.body,
      authorId: by.id,
      authorName: by.name,
    },
    deps.clock(),
  );
}

/**
 * The note a person wants to change: its author may edit or delete it (an admin may also
 * delete anyone's), and only while its week is not marked reviewed.
 */
export function noteToChange(deps: Deps, id: number, by: User, action: 'edit' | 'delete'): ReviewNote {
  const note = getNote(deps.db, id);
  if (!note)
    throw new ApiError(404, 'not_found', `No note with id ${id}; it may have been deleted.`, {
      params: { what: 'note', key: String(id), suggestions: [] },
    });
  const mayDelete = action === 'delete' && by.role === 'admin';
  if (note.author.id !== by.id && !mayDelete)
    throw new ApiError(
      403,
      'forbidden',
      `Only its author (${note.author.name}) may ${action} this note${action === 'edit' ? '' : ' (or an admin)'}; add a reply instead.`,
      { params: { reason: 'note_author', author: note.author.name, action } },
    );
  const review = currentReview(deps.db, note.week);
  if (review)
    throw new ApiError(
      409,
      'week_reviewed',
      `Week ${note.week} was marked reviewed on ${formatInstant(review.reviewedAt)} by ${review.reviewedBy}; its notes are the record of that review. Add a new note, or ask an admin to reopen the week.`,
      { params: { week: note.week, reviewedAt: review.reviewedAt, reviewedBy: review.reviewedBy } },
    );
  return note;
}
