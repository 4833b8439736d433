import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Series } from '../../shared/schemas';
import type { ChartMark } from '../lib/annotations';
import { formatLongDate, formatRange, formatValue } from '../lib/format';
import { type ChartRow, ratioText } from '../lib/series';

interface Props {
  series: Series;
  rows: ChartRow[];
  showPrior: boolean;
  units: { numerator: string; denominator: string };
  currency: string;
  /** Annotations mapped onto this chart's buckets (see web/lib/annotations.ts). */
  marks?: ChartMark[];
}

/** The x value of a row: its period key, unique across years (the axis shows the short label). */
const periodOf = (r: ChartRow) => r.point.period;

/**
 * One KPI over time: the value, the target as a dashed line with its tolerance (amber) band,
 * and the same period a year earlier when there is data. Animations are off so the chart
 * never moves after it is drawn. Recharts' accessibility layer lets the keyboard step
 * through points (arrow keys show each tooltip); the panel's text summary describes it.
 */
export function KpiChart({ series, rows, showPrior, units, currency, marks = [] }: Props) {
  const fmt = (v: number) => formatValue(v, series.kpi.unit, currency);
  const labels = new Map(rows.map((r) => [r.point.period, r.label]));
  return (
    <div className="chart">
      <ResponsiveContainer width="100%" height={240}>
        <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 4 }}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey={periodOf}
            tickFormatter={(p: string) => labels.get(p) ?? p}
            tick={{ fontSize: 12, fill: 'var(--muted)' }}
            tickLine={false}
            minTickGap={16}
          />
          <YAxis
            tick={{ fontSize: 12, fill: 'var(--muted)' }}
            tickFormatter={fmt}
            width={64}
            domain={['auto', 'auto']}
            tickLine={false}
            axisLine={false}
          />
          <Area
            dataKey="band"
            stroke="none"
            fill="var(--amber)"
            fillOpacity={0.14}
            isAnimationActive={false}
            activeDot={false}
            connectNulls={false}
          />
          <Line
            dataKey="target"
            stroke="var(--muted)"
            strokeDasharray="6 4"
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
          {showPrior && (
            <Line
              dataKey="prior"
              stroke="var(--prior)"
              strokeWidth={1.5}
              strokeDasharray="2 3"
              dot={false}
              isAnimationActive={false}
            />
          )}
          <Line
            dataKey="value"
            stroke="var(--accent)"
            strokeWidth={2.25}
            dot={{ r: 3, fill: 'var(--accent)' }}
            activeDot={{ r: 5 }}
            isAnimationActive={false}
          />
          {marks.map((m) => {
            const label = { value: `${m.n}`, position: 'insideTopLeft' as const, className: 'annotation-label' };
            return m.kind === 'line' ? (
              <ReferenceLine key={m.id} x={m.x1} className="annotation-mark" stroke="var(--annotation)" label={label} />
            ) : (
              <ReferenceArea
                key={m.id}
                x1={m.x1}
                x2={m.x2}
                className="annotation-mark"
                fill="var(--annotation)"
                fillOpacity={0.12}
                stroke="var(--annotation)"
                strokeOpacity={0.5}
                label={label}
              />
            );
          })}
          <Tooltip
            cursor={{ stroke: 'var(--muted)', strokeDasharray: '3 3' }}
            content={({ active, payload }) => {
              const row = active ? (payload?.[0]?.payload as ChartRow | undefined) : undefined;
              if (!row) return null;
              const ratio = ratioText(series, row.point, units, currency);
              return (
                <div className="chart-tooltip">
                  <div className="tt-period">
                    {series.grain === 'day'
                      ? formatLongDate(row.point.start)
                      : `${row.point.period} · ${formatRange(row.point.start, row.point.end)}`}
                  </div>
                  <div className="tt-value num">{formatValue(row.value, series.kpi.unit, currency)}</div>
                  {ratio && <div className="tt-ratio num">{ratio}</div>}
                  {row.point.target && (
                    <div className="tt-target num">
                      Target {fmt(row.point.target.value)}
                      {row.point.target.band > 0 && ` (amber within ${fmt(row.point.target.band)})`}
                    </div>
                  )}
                  {showPrior && row.prior !== null && <div className="tt-prior num">Year earlier {fmt(row.prior)}</div>}
                </div>
              );
            }}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
