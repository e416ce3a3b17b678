import { describe, expect, it } from 'vitest';
import { describeSource } from '@/components/metrics/describe-source';

describe('describeSource', () => {
  it('calls index counts exact and says how far back the index reaches', () => {
    const text = describeSource({
      kind: 'index',
      exact: true,
      reachesBack: new Date('2026-11-12T06:00Z'),
      completeUntil: new Date('2026-12-04T10:30Z'),
    });
    expect(text.short).toBe('exact · index since 12 Nov');
    expect(text.long).toBe('Exact: counted from the execution index, complete from 12 Nov, 06:00 to 4 Dec, 10:30 UTC.');
    expect(text.why).toBeUndefined();
  });

  it('calls CloudWatch counts best-effort, with their period, and gives the reason the index was skipped', () => {
    const text = describeSource({ kind: 'metrics', bestEffort: true, statistic: 'Sum', periodSeconds: 300 }, [
      { skipped: 'index', reason: 'The index reaches back only to 1 Dec.' },
    ]);
    expect(text.short).toBe('best-effort · CloudWatch');
    expect(text.long).toContain('at a 5 min period');
    expect(text.long).toContain('count a status twice');
    expect(text.why).toBe('The index reaches back only to 1 Dec.');
  });

  it('calls a capped scan a sample of the newest executions, and an uncapped one complete', () => {
    const capped = describeSource(
      { kind: 'scan', capped: true, limit: 1000, executionsRead: 1000, oldestRead: new Date('2026-12-04T09:00Z') },
      [{ skipped: 'metrics', reason: 'CloudWatch refused GetMetricData (AccessDenied).' }],
    );
    expect(capped.short).toBe('sample · newest 1,000');
    expect(capped.long).toContain('only the newest 1,000 executions, started since 4 Dec, 09:00 UTC');
    expect(capped.why).toBe('CloudWatch refused GetMetricData (AccessDenied).');
    const whole = describeSource({ kind: 'scan', capped: false, limit: 1000, executionsRead: 42 });
    expect(whole.short).toBe('ListExecutions · all 42 read');
  });
});
