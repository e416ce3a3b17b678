import { describe, expect, it } from 'vitest';
import { reopenChild } from '@/lib/emulator/map-runs/reopen-child';
import { mapRunFixture } from './map-run-fixture';

const DEFINITION = JSON.stringify({ StartAt: 'Work', States: { Work: { Type: 'Pass', End: true } } });

describe('reopenChild', () => {
  it('reopens a failed child for its own redrive and takes it off the pending-redrive count', () => {
    const fixture = mapRunFixture();
    const failed = fixture.child('FAILED');
    expect(fixture.runs.redriveMapRun(fixture.mapRunId, 10_000)).toBe(true);
    expect(fixture.runs.redriveMapRun(fixture.mapRunId, 10_000)).toBe(false);
    expect(fixture.runs.getMapRun(fixture.runs.getChild(failed.id)!.mapRunArn)).toMatchObject({
      status: 'RUNNING',
      redriveCount: 1,
      redriveDateMs: 10_000,
      stopDateMs: null,
    });
    expect(fixture.runs.redriveCounts(fixture.mapRunId).pendingRedrive).toEqual({ executions: 1, items: 1 });
    expect(fixture.runs.listChildrenPendingRedrive(fixture.mapRunId, Number.MAX_SAFE_INTEGER, 10).map((c) => c.id)).toEqual([failed.id]);

    const reopened = reopenChild(fixture.store, failed.arn, DEFINITION);
    // The fixture's history has no state events: the child reruns from StartAt.
    expect(reopened).toEqual({ childId: failed.id, redrive: { lastEventId: 2, redriveCount: 1 } });
    expect(fixture.store.getExecution(failed.arn)).toMatchObject({ status: 'RUNNING', redriveCount: 1 });
    expect(fixture.runs.redriveCounts(fixture.mapRunId).pendingRedrive).toEqual({ executions: 0, items: 0 });
    // Running now: a second reopen has nothing to do.
    expect(reopenChild(fixture.store, failed.arn, DEFINITION)).toBeUndefined();

    // A redrive stopped before it redrove a child leaves nothing pending once the run ends.
    const other = fixture.child('FAILED');
    fixture.runs.endMapRun(fixture.mapRunId, 'ABORTED', 11_000, 0);
    expect(fixture.runs.redriveMapRun(fixture.mapRunId, 12_000)).toBe(true);
    expect(fixture.runs.listChildrenPendingRedrive(fixture.mapRunId, Number.MAX_SAFE_INTEGER, 10).map((c) => c.id)).toEqual([other.id]);
    fixture.runs.endMapRun(fixture.mapRunId, 'ABORTED', 13_000, 0);
    expect(fixture.runs.redriveCounts(fixture.mapRunId).pendingRedrive).toEqual({ executions: 0, items: 0 });
    expect(fixture.runs.getMapRun(fixture.runs.getChild(other.id)!.mapRunArn)?.redriveCount).toBe(2);
  });

  it('leaves a child whose history is full as failed and counts it among failuresNotRedrivable', () => {
    const fixture = mapRunFixture();
    const full = fixture.child('FAILED');
    fixture.store.queueEvent(full.id, { id: 24_999, previousEventId: 2, type: 'ExecutionFailed', timestampMs: 3_000, details: '{}' });
    fixture.store.flush();
    expect(reopenChild(fixture.store, full.arn, DEFINITION)).toBeUndefined();
    expect(fixture.store.getExecution(full.arn)).toMatchObject({ status: 'FAILED', redriveCount: 0 });
    expect(fixture.runs.redriveCounts(fixture.mapRunId).failuresNotRedrivable).toEqual({ executions: 1, items: 1 });
  });
});
