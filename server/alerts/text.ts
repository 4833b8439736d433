import type { AlertFacts, AlertKind } from '../../shared/alerts.js';
// The dashboard's own formatter, so an alert says "1.9%" exactly as the scorecard does.
import { formatValue } from '../../shared/format.js';
import type { Unit } from '../../shared/units.js';

/** The symbol that leads an alert's sentence, in the webhook text and on the Alerts page. */
export const KIND_ICON: Record<AlertKind, string> = { turned_red: '🔴', outlier: '⚠️', missing_data: '⏳' };

/**
 * Outbound webhook text is always English with English number formats, whatever the host's
 * locale or the admin's UI language: the receiving channel's language is unknown (a Slack
 * channel is read by whoever is in it), and one alert goes to several roles' hooks. The
 * Alerts page does not show this text: it words each alert from its `facts` in the reader's
 * language (web/lib/alerts.ts).
 */
const fmt = (v: number, unit: Unit, currency: string) => formatValue(v, unit, currency, 'en');

/** One sentence saying what happened, with the numbers; without the link. */
export function alertSentence(facts: AlertFacts, week: string, currency: string): string {
  switch (facts.kind) {
    case 'turned_red': {
      const { kpi } = facts;
      return `${KIND_ICON.turned_red} ${kpi.name} turned red in ${week}: ${fmt(facts.value, kpi.unit, currency)} vs target ${fmt(facts.target.value, kpi.unit, currency)}`;
    }
    case 'outlier': {
      const { kpi } = facts;
      const side = facts.score > 0 ? 'above' : 'below';
      const weeks =
        facts.history === 12 ? 'the previous 12 weeks' : `the previous 12 weeks (${facts.history} with data)`;
      return `${KIND_ICON.outlier} ${kpi.name} is unusual in ${week}: ${fmt(facts.value, kpi.unit, currency)}, ${Math.abs(facts.score).toFixed(1)} robust standard deviations ${side} the median of ${weeks}, ${fmt(facts.median, kpi.unit, currency)}`;
    }
    case 'missing_data':
      return `${KIND_ICON.missing_data} No ${facts.measure.name} data for ${facts.days} days (last day with data ${facts.lastDay}); it feeds ${facts.kpis.join(', ')}`;
  }
}

/** The app path that opens the chart behind an alert (role page, one KPI highlighted). */
export function alertLink(role: string, kpi: string, opts: { week?: string; grain?: 'day' }): string {
  const q = new URLSearchParams({ kpi });
  if (opts.week) q.set('week', opts.week);
  if (opts.grain) q.set('grain', opts.grain);
  return `/roles/${encodeURIComponent(role)}?${q.toString()}`;
}

/** Slack's three control characters (its mrkdwn would read `<` in a KPI name as a link). */
const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface PayloadAlert {
  id: number;
  kind: AlertKind;
  week: string;
  roles: string[];
  facts: AlertFacts;
  text: string;
  link: string;
  createdAt: string;
}

/**
 * The JSON body POSTed to a role's webhook: Standard Webhooks' `type` / `timestamp` / `data`
 * envelope plus a top-level `text`, which is all a Slack incoming webhook reads.
 */
export function webhookPayload(alert: PayloadAlert, role: string, publicUrl: string) {
  const url = `${publicUrl}${alert.link}`;
  return {
    type: `alert.${alert.kind}`,
    timestamp: alert.createdAt,
    text: `${slackEscape(alert.text)} — <${url}|Open the chart>`,
    data: {
      id: alert.id,
      kind: alert.kind,
      week: alert.week,
      role,
      roles: alert.roles,
      facts: alert.facts,
      url,
      createdAt: alert.createdAt,
    },
  };
}
