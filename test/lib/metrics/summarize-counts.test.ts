import { describe, expect, it } from 'vitest';
import { buildSparkline, computeFailureRate } from '@/lib/metrics/summarize-counts';

describe('computeFailureRate', () => {
  it('divides failed and timed out by every closed execution, aborted included', () => {
    expect(computeFailureRate({ started: 20, succeeded: 6, failed: 2, timedOut: 1, aborted: 1, running: 10 })).toBe(0.3);
  });

  it('has no rate when nothing closed', () => {
    expect(computeFailureRate({ started: 3, running: 3 })).toBeUndefined();
  });
});

describe('buildSparkline', () => {
  it('gives started and failed (with timed out) per bucket', () => {
    const start = new Date('2026-12-04T10:00:00Z');
    const end = new Date('2026-12-04T11:00:00Z');
    expect(
      buildSparkline([
        { start, end, counts: { started: 4, failed: 1, timedOut: 2 } },
        { start: end, end, counts: {} },
      ]),
    ).toEqual([
      { start, end, started: 4, failed: 3 },
      { start: end, end, started: 0, failed: 0 },
    ]);
  });
});
