/**
 * A 12-week trend drawn as plain SVG (no chart library on the overview, to keep it light).
 * Missing weeks break the line rather than dropping to zero. Decorative: the card states the
 * numbers in text.
 */
export function Sparkline({
  values,
  width = 88,
  height = 28,
}: {
  values: (number | null)[];
  width?: number;
  height?: number;
}) {
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) return <svg className="sparkline" width={width} height={height} aria-hidden="true" />;
  const min = Math.min(...present);
  const max = Math.max(...present);
  const span = max - min || 1;
  const step = width / Math.max(values.length - 1, 1);
  const y = (v: number) => height - 3 - ((v - min) / span) * (height - 6);
  const segments: string[] = [];
  let current = '';
  values.forEach((v, i) => {
    if (v === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${(i * step).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const lastIndex = values.length - 1;
  const last = values[lastIndex];
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      {segments.map((d) => (
        <path key={d} d={d} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      ))}
      {last !== null && last !== undefined && <circle cx={lastIndex * step} cy={y(last)} r="2.5" fill="currentColor" />}
    </svg>
  );
}
