import { describe, expect, it } from 'vitest';
import { MetricSource } from '@/lib/emulator/cloudwatch/metric-source';
import { computeStatistic } from '@/lib/emulator/cloudwatch/statistic-set';
import { MACHINE_ARN, metricStore } from './metric-store-fixture';

describe('MetricSource', () => {
  it('counts a sample in the window only: a run started before it counts its close, not its start', () => {
    const fixture = metricStore();
    fixture.run(50_000, 130_000);
    fixture.run(200_000, 260_000); // after the window
    const source = new MetricSource(fixture.db);
    const window = { startMs: 60_000, endMs: 180_000, periodMs: 60_000 };
    const started = source.periods({ stateMachineArn: MACHINE_ARN, metricName: 'ExecutionsStarted' }, window, false);
    expect([...started].map(([bucket, set]) => [bucket, computeStatistic(set, { kind: 'Sum' }), set.sampleCount])).toEqual([[1, 0, 1]]);
    const time = source.periods({ stateMachineArn: MACHINE_ARN, metricName: 'ExecutionTime' }, window, true);
    expect([...time].map(([bucket, set]) => [bucket, computeStatistic(set, { kind: 'percentile', percent: 50 })])).toEqual([[1, 80_000]]);
  });

  it('keeps the metrics of a deleted state machine and lists identities by recent activity', () => {
    const fixture = metricStore();
    fixture.run(1_000, 2_000, 'ABORTED');
    fixture.store.deleteStateMachine(fixture.machine.id, 3_000);
    const source = new MetricSource(fixture.db);
    const aborted = source.periods(
      { stateMachineArn: MACHINE_ARN, metricName: 'ExecutionsAborted' },
      { startMs: 0, endMs: 10_000, periodMs: 60_000 },
      false,
    );
    expect(aborted.get(0)?.sum).toBe(1);
    expect(source.identitiesSince(0).map((i) => i.metricName)).toEqual([
      'ExecutionsStarted',
      'ExecutionThrottled',
      'ExecutionsAborted',
      'ExecutionTime',
    ]);
    expect(source.identitiesSince(5_000)).toEqual([]);
  });

  it('counts 1 ExecutionsRedriven at each redrive of an execution, and lists the metric while recent', () => {
    const fixture = metricStore();
    const failed = fixture.run(1_000, 2_000, 'FAILED');
    fixture.store.markRedriven(failed.id, 70_000, 'token');
    fixture.store.endExecution(failed.id, { status: 'FAILED', stopDateMs: 80_000 });
    fixture.store.markRedriven(failed.id, 90_000, undefined);
    const source = new MetricSource(fixture.db);
    const redriven = source.periods(
      { stateMachineArn: MACHINE_ARN, metricName: 'ExecutionsRedriven' },
      { startMs: 0, endMs: 180_000, periodMs: 60_000 },
      false,
    );
    expect([...redriven].map(([bucket, set]) => [bucket, set.sum])).toEqual([[1, 2]]);
    expect(source.identitiesSince(85_000).map((i) => i.metricName)).toEqual(['ExecutionsRedriven']);
  });
});
