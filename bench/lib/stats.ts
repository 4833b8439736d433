/** Latency summary over a run of samples (milliseconds). Nearest-rank percentiles. */
export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
  /** When a figure is the median of several rounds: every round's p95. */
  roundsP95?: number[];
}

export function summarize(samples: readonly number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    n: s.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(s[s.length - 1] ?? Number.NaN),
    mean: round(s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)),
  };
}

export const median = (xs: readonly number[]) => summarize(xs).p50;

/** A figure as the results files carry it: value, optional reference and target. */
export interface Figure {
  /** What was measured, e.g. "scorecard all segments p95 (3y × 20)". */
  name: string;
  value: number;
  unit: string;
  /** What the value is compared against, measured in the same run. */
  reference?: { name: string; value: number };
  /** value / reference.value. */
  ratio?: number;
  /** The budget: on the value (`max`) or on the ratio (`maxRatio`). */
  target?: { max?: number; maxRatio?: number; text: string };
  met?: boolean;
  note?: string;
}

/** Builds a figure, computing the ratio and whether its target is met. */
export function figure(f: Omit<Figure, 'ratio' | 'met'>): Figure {
  const ratio =
    f.reference && f.reference.value > 0 ? Math.round((f.value / f.reference.value) * 100) / 100 : undefined;
  let met: boolean | undefined;
  if (f.target) {
    met = true;
    if (f.target.max !== undefined) met &&= f.value <= f.target.max;
    if (f.target.maxRatio !== undefined) met &&= ratio !== undefined && ratio <= f.target.maxRatio;
  }
  return { ...f, ...(ratio === undefined ? {} : { ratio }), ...(met === undefined ? {} : { met }) };
}

/** What every bench/results/<suite>.json holds; run-all merges them into latest.json. */
export interface SuiteResult {
  suite: string;
  ranAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  /** 1-minute load average before and after: the machine is shared, so noise is visible. */
  load: { before: number; after: number };
  figures: Figure[];
  /** Suite-specific detail (per-case summaries, sizes, ...). */
  details?: unknown;
  notes?: string[];
}
