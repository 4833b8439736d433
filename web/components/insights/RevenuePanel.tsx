import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { RevenueComparison, RevenueFactor } from '../../../shared/insights';
import { revenueInsightOptions } from '../../api/insights';
import { formatValue } from '../../lib/format';
import { AGAINST_WORDS, FACTOR_WORDS, factorAmount, partialNote, revenueChange, toneOf } from '../../lib/insights';
import { ErrorNotice, Skeleton } from '../QueryState';
import './insights.css';

const ARROW = { better: '▲', worse: '▼', flat: '▬' } as const;
const EFFECT = { better: 'raised revenue', worse: 'lowered revenue', flat: 'no effect' } as const;

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
  const q = useQuery({ ...revenueInsightOptions({ week, segment }), placeholderData: keepPreviousData });
  if (q.isError && !q.data)
    return (
      <div className="revenue-slot">
        <ErrorNotice what="what moved revenue" error={q.error} onRetry={() => q.refetch()} />
      </div>
    );
  // The panel's height at a laptop width, so the attention strip does not jump when it arrives.
  if (!q.data)
    return (
      <div className="revenue-slot">
        <Skeleton height={208} label="Loading what moved revenue…" />
      </div>
    );
  const methods = new Set(q.data.comparisons.flatMap((c) => (c.available ? [c.method] : [])));
  return (
    <section
      className={`revenue-panel${q.isPlaceholderData ? ' is-stale' : ''}`}
      aria-labelledby="revenue-title"
      aria-busy={q.isFetching}
    >
      <h2 id="revenue-title">What moved revenue</h2>
      <ul className="revenue-rows">
        {q.data.comparisons.map((c) => (
          <ComparisonRow key={c.against} c={c} week={q.data.week.label} currency={currency} linkQuery={linkQuery} />
        ))}
      </ul>
      <p className="revenue-method">
        Net revenue = traffic × conversion × AOV. Points are shares of the earlier week’s revenue and add up to its
        change
        {methods.has('shapley') ? ' (split by Shapley values where a week has no orders or negative revenue).' : '.'}
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
  const base = <span className="revenue-base num">{c.baseWeek.label}</span>;
  if (!c.available)
    return (
      <li className="revenue-row is-unavailable" data-against={c.against}>
        <span className="revenue-total tone-flat">Revenue</span>
        <span className="revenue-against">
          {AGAINST_WORDS[c.against]} {base}
        </span>
        <span className="revenue-reason">Not available — {c.reason}</span>
      </li>
    );
  const total = revenueChange(c, currency);
  const tone = toneOf(c.change, total);
  const notes = [c.note, partialNote(c, week)].filter(Boolean).join(' ');
  return (
    <li className="revenue-row" data-against={c.against}>
      <span className={`revenue-total tone-${tone}`}>
        <span aria-hidden="true">{ARROW[tone]}</span> Revenue <span className="num">{total}</span>
      </span>
      <span className="revenue-against">
        {AGAINST_WORDS[c.against]} {base}
        <span className="revenue-amounts num">
          {formatValue(c.base.revenue, 'currency', currency)} → {formatValue(c.current.revenue, 'currency', currency)}
        </span>
      </span>
      <ul className="factor-list" aria-label={`What moved revenue ${AGAINST_WORDS[c.against]}`}>
        {c.factors.map((f) => (
          <FactorChip key={f.factor} f={f} currency={currency} linkQuery={linkQuery} />
        ))}
      </ul>
      {notes && <span className="revenue-note">{notes}</span>}
    </li>
  );
}

function FactorChip({ f, currency, linkQuery }: { f: RevenueFactor; currency: string } & Pick<Props, 'linkQuery'>) {
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
        <span className="factor-name">{FACTOR_WORDS[f.factor]}</span>
        <span className="factor-points num">{amount}</span>
        <span className="visually-hidden"> ({EFFECT[tone]})</span>
        <span className="factor-role">· {f.role.name}</span>
      </Link>
    </li>
  );
}
