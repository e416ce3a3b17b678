import { describe, expect, it } from 'vitest';
import { MACHINE_ARN } from '../cloudwatch/metric-store-fixture';
import { MAP_RUN_ARN, mapRunFixture } from './map-run-fixture';

describe('MapRunStore children', () => {
  it('reads a child as its execution record, under the labelled machine, with its Map Run, index and item count', () => {
    const fixture = mapRunFixture();
    fixture.child('SUCCEEDED');
    const failed = fixture.child(null);
    fixture.store.endExecution(failed.id, { status: 'FAILED', stopDateMs: 5_000, error: 'Boom', cause: 'it broke' });
    fixture.runs.setRedriveState(failed.id, 'NOT_REDRIVABLE');
    const record = fixture.store.getExecution(failed.arn)!;

    const expected = {
      ...record,
      stateMachineArn: `${MACHINE_ARN}/Items`,
      mapRunArn: MAP_RUN_ARN,
      label: 'Items',
      itemCount: 1,
      childIndex: 1,
      redriveState: 'NOT_REDRIVABLE',
    };
    expect(fixture.runs.getChild(failed.id)).toStrictEqual(expected);
    expect(fixture.runs.listChildren(fixture.mapRunId, 'FAILED', Number.MAX_SAFE_INTEGER, 10)).toStrictEqual([expected]);
    expect(fixture.runs.allChildren(fixture.mapRunId).map((child) => [child.childIndex, child.status])).toEqual([
      [0, 'SUCCEEDED'],
      [1, 'FAILED'],
    ]);
  });

  it('has no child for an execution outside every Map Run', () => {
    const fixture = mapRunFixture();
    expect(fixture.runs.getChild(fixture.parent.id)).toBeUndefined();
  });
});
