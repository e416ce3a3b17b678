import { describe, expect, it } from 'vitest';
import { planBuckets } from '@/lib/metrics/plan-buckets';
import { planMetricQueries } from '@/lib/metrics/plan-metric-queries';
import { resolveWindow } from '@/lib/metrics/resolve-window';

const NOW = new Date('2026-12-04T12:00:00Z');
const plan = planBuckets(resolveWindow({ preset: '24h' }, NOW), NOW);
const standard = { arn: 'arn:aws:states:us-east-1:1:stateMachine:orders', name: 'orders', type: 'STANDARD' as const };
const express = { arn: 'arn:aws:states:us-east-1:1:stateMachine:clicks', name: 'clicks', type: 'EXPRESS' as const };

describe('planMetricQueries', () => {
  it('asks the Sum of each count metric per bucket and ExecutionTime’s statistics over the window', () => {
    const { queries, targets } = planMetricQueries([standard], plan, 'window');
    expect(queries.map((query) => `${query.metricName}:${query.stat}:${query.periodSeconds}`)).toEqual([
      'ExecutionsStarted:Sum:3600',
      'ExecutionsSucceeded:Sum:3600',
      'ExecutionsFailed:Sum:3600',
      'ExecutionsTimedOut:Sum:3600',
      'ExecutionsAborted:Sum:3600',
      'ExecutionThrottled:Sum:3600',
      'ExecutionsRedriven:Sum:3600',
      'ExecutionTime:p50:86400',
      'ExecutionTime:p90:86400',
      'ExecutionTime:p99:86400',
      'ExecutionTime:Average:86400',
      'ExecutionTime:Maximum:86400',
    ]);
    expect(queries.every((query) => query.stateMachineArn === standard.arn && /^[a-z][a-zA-Z0-9_]*$/.test(query.id))).toBe(true);
    expect(targets.get('q0')).toEqual({ machineIndex: 0, kind: 'count', key: 'started' });
    expect(targets.get('q7')).toEqual({ machineIndex: 0, kind: 'duration', key: 'p50Ms', perBucket: false });
  });

  it('leaves ExecutionsRedriven out for Express machines and reads durations per bucket for a chart', () => {
    const { queries, targets } = planMetricQueries([standard, express], plan, 'buckets');
    const expressQueries = queries.filter((query) => query.stateMachineArn === express.arn);
    expect(expressQueries.map((query) => query.metricName)).not.toContain('ExecutionsRedriven');
    expect(expressQueries).toHaveLength(11);
    expect(queries.filter((query) => query.metricName === 'ExecutionTime').every((query) => query.periodSeconds === 3600)).toBe(true);
    expect(targets.get(expressQueries[0]?.id ?? '')).toEqual({ machineIndex: 1, kind: 'count', key: 'started' });
  });
});
