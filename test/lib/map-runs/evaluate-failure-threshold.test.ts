import { describe, expect, it } from 'vitest';
import { evaluateFailureThreshold } from '@/lib/map-runs/evaluate-failure-threshold';

const counts = (failed: number, timedOut: number, total: number) => ({ failed, timedOut, total });

describe('evaluateFailureThreshold', () => {
  it('counts failed and timed-out items against a percentage of all items', () => {
    expect(evaluateFailureThreshold({ toleratedFailureCount: 0, toleratedFailurePercentage: 5, itemCounts: counts(90, 10, 2500) })).toEqual(
      {
        failedItems: 100,
        failedPercentage: 4,
        toleratedCount: null,
        toleratedPercentage: 5,
        toleratesNone: false,
        exceeded: false,
      },
    );
  });

  it('is exceeded when the share passes the percentage', () => {
    const result = evaluateFailureThreshold({ toleratedFailureCount: 0, toleratedFailurePercentage: 5, itemCounts: counts(126, 0, 2500) });
    expect(result.exceeded).toBe(true);
    expect(result.failedPercentage).toBeCloseTo(5.04);
  });

  it('is exceeded when either limit is, with both set', () => {
    expect(
      evaluateFailureThreshold({ toleratedFailureCount: 10, toleratedFailurePercentage: 50, itemCounts: counts(11, 0, 100) }).exceeded,
    ).toBe(true);
    expect(
      evaluateFailureThreshold({ toleratedFailureCount: 10, toleratedFailurePercentage: 50, itemCounts: counts(10, 0, 100) }).exceeded,
    ).toBe(false);
  });

  it('tolerates nothing when neither limit is set: one failure exceeds it', () => {
    const result = evaluateFailureThreshold({ toleratedFailureCount: 0, toleratedFailurePercentage: 0, itemCounts: counts(0, 1, 10) });
    expect(result).toMatchObject({ toleratesNone: true, toleratedCount: 0, toleratedPercentage: null, exceeded: true });
    expect(
      evaluateFailureThreshold({ toleratedFailureCount: 0, toleratedFailurePercentage: 0, itemCounts: counts(0, 0, 10) }).exceeded,
    ).toBe(false);
  });

  it('has no percentage before any item is counted', () => {
    expect(
      evaluateFailureThreshold({ toleratedFailureCount: 3, toleratedFailurePercentage: 0, itemCounts: counts(0, 0, 0) }),
    ).toMatchObject({
      failedPercentage: null,
      toleratedCount: 3,
      exceeded: false,
    });
  });
});
