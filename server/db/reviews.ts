import type { ReviewNote, ReviewSettings } from '../../shared/reviews.js';
import type { Scorecard } from '../../shared/schemas.js';
import type { Db } from './open.js';

/** SQL of the weekly review's record: notes, reviewed weeks with their snapshot, the setting. */

interface NoteRow {
  id: number;
  week: string;
  role_key: string;
  kpi_key: string | null;
  kind: 'note' | 'reply';
  body: string;
  author_id: number | null;
  author: string;
  created_at: string;
  updated_at: string | null;
}

// The author's current name when the account still exists, else the name they wrote under.
const NOTE_SELECT = `SELECT n.id, n.week, n.role_key, n.kpi_key, n.kind, n.body, n.author_id,
    COALESCE(u.name, n.author_name) AS author, n.created_at, n.updated_at
  FROM review_notes n LEFT JOIN users u ON u.id = n.author_id`;

const toNote = (r: NoteRow): ReviewNote => ({
  id: r.id,
  week: r.week,
  role: r.role_key,
  kpi: r.kpi_key,
  kind: r.kind,
  body: r.body,
  author: { id: r.author_id, name: r.author },
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface NewNote {
  week: string;
  role: string;
  kpi: string | null;
  kind: 'note' | 'reply';
  body: string;
  authorId: number;
  authorName: string;
}

export function insertNote(db: Db, n: NewNote, now: Date): ReviewNote {
  const info = db
    .prepare(
      `INSERT INTO review_notes (week, role_key, kpi_key, kind, body, author_id, author_name, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(n.week, n.role, n.kpi, n.kind, n.body, n.authorId, n.authorName, now.toISOString());
  return getNote(db, Number(info.lastInsertRowid)) as ReviewNote;
}

export function getNote(db: Db, id: number): ReviewNote | undefined {
  const r = db.prepare(`${NOTE_SELECT} WHERE n.id = ?`).get(id) as NoteRow | undefined;
  return r && toNote(r);
}

export function updateNoteBody(db: Db, id: number, body: string, now: Date): ReviewNote {
  db.prepare('UPDATE review_notes SET body = ?, updated_at = ? WHERE id = ?').run(body, now.toISOString(), id);
  return getNote(db, id) as ReviewNote;
}

export function deleteNote(db: Db, id: number): void {
  db.prepare('DELETE FROM review_notes WHERE id = ?').run(id);
}

/** A week's notes, oldest first. */
export function notesOfWeek(db: Db, week: string): ReviewNote[] {
  return (db.prepare(`${NOTE_SELECT} WHERE n.week = ? ORDER BY n.created_at, n.id`).all(week) as NoteRow[]).map(toNote);
}

/** A role's notes across weeks (optionally about one KPI), newest week first. */
export function notesOfRole(db: Db, role: string, kpi: string | undefined, limit: number): ReviewNote[] {
  const rows = db
    .prepare(
      `${NOTE_SELECT} WHERE n.role_key = ? AND (? IS NULL OR n.kpi_key = ?)
       ORDER BY n.week DESC, n.created_at, n.id LIMIT ?`,
    )
    .all(role, kpi ?? null, kpi ?? null, limit) as NoteRow[];
  return rows.map(toNote);
}

// ---------- reviewed weeks ----------

interface ReviewRow {
  id: number;
  week: string;
  snapshot: string;
  reviewed_at: string;
  reviewed_by: string;
  reopened_at: string | null;
  reopened_by: string | null;
}

export interface WeekReviewRecord {
  id: number;
  reviewedAt: string;
  reviewedBy: string;
  reopenedAt: string | null;
  reopenedBy: string | null;
}

const toRecord = (r: ReviewRow): WeekReviewRecord => ({
  id: r.id,
  reviewedAt: r.reviewed_at,
  reviewedBy: r.reviewed_by,
  reopenedAt: r.reopened_at,
  reopenedBy: r.reopened_by,
});

/** Every review of a week with the scorecard it froze, newest first (reopened ones too). */
export function reviewsOfWeek(db: Db, week: string): Array<WeekReviewRecord & { scorecard: Scorecard }> {
  const rows = db.prepare('SELECT * FROM week_reviews WHERE week = ? ORDER BY id DESC').all(week) as ReviewRow[];
  return rows.map((r) => ({ ...toRecord(r), scorecard: JSON.parse(r.snapshot) as Scorecard }));
}

/** The review in force for a week (not reopened), with its snapshot. */
export function currentReview(db: Db, week: string): (WeekReviewRecord & { snapshot: Scorecard }) | undefined {
  const r = db.prepare('SELECT * FROM week_reviews WHERE week = ? AND reopened_at IS NULL').get(week) as
    | ReviewRow
    | undefined;
  return r && { ...toRecord(r), snapshot: JSON.parse(r.snapshot) as Scorecard };
}

/** Review history without the (large) snapshots. */
export function reviewHistory(db: Db, week: string): WeekReviewRecord[] {
  const rows = db
    .prepare(
      'SELECT id, week, reviewed_at, reviewed_by, reopened_at, reopened_by FROM week_reviews WHERE week = ? ORDER BY id DESC',
    )
    .all(week) as ReviewRow[];
  return rows.map(toRecord);
}

export function insertReview(
  db: Db,
  r: { week: string; snapshot: Scorecard; byId: number; by: string },
  now: Date,
): WeekReviewRecord {
  const info = db
    .prepare(
      'INSERT INTO week_reviews (week, snapshot, reviewed_at, reviewed_by_id, reviewed_by) VALUES (?, ?, ?, ?, ?)',
    )
    .run(r.week, JSON.stringify(r.snapshot), now.toISOString(), r.byId, r.by);
  return {
    id: Number(info.lastInsertRowid),
    reviewedAt: now.toISOString(),
    reviewedBy: r.by,
    reopenedAt: null,
    reopenedBy: null,
  };
}

export function markReopened(db: Db, id: number, by: string, now: Date): void {
  db.prepare('UPDATE week_reviews SET reopened_at = ?, reopened_by = ? WHERE id = ?').run(now.toISOString(), by, id);
}

// ---------- settings ----------

const REQUIRE_NOTE_ON_RED = 'reviews.require_note_on_red';

export function getReviewSettings(db: Db): ReviewSettings {
  const v = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(REQUIRE_NOTE_ON_RED);
  return { requireNoteOnRed: v === '1' };
}

export function setReviewSettings(db: Db, s: ReviewSettings): ReviewSettings {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(REQUIRE_NOTE_ON_RED, s.requireNoteOnRed ? '1' : '0');
  return getReviewSettings(db);
}
