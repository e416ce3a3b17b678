import { describe, expect, it } from 'vitest';
import { createSeededRandom, sampleWithoutReplacement } from '@/lib/cost/sample-without-replacement';
import { estimateTotalFromSample, normalQuantile, studentTQuantile } from '@/lib/cost/estimate-total-from-sample';

/**
 * Workloads shaped like real state machines: a few execution shapes (happy path, caught error,
 * retried task) with their shares, plus polling loops of geometric length.
 */
function generateWorkload(random: () => number, size: number): number[] {
  const shapes = Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({
    transitions: 2 + Math.floor(random() * 40),
    share: 0.05 + random(),
    pollingChance: random() < 0.5 ? random() * 0.9 : 0,
  }));
  const totalShare = shapes.reduce((sum, shape) => sum + shape.share, 0);
  return Array.from({ length: size }, () => {
    let pick = random() * totalShare;
    const shape = shapes.find((candidate) => (pick -= candidate.share) <= 0) ?? shapes[shapes.length - 1]!;
    let transitions = shape.transitions;
    while (random() < shape.pollingChance) transitions += 2;
    return transitions;
  });
}

describe('estimateTotalFromSample', () => {
  it('gives the exact total with a zero-width interval when every execution was read', () => {
    const estimate = estimateTotalFromSample([3, 5, 7, 9], 4);
    expect(estimate.exact).toBe(true);
    expect(estimate.total).toEqual({ estimate: 24, low: 24, high: 24 });
    expect(estimate.mean.estimate).toBe(6);
  });

  it('scales the sample mean to the population with a Student-t interval and finite-population correction', () => {
    // mean 6, s² = 20/3; SE(mean) = sqrt(20/3/4 · 96/99) = 1.27128…; t(0.975, 3) = 3.182
    const estimate = estimateTotalFromSample([3, 5, 7, 9], 100);
    expect(estimate.total.estimate).toBe(600);
    expect(estimate.totalStandardError).toBeCloseTo(127.128, 2);
    expect(estimate.total.high - estimate.total.estimate).toBeCloseTo(3.182 * 127.128, -1);
  });

  it('refuses a single sampled value for a larger population, and an empty sample', () => {
    expect(() => estimateTotalFromSample([4], 10)).toThrow('at least 2 sampled values');
    expect(() => estimateTotalFromSample([], 10)).toThrow('a sample needs 1 to 10 values, got 0');
  });

  it('matches published quantiles: z(0.975) = 1.95996, t(0.975, 10) = 2.228, t(0.975, 30) = 2.042', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.005)).toBeCloseTo(-2.575829, 5);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228, 2);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042, 3);
  });

  it('samples without replacement, reproducibly for a seed', () => {
    const items = Array.from({ length: 50 }, (_, index) => index);
    const first = sampleWithoutReplacement(items, 20, createSeededRandom(7));
    expect(new Set(first).size).toBe(20);
    expect(sampleWithoutReplacement(items, 20, createSeededRandom(7))).toEqual(first);
    expect(sampleWithoutReplacement(items, 80, createSeededRandom(7))).toHaveLength(50);
  });

  it('covers the true total in at least 93 % of 400 generated workloads at 95 % confidence', () => {
    const random = createSeededRandom(20261201);
    let covered = 0;
    const trials = 400;
    const misses: string[] = [];
    for (let trial = 0; trial < trials; trial++) {
      const population = generateWorkload(random, 2_000 + Math.floor(random() * 20_000));
      const truth = population.reduce((sum, value) => sum + value, 0);
      const sample = sampleWithoutReplacement(population, 300, random);
      const { total } = estimateTotalFromSample(sample, population.length);
      if (truth >= total.low && truth <= total.high) covered += 1;
      else misses.push(`trial ${trial}: ${truth} outside [${total.low.toFixed(0)}, ${total.high.toFixed(0)}]`);
    }
    expect(covered / trials, misses.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(0.93);
    // A 95 % interval that covered every time would be too wide to be useful.
    expect(covered / trials).toBeLessThan(0.99);
  });
});
