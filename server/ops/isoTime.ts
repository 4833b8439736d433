/**
 * `date.toISOString()`, remembered for the last instant formatted: V8 formats an ISO string in
 * ~0.7–1.5 µs, and a webhook delivery formats its receive time in several places (the inbox and
 * log rows, the measure cells' provenance). Keyed by the time value, not the Date object, so a
 * Date changed in place is formatted anew; an invalid date still throws RangeError.
 */
let lastMs = Number.NaN;
let lastIso = '';

export function isoTime(date: Date): string {
  const ms = date.getTime();
  if (ms !== lastMs) {
    lastIso = date.toISOString();
    lastMs = ms;
  }
  return lastIso;
}
