/** One line of the results table (and of bench/results.json). */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** What the value is compared with, when there is one (the same work without Kindred, raw IndexedDB...). */
  baseline?: number;
  /** value / baseline. */
  ratio?: number;
  /** The goal, as text: "< 5 ms", "ratio < 1.05". null when the figure is for information. */
  goal: string | null;
  met: boolean | null;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Least-squares slope of y over x. */
export function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A figure whose goal is "value below a limit". */
export function below(name: string, value: number, unit: string, limit: number, extra: Partial<Figure> = {}): Figure {
  return { name, value: round(value), unit, goal: `< ${limit} ${unit}`, met: value < limit, ...extra };
}

/** A figure whose goal is "value / baseline below a limit". */
export function ratioBelow(name: string, value: number, baseline: number, unit: string, limit: number): Figure {
  const ratio = value / baseline;
  return {
    name,
    value: round(value),
    unit,
    baseline: round(baseline),
    ratio: round(ratio),
    goal: `ratio < ${limit}`,
    met: ratio < limit,
  };
}

export function info(name: string, value: number, unit: string, extra: Partial<Figure> = {}): Figure {
  return { name, value: round(value), unit, goal: null, met: null, ...extra };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
