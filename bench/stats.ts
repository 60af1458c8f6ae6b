// Order statistics the benchmarks report.

/** The q-quantile of `xs` (0.5 the median, 0.99 the p99), by the nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

/** The median of `xs`. */
export const median = (xs: readonly number[]): number => quantile(xs, 0.5);
