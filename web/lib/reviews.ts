import type { ReviewChange, ReviewNote } from '../../shared/reviews';

const instantFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant in the installation's time zone: "16 Mar 2026, 09:30". */
export function formatInstant(iso: string, timeZone: string): string {
  let fmt = instantFormats.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    });
    instantFormats.set(timeZone, fmt);
  }
  return fmt.format(new Date(iso));
}

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
