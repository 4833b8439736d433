/**
 * Server-side downsampling for long series. A chart cannot show more points than it has
 * pixels, and recharts re-renders every point on each hover: past ~1,500 points per series a
 * role page stutters. We use min/max buckets (a simplified M4): the points are cut into
 * `max / 2` consecutive buckets of equal count and each bucket keeps its lowest and its
 * highest point, in time order. Why this and not averaging or LTTB:
 *  - every kept point is a real period with its own numerator and denominator, so a tooltip
 *    ("2.41% = 1,204 orders / 49,958 sessions") stays true; an average of daily ratios would
 *    be the very bug the KPI maths avoids;
 *  - the extremes survive: an incident day is never smoothed away;
 *  - a bucket with no data at all keeps one empty point, so a long gap still shows as a gap.
 * Gaps shorter than a bucket (at 10 years of days, about 5 days) inside a bucket with data
 * are not shown.
 */

export const MAX_SERIES_POINTS = 1500;

export interface Downsampled<T> {
  points: T[];
  /** Present only when points were dropped. */
  info?: { method: 'min-max'; sourcePoints: number; buckets: number };
}

export function downsampleMinMax<T extends { value: number | null }>(
  points: readonly T[],
  max = MAX_SERIES_POINTS,
): Downsampled<T> {
  const n = points.length;
  if (n <= max) return { points: [...points] };
  const buckets = Math.max(1, Math.floor(max / 2));
  const out: T[] = [];
  for (let b = 0; b < buckets; b++) {
    const lo = Math.floor((b * n) / buckets);
    const hi = Math.floor(((b + 1) * n) / buckets);
    let minI = -1;
    let maxI = -1;
    for (let i = lo; i < hi; i++) {
      const v = points[i]?.value;
      if (v === null || v === undefined) continue;
      if (minI < 0 || v < (points[minI]?.value ?? v)) minI = i;
      if (maxI < 0 || v > (points[maxI]?.value ?? v)) maxI = i;
    }
    const keep = minI < 0 ? [lo] : minI === maxI ? [minI] : [Math.min(minI, maxI), Math.max(minI, maxI)];
    for (const i of keep) {
      const p = points[i];
      if (p) out.push(p);
    }
  }
  return { points: out, info: { method: 'min-max', sourcePoints: n, buckets } };
}
