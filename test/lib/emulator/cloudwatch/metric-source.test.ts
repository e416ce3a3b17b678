import { describe, expect, it } from 'vitest';
import { MetricSource, splitLabelledArn } from '@/lib/emulator/cloudwatch/metric-source';
import { mapRunStoreOf } from '@/lib/emulator/map-runs/map-run-store';
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
  it("counts a Map Run's children under the labelled machine ARN only, never under the parent's", () => {
    const fixture = metricStore();
    const parent = fixture.run(1_000, 9_000, 'FAILED');
    const runs = mapRunStoreOf(fixture.store);
    const mapRunId = runs.insertMapRun({
      arn: 'arn:aws:states:us-east-1:123456789012:mapRun:Orders/Items:1',
      executionId: parent.id,
      label: 'Items',
      startDateMs: 1_000,
      maxConcurrency: 0,
      toleratedFailurePercentage: 0,
      toleratedFailureCount: 0,
      itemTotal: 3,
      executionTotal: 3,
    });
    const children = [fixture.run(2_000, 3_000), fixture.run(2_000, 3_000), fixture.run(2_000, 4_000, 'FAILED')];
    children.forEach((child, index) => runs.addChild(child.id, mapRunId, 1, index));
    fixture.store.markRedriven(children[2]!.id, 5_000, undefined);
    fixture.store.endExecution(children[2]!.id, { status: 'FAILED', stopDateMs: 6_000 });
    const source = new MetricSource(fixture.db);
    const window = { startMs: 0, endMs: 60_000, periodMs: 60_000 };
    const sum = (stateMachineArn: string, metricName: 'ExecutionsStarted' | 'ExecutionsFailed' | 'ExecutionsRedriven') =>
      source.periods({ stateMachineArn, metricName }, window, false).get(0)?.sum ?? 0;
    const labelled = `${MACHINE_ARN}/Items`;
    expect([sum(MACHINE_ARN, 'ExecutionsStarted'), sum(MACHINE_ARN, 'ExecutionsFailed'), sum(MACHINE_ARN, 'ExecutionsRedriven')]).toEqual([
      1, 1, 0,
    ]);
    expect([sum(labelled, 'ExecutionsStarted'), sum(labelled, 'ExecutionsFailed'), sum(labelled, 'ExecutionsRedriven')]).toEqual([3, 1, 1]);
    const identities = source.identitiesSince(0).filter((identity) => identity.metricName === 'ExecutionsStarted');
    expect(identities.map((identity) => identity.stateMachineArn).sort()).toEqual([MACHINE_ARN, labelled]);
    expect(
      source
        .identitiesSince(0)
        .filter((i) => i.metricName === 'ExecutionsRedriven')
        .map((i) => i.stateMachineArn),
    ).toEqual([labelled]);
    expect(splitLabelledArn(labelled)).toEqual({ machineArn: MACHINE_ARN, label: 'Items' });
    expect(splitLabelledArn(MACHINE_ARN)).toBeUndefined();
  });
});
