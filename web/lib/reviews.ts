import type { ReviewChange, ReviewNote } from '../../shared/reviews';

/** The first words of a note for a one-line preview. */
export function excerpt(text: string, max = 90): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** Changes since review by KPI key, for the KPI rows of the cards. */
export const changesByKpi = (changes: readonly ReviewChange[]) => new Map(changes.map((c) => [c.kpi, c]));

/** True when a note was written after the week was marked reviewed (a follow-up). */
export const writtenAfterReview = (note: ReviewNote, reviewedAt: string | null) =>
  reviewedAt !== null && note.createdAt > reviewedAt;
