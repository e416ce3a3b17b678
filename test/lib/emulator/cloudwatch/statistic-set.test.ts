import { describe, expect, it } from 'vitest';
import {
  addSample,
  computeStatistic,
  emptyStatisticSet,
  mergeStatisticSet,
  parseStatistic,
  type Statistic,
} from '@/lib/emulator/cloudwatch/statistic-set';

const stat = (text: string): Statistic => parseStatistic(text)!;

describe('statistic sets', () => {
  const set = emptyStatisticSet();
  for (const value of [100, 200, 300, 400, 1000]) addSample(set, value);

  it('computes each simple statistic', () => {
    expect(computeStatistic(set, stat('Sum'))).toBe(2000);
    expect(computeStatistic(set, stat('SampleCount'))).toBe(5);
    expect(computeStatistic(set, stat('Average'))).toBe(400);
    expect(computeStatistic(set, stat('Minimum'))).toBe(100);
    expect(computeStatistic(set, stat('Maximum'))).toBe(1000);
  });

  it('computes nearest-rank percentiles, decimals included', () => {
    expect(computeStatistic(set, stat('p50'))).toBe(300);
    expect(computeStatistic(set, stat('p90'))).toBe(1000);
    expect(computeStatistic(set, stat('p20'))).toBe(100);
    expect(computeStatistic(set, stat('p99.9'))).toBe(1000);
    expect(computeStatistic(set, stat('p0'))).toBe(100);
  });

  it('weighs repeated values by their count', () => {
    const weighted = emptyStatisticSet();
    addSample(weighted, 10, 98);
    addSample(weighted, 5000, 2);
    expect(computeStatistic(weighted, stat('p98'))).toBe(10);
    expect(computeStatistic(weighted, stat('p99'))).toBe(5000);
    expect(computeStatistic(weighted, stat('Sum'))).toBe(10 * 98 + 10_000);
  });

  it('merges sets, and gives no percentile once a set without a distribution joined', () => {
    const merged = emptyStatisticSet();
    mergeStatisticSet(merged, set);
    expect(computeStatistic(merged, stat('p50'))).toBe(300);
    mergeStatisticSet(merged, { sum: 7, sampleCount: 1, minimum: 7, maximum: 7 });
    expect(computeStatistic(merged, stat('Minimum'))).toBe(7);
    expect(computeStatistic(merged, stat('SampleCount'))).toBe(6);
    expect(computeStatistic(merged, stat('p50'))).toBeUndefined();
  });

  it('has no value without samples', () => {
    expect(computeStatistic(emptyStatisticSet(), stat('Sum'))).toBeUndefined();
  });

  it('parses the statistics it computes and refuses others', () => {
    expect(parseStatistic('p99.99')).toEqual({ kind: 'percentile', percent: 99.99 });
    expect(parseStatistic('p100')).toEqual({ kind: 'percentile', percent: 100 });
    for (const text of ['tm99', 'p101', 'P50', 'median', 'IQR', 'sum']) expect(parseStatistic(text), text).toBeUndefined();
  });
});
