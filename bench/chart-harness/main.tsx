import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { type Series, seriesSchema } from '../../shared/schemas';

/**
 * Benchmark-only stand-in for the role page's trend charts: one recharts line chart with a
 * tooltip per KPI of a role, fed by the real series API (`?role=&from=&to=`, daily grain).
 * The bench hovers across the charts and counts long tasks. It mirrors what a role page
 * renders (line, target line, axis, grid, tooltip) without depending on web/ internals.
 */

const params = new URLSearchParams(location.search);
const kpis = (params.get('kpis') ?? 'conversion_rate').split(',');
const from = params.get('from') ?? '';
const to = params.get('to') ?? '';

async function load(key: string): Promise<Series> {
  const res = await fetch(`/api/kpis/${key}/series?grain=day&from=${from}&to=${to}`);
  return seriesSchema.parse(await res.json());
}

function Chart({ series }: { series: Series }) {
  const target = series.points.at(-1)?.target?.value;
  return (
    <section data-chart={series.kpi.key}>
      <h2>
        {series.kpi.name} ({series.points.length} points
        {series.downsampled ? `, from ${series.downsampled.sourcePoints}` : ''})
      </h2>
      <LineChart width={900} height={240} data={series.points}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="period" minTickGap={40} />
        <YAxis width={70} />
        <Tooltip />
        {target !== undefined && <ReferenceLine y={target} stroke="#888" strokeDasharray="4 4" />}
        <Line type="monotone" dataKey="value" dot={false} isAnimationActive={false} connectNulls={false} />
      </LineChart>
    </section>
  );
}

function App() {
  const [data, setData] = useState<Series[] | null>(null);
  useEffect(() => {
    Promise.all(kpis.map(load)).then(setData);
  }, []);
  useEffect(() => {
    if (data) requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('harness:charts-painted')));
  }, [data]);
  if (!data) return <p>Loading…</p>;
  return (
    <main>
      {data.map((s) => (
        <Chart key={s.kpi.key} series={s} />
      ))}
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
