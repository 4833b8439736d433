import type { Annotation } from '../../shared/annotations';
import { formatLongDate, formatRange } from './format';

/** A chart bucket: its period key (the x value) and the days it covers. */
export interface Bucket {
  period: string;
  start: string;
  end: string;
}

/** An annotation drawn on a chart: a line on one bucket, or an area from one bucket to another. */
export interface ChartMark {
  id: number;
  /** 1-based, matching the list under the chart. */
  n: number;
  title: string;
  x1: string;
  x2: string;
  kind: 'line' | 'area';
}

/**
 * Maps annotations onto a chart's buckets (days, weeks or months): an event marks every
 * bucket holding one of its days, so a one-day event on a weekly chart marks the week that
 * contains it, and a range spanning two months on a monthly chart covers both. Events
 * outside the chart are left out; one falling between the kept points of a downsampled series
 * marks the next point.
 */
export function chartMarks(annotations: readonly Annotation[], buckets: readonly Bucket[]): ChartMark[] {
  const marks: ChartMark[] = [];
  annotations.forEach((a, i) => {
    const first = buckets.findIndex((b) => b.end >= a.start);
    const last = buckets.findLastIndex((b) => b.start <= a.end);
    if (first === -1 || last === -1) return;
    const from = buckets[first] as Bucket;
    const to = buckets[Math.max(first, last)] as Bucket;
    marks.push({
      id: a.id,
      n: i + 1,
      title: a.title,
      x1: from.period,
      x2: to.period,
      kind: from === to ? 'line' : 'area',
    });
  });
  return marks;
}

/** An event's days for a list: "11 Mar 2026" or "11 Mar – 13 Mar 2026". */
export function annotationDays(a: Pick<Annotation, 'start' | 'end'>): string {
  return a.start === a.end ? formatLongDate(a.start) : formatRange(a.start, a.end);
}

/** What an annotation is tied to, in words: "Business-wide", or role and KPI names. */
export function annotationScope(
  a: Pick<Annotation, 'roles' | 'kpis'>,
  names: { role: (k: string) => string; kpi: (k: string) => string },
): string {
  if (a.roles.length === 0 && a.kpis.length === 0) return 'Business-wide';
  return [...a.roles.map(names.role), ...a.kpis.map(names.kpi)].join(', ');
}
