/** Durations of closed executions, as the index and the ListExecutions sample compute them. */
export interface DurationSummary {
  count: number;
  p50Ms?: number;
  p90Ms?: number;
  p99Ms?: number;
  averageMs?: number;
  maximumMs?: number;
}

/** Nearest-rank percentiles, as CloudWatch reports pNN for small samples, with the average and maximum. Sorts `values`. */
export function summarizeDurations(values: number[]): DurationSummary {
  if (values.length === 0) return { count: 0 };
  const sorted = values.sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.ceil((p / 100) * sorted.length) - 1];
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    p50Ms: rank(50),
    p90Ms: rank(90),
    p99Ms: rank(99),
    averageMs: sum / sorted.length,
    maximumMs: sorted.at(-1),
  };
}
