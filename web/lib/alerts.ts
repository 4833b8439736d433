import type { Alert, AlertKind } from '../../shared/alerts';
import { formatShortDate, formatValue } from './format';
import { STATUS_META } from './status';

/** How the Alerts page and the overview line describe an alert: pure, tested in tests/web/alerts.test.ts. */

/** Icon + word for each kind: the word carries the meaning, the icon is a glance. */
export const KIND_META: Record<AlertKind, { icon: string; word: string }> = {
  turned_red: { icon: '✕', word: 'Turned red' },
  outlier: { icon: '⚠', word: 'Outlier' },
  missing_data: { icon: '∅', word: 'Missing data' },
};

/** "6 turned red", "1 outlier", "7 outliers", "2 missing data". */
export function kindCount(kind: AlertKind, n: number): string {
  const word = KIND_META[kind].word.toLowerCase();
  return `${n} ${kind === 'outlier' && n !== 1 ? `${word}s` : word}`;
}

/** The KPI (or, for missing data, the measure) an alert is about. */
export function alertSubject(a: Alert): string {
  return a.facts.kind === 'missing_data' ? a.facts.measure.name : a.facts.kpi.name;
}

/** The numbers behind an alert, in the KPI's unit. */
export function alertNumbers(a: Alert, currency: string, locale?: string): string {
  const f = a.facts;
  if (f.kind === 'missing_data') {
    const days = `${f.days} day${f.days === 1 ? '' : 's'}`;
    return `No data since ${formatShortDate(f.since)} (${days} when noticed) · feeds ${f.kpis.join(', ')}`;
  }
  const v = (x: number) => formatValue(x, f.kpi.unit, currency, locale);
  if (f.kind === 'turned_red') {
    const before =
      f.previous.value === null ? 'no data' : `${v(f.previous.value)}, ${STATUS_META[f.previous.status].word}`;
    return `${v(f.value)} vs target ${v(f.target.value)} · week before: ${before}`;
  }
  const side = f.score > 0 ? 'above' : 'below';
  return `${v(f.value)} vs median ${v(f.median)} of the previous ${f.history} weeks with data · ${Math.abs(f.score).toFixed(1)} robust SD ${side} (${f.better ? 'better' : 'worse'})`;
}

/** An instant in the installation's time zone: "18 Mar, 10:06". */
export function formatInstant(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

type Delivery = Alert['deliveries'][number];
const attempts = (n: number) => `${n} attempt${n === 1 ? '' : 's'}`;

/** A delivery's state in words, e.g. "retrying at 18 Mar, 10:06 (1 attempt failed: HTTP 500)". */
export function deliveryText(d: Delivery, timeZone: string): string {
  const at = (iso: string) => formatInstant(iso, timeZone);
  const error = d.lastError ? `: ${d.lastError}` : '';
  switch (d.status) {
    case 'delivered':
      return `delivered${d.deliveredAt ? ` ${at(d.deliveredAt)}` : ''}`;
    case 'sending':
      return 'sending now';
    case 'failed':
      return `failed after ${attempts(d.attempts)}${error}`;
    default:
      if (d.attempts === 0) return 'queued';
      return `retrying at ${d.nextAttemptAt ? at(d.nextAttemptAt) : 'once due'} (${attempts(d.attempts)} failed${error})`;
  }
}
