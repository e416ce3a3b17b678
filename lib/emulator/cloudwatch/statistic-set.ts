/**
 * The samples of one metric in one period, kept as CloudWatch keeps a statistic set: sum, count,
 * minimum, maximum, plus the distribution of values (value → how many times) for percentiles.
 */
export interface StatisticSet {
  sum: number;
  sampleCount: number;
  minimum: number;
  maximum: number;
  /** Absent when only the aggregate is known (then no percentile can be given). */
  distribution?: Map<number, number>;
}

export function emptyStatisticSet(): StatisticSet {
  return { sum: 0, sampleCount: 0, minimum: Infinity, maximum: -Infinity, distribution: new Map() };
}

export function addSample(set: StatisticSet, value: number, count = 1): void {
  set.sum += value * count;
  set.sampleCount += count;
  if (value < set.minimum) set.minimum = value;
  if (value > set.maximum) set.maximum = value;
  set.distribution?.set(value, (set.distribution.get(value) ?? 0) + count);
}

/** Folds `other` into `set`; the distribution survives only if both have one. */
export function mergeStatisticSet(set: StatisticSet, other: StatisticSet): void {
  set.sum += other.sum;
  set.sampleCount += other.sampleCount;
  set.minimum = Math.min(set.minimum, other.minimum);
  set.maximum = Math.max(set.maximum, other.maximum);
  if (!set.distribution || !other.distribution) {
    set.distribution = undefined;
    return;
  }
  for (const [value, count] of other.distribution) set.distribution.set(value, (set.distribution.get(value) ?? 0) + count);
}

export type Statistic = { kind: 'Sum' | 'SampleCount' | 'Average' | 'Minimum' | 'Maximum' } | { kind: 'percentile'; percent: number };

const SIMPLE = new Set(['Sum', 'SampleCount', 'Average', 'Minimum', 'Maximum']);
const PERCENTILE = /^p(\d{1,2}(?:\.\d{1,10})?|100(?:\.0+)?)$/;

/** Parses a `Stat` value; undefined for one the emulator does not compute (tm99, IQR, …). */
export function parseStatistic(stat: string): Statistic | undefined {
  if (SIMPLE.has(stat)) return { kind: stat as 'Sum' };
  const match = PERCENTILE.exec(stat);
  if (!match) return undefined;
  return { kind: 'percentile', percent: Number(match[1]) };
}

/**
 * The statistic's value, or undefined when the set cannot give it (no samples; a percentile of
 * aggregates without a distribution). Percentiles are nearest-rank over the samples.
 */
export function computeStatistic(set: StatisticSet, statistic: Statistic): number | undefined {
  if (set.sampleCount === 0) return undefined;
  switch (statistic.kind) {
    case 'Sum':
      return set.sum;
    case 'SampleCount':
      return set.sampleCount;
    case 'Average':
      return set.sum / set.sampleCount;
    case 'Minimum':
      return set.minimum;
    case 'Maximum':
      return set.maximum;
    case 'percentile':
      return set.distribution && percentile(set.distribution, set.sampleCount, statistic.percent);
  }
}

function percentile(distribution: Map<number, number>, total: number, percent: number): number {
  const rank = Math.max(1, Math.ceil((percent / 100) * total));
  const values = [...distribution.keys()].sort((a, b) => a - b);
  let seen = 0;
  for (const value of values) {
    seen += distribution.get(value) ?? 0;
    if (seen >= rank) return value;
  }
  return values[values.length - 1] ?? NaN;
}
