import { describe, expect, it } from 'vitest';
import { MapRunService } from '@/lib/emulator/map-runs/map-run-service';
import { LocalS3 } from '@/lib/emulator/map-runs/local-s3';
import { metricStore } from '../cloudwatch/metric-store-fixture';

const MAP_RUN_ARN = 'arn:aws:states:us-east-1:123456789012:mapRun:Orders/Items:1';
const CHILD = (n: number) => `arn:aws:states:us-east-1:123456789012:execution:Orders/Items:child-${n}`;
const DEFINITION = JSON.stringify({ StartAt: 'Work', States: { Work: { Type: 'Pass', End: true } } });

/** A parent whose Map Run ran three children: one succeeded, one failed, one aborted. */
function closedRun() {
  const fixture = metricStore();
  const parent = fixture.run(1_000, 9_000, 'FAILED');
  const service = new MapRunService(fixture.store, new LocalS3('/nonexistent'));
  const revision = fixture.store.getRevision(fixture.machine.id, 1)!;
  const host = service.hostFor(parent, revision);
  const limits = { maxConcurrency: 2, toleratedFailureCount: 0, toleratedFailurePercentage: 0, toleranceUpdated: false };
  const recorder = host.startMapRun({
    mapRunArn: MAP_RUN_ARN,
    label: 'Items',
    startDate: new Date(1_000),
    limits,
    itemTotal: 4,
    executionTotal: 4,
  });
  const outcomes = ['SUCCEEDED', 'FAILED', 'ABORTED'] as const;
  outcomes.forEach((status, index) => {
    const onEvent = recorder.childStarted({
      executionArn: CHILD(index),
      name: `child-${index}`,
      input: String(index),
      itemCount: 1,
      startDate: new Date(2_000),
      type: 'STANDARD',
      index,
    });
    onEvent({
      id: 2,
      previousEventId: 1,
      type: 'PassStateEntered',
      timestamp: new Date(2_000),
      stateEnteredEventDetails: { name: 'Work', input: '0' },
    });
    recorder.childEnded(CHILD(index), { status, stopDate: new Date(3_000), ...(status === 'SUCCEEDED' ? { output: '"ok"' } : {}) });
  });
  recorder.ended('FAILED', new Date(4_000), 0);
  fixture.store.flush();
  return { fixture, service, host, parent, revision };
}

describe('MapRunService redrive', () => {
  it('reopens the closed run with what each child left, and redrives a failed child itself', () => {
    const { fixture, service, host } = closedRun();
    const redriven = host.redriveMapRun?.(MAP_RUN_ARN, new Date(10_000));
    if (!redriven || 'refused' in redriven) throw new Error('expected the run to be redriven');
    expect(redriven.label).toBe('Items');
    expect(redriven.redriveCount).toBe(1);
    expect(redriven.children.map((child) => [child.index, child.status, child.output])).toEqual([
      [0, 'SUCCEEDED', '"ok"'],
      [1, 'FAILED', undefined],
      [2, 'ABORTED', undefined],
    ]);
    expect(service.runs.getMapRun(MAP_RUN_ARN)).toMatchObject({ status: 'RUNNING', redriveCount: 1, redriveDateMs: 10_000 });
    expect(service.runs.redriveCounts(service.runs.getMapRun(MAP_RUN_ARN)!.id).pendingRedrive.executions).toBe(2);
    // A run already running is not redriven again.
    expect(host.redriveMapRun?.(MAP_RUN_ARN, new Date(10_500))).toBeUndefined();

    const reopened = redriven.recorder.childRedriven(CHILD(1), DEFINITION);
    expect(reopened?.redrive).toMatchObject({ redriveCount: 1, resume: { stateName: 'Work' } });
    reopened?.onEvent({
      id: 4,
      previousEventId: 3,
      type: 'ExecutionRedriven',
      timestamp: new Date(11_000),
      executionRedrivenEventDetails: { redriveCount: 1 },
    });
    redriven.recorder.childEnded(CHILD(1), { status: 'SUCCEEDED', stopDate: new Date(12_000), output: '"fixed"' });
    fixture.store.flush();
    expect(fixture.store.getExecution(CHILD(1))).toMatchObject({ status: 'SUCCEEDED', redriveCount: 1, output: '"fixed"' });
    expect(fixture.store.getLastEvent(fixture.store.getExecution(CHILD(1))!.id)?.type).toBe('ExecutionRedriven');
    // An Express child a redrive restarts under a new ARN leaves the run.
    redriven.recorder.childReplaced(CHILD(2));
    expect(service.runs.allChildren(service.runs.getMapRun(MAP_RUN_ARN)!.id).map((child) => child.arn)).toEqual([CHILD(0), CHILD(1)]);
  });

  it("refuses a run's 1,001st redrive, and does not redrive another execution's run", () => {
    const { fixture, service, host, revision } = closedRun();
    const other = fixture.run(1_000, 9_000, 'FAILED');
    expect(service.hostFor(other, revision).redriveMapRun?.(MAP_RUN_ARN, new Date(10_000))).toBeUndefined();
    fixture.db.prepare(`UPDATE map_runs SET redrive_count = 1000`).run();
    expect(host.redriveMapRun?.(MAP_RUN_ARN, new Date(10_000))).toEqual({
      refused: 'The Map Run has been redriven the maximum number of times (1000).',
    });
  });
});
