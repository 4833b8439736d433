import type { Alert, AlertKind } from '../../shared/alerts';
import { activeLocale } from '../i18n/active';
import type { MessageKey } from '../i18n/messages/en';
import { formatShortDate, formatValue } from './format';
import { STATUS_META } from './status';

/**
 * How the Alerts page and the overview line describe an alert: pure, tested in
 * tests/web/alerts.test.ts. Words come from `t` (useT in components, a translator in tests),
 * numbers and dates from lib/format in the language shown.
 */

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** Icon + word for each kind: the word carries the meaning, the icon is a glance. */
export const KIND_META: Record<AlertKind, { icon: string; wordKey: MessageKey; countKey: MessageKey }> = {
  turned_red: { icon: '✕', wordKey: 'alerts.kind.turnedRed', countKey: 'alerts.count.turnedRed' },
  outlier: { icon: '⚠', wordKey: 'alerts.kind.outlier', countKey: 'alerts.count.outlier' },
  missing_data: { icon: '∅', wordKey: 'alerts.kind.missingData', countKey: 'alerts.count.missingData' },
};

/** "6 turned red", "1 outlier", "7 outliers", "2 missing data". */
export function kindCount(kind: AlertKind, n: number, t: Translate): string {
  return t(KIND_META[kind].countKey, { count: n });
}

/** The KPI (or, for missing data, the measure) an alert is about. */
export function alertSubject(a: Alert): string {
  return a.facts.kind === 'missing_data' ? a.facts.measure.name : a.facts.kpi.name;
}

/** The numbers behind an alert, in the KPI's unit. */
export function alertNumbers(a: Alert, currency: string, t: Translate, locale: string = activeLocale()): string {
  const f = a.facts;
  if (f.kind === 'missing_data') {
    const since = formatShortDate(f.since, locale);
    return t('alerts.numbers.missingData', { since, days: f.days, kpis: f.kpis.join(', ') });
  }
  const v = (x: number) => formatValue(x, f.kpi.unit, currency, locale);
  if (f.kind === 'turned_red') {
    const previous = f.previous.value;
    return t('alerts.numbers.turnedRed', {
      value: v(f.value),
      target: v(f.target.value),
      hasPrevious: previous === null ? 'no' : 'yes',
      previous: previous === null ? '' : v(previous),
      status: t(STATUS_META[f.previous.status].wordKey),
    });
  }
  return t('alerts.numbers.outlier', {
    value: v(f.value),
    median: v(f.median),
    history: f.history,
    score: Math.abs(f.score),
    side: f.score > 0 ? 'above' : 'below',
    better: f.better ? 'yes' : 'no',
  });
}

/** An instant in the installation's time zone: "18 Mar, 10:06" ("18 mar, 10:06"). */
export function formatInstant(iso: string, timeZone: string, locale: string = activeLocale()): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

type Delivery = Alert['deliveries'][number];

/** A delivery's state in words, e.g. "retrying at 18 Mar, 10:06 (1 attempt failed: HTTP 500)". */
export function deliveryText(d: Delivery, timeZone: string, t: Translate, locale: string = activeLocale()): string {
  const at = (iso: string | null) => (iso ? formatInstant(iso, timeZone, locale) : '');
  const time = (iso: string | null) => ({ hasTime: iso ? 'yes' : 'no', at: at(iso) });
  // The error is the receiver's own answer (admins only), shown as it came.
  const error = { hasError: d.lastError ? 'yes' : 'no', error: d.lastError ?? '' };
  switch (d.status) {
    case 'delivered':
      return t('alerts.delivery.state.delivered', time(d.deliveredAt));
    case 'sending':
      return t('alerts.delivery.state.sending');
    case 'failed':
      return t('alerts.delivery.state.failed', { attempts: d.attempts, ...error });
    default:
      if (d.attempts === 0) return t('alerts.delivery.state.queued');
      return t('alerts.delivery.state.retrying', { ...time(d.nextAttemptAt), attempts: d.attempts, ...error });
  }
}
