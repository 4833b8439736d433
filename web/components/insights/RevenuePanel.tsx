import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import type { RevenueComparison, RevenueFactor } from '../../../shared/insights';
import { revenueInsightOptions } from '../../api/insights';
import { useT } from '../../i18n/useT';
import { formatValue } from '../../lib/format';
import {
  AGAINST_WORDS,
  FACTOR_WORDS,
  factorAmount,
  partialNote,
  revenueChange,
  toneOf,
  unavailableText,
} from '../../lib/insights';
import { ErrorNotice, Skeleton } from '../QueryState';
import './insights.css';

const ARROW = { better: '▲', worse: '▼', flat: '▬' } as const;

interface Props {
  week?: string;
  segment?: string;
  currency: string;
  /** Query string for a factor's chart on its role page (keeps week and segment). */
  linkQuery: (kpi: string) => string;
}

/**
 * "What moved revenue": the week's revenue change against last week and a year earlier, split
 * into traffic, conversion and AOV, each naming the role that owns it and opening its chart.
 */
export function RevenuePanel({ week, segment, currency, linkQuery }: Props) {
  const t = useT();
  const q = useQuery({ ...revenueInsightOptions({ week, segment }), placeholderData: keepPreviousData });
  if (q.isError && !q.data)
    return (
      <div className="revenue-slot">
        <ErrorNotice what={t('insights.revenue.what')} error={q.error} onRetry={() => q.refetch()} />
      </div>
    );
  // The panel's height at a laptop width, so the attention strip does not jump when it arrives.
  if (!q.data)
    return (
      <div className="revenue-slot">
        <Skeleton height={208} label={t('insights.revenue.loading')} />
      </div>
    );
  const methods = new Set(q.data.comparisons.flatMap((c) => (c.available ? [c.method] : [])));
  return (
    <section
      className={`revenue-panel${q.isPlaceholderData ? ' is-stale' : ''}`}
      aria-labelledby="revenue-title"
      aria-busy={q.isFetching}
    >
      <h2 id="revenue-title">{t('insights.revenue.title')}</h2>
      <ul className="revenue-rows">
        {q.data.comparisons.map((c) => (
          <ComparisonRow key={c.against} c={c} week={q.data.week.label} currency={currency} linkQuery={linkQuery} />
        ))}
      </ul>
      <p className="revenue-method">
        {t('insights.revenue.method', { shapley: methods.has('shapley') ? 'yes' : 'no' })}
      </p>
    </section>
  );
}

function ComparisonRow({
  c,
  week,
  currency,
  linkQuery,
}: { c: RevenueComparison; week: string; currency: string } & Pick<Props, 'linkQuery'>) {
  const t = useT();
  const { locale } = useIntl();
  // English shows the API's own sentences; other languages word its code and measures.
  const english = locale.startsWith('en');
  const base = <span className="revenue-base num">{c.baseWeek.label}</span>;
  const against = t(AGAINST_WORDS[c.against]);
  if (!c.available)
    return (
      <li className="revenue-row is-unavailable" data-against={c.against}>
        <span className="revenue-total tone-flat">{t('insights.revenue.label')}</span>
        <span className="revenue-against">
          {against} {base}
        </span>
        <span className="revenue-reason">{unavailableText(c, week, t, locale)}</span>
      </li>
    );
  const total = revenueChange(c, currency);
  const tone = toneOf(c.change, total);
  // The only note is week 53's fallback (a year before without one); worded here per language.
  const week53 =
    c.note && !english
      ? t('insights.revenue.week53', {
          previousYear: String(Number(week.slice(0, 4)) - 1),
          week,
          base: c.baseWeek.label,
        })
      : c.note;
  const notes = [week53, partialNote(c, week, t)].filter(Boolean).join(' ');
  return (
    <li className="revenue-row" data-against={c.against}>
      <span className={`revenue-total tone-${tone}`}>
        <span aria-hidden="true">{ARROW[tone]}</span> {t('insights.revenue.label')} <span className="num">{total}</span>
      </span>
      <span className="revenue-against">
        {against} {base}
        <span className="revenue-amounts num">
          {formatValue(c.base.revenue, 'currency', currency)} → {formatValue(c.current.revenue, 'currency', currency)}
        </span>
      </span>
      <ul className="factor-list" aria-label={t('insights.revenue.factorsLabel', { against: c.against })}>
        {c.factors.map((f) => (
          <FactorChip key={f.factor} f={f} currency={currency} linkQuery={linkQuery} />
        ))}
      </ul>
      {notes && <span className="revenue-note">{notes}</span>}
    </li>
  );
}

function FactorChip({ f, currency, linkQuery }: { f: RevenueFactor; currency: string } & Pick<Props, 'linkQuery'>) {
  const t = useT();
  const amount = factorAmount(f, currency);
  const tone = toneOf(f.contribution, amount);
  return (
    <li data-factor={f.factor}>
      <Link
        className={`factor tone-${tone}`}
        href={`/roles/${f.role.key}${linkQuery(f.kpi.key)}`}
        title={`${f.kpi.name}: ${formatValue(f.base, f.kpi.unit, currency)} → ${formatValue(f.current, f.kpi.unit, currency)}`}
      >
        <span aria-hidden="true">{ARROW[tone]}</span>
        <span className="factor-name">{t(FACTOR_WORDS[f.factor])}</span>
        <span className="factor-points num">{amount}</span>
        <span className="visually-hidden"> ({t('insights.revenue.effect', { tone })})</span>
        <span className="factor-role">· {f.role.name}</span>
      </Link>
    </li>
  );
}
