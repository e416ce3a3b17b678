import { describe, expect, it } from 'vitest';
import { childRedriveEligibility } from '@/lib/emulator/map-runs/child-redrive-eligibility';
import { mapRunFixture } from './map-run-fixture';

describe('childRedriveEligibility', () => {
  it('is REDRIVABLE_BY_MAP_RUN for a failed child whose parent can be redriven, with no reason', () => {
    const fixture = mapRunFixture(Date.now());
    const failed = fixture.child('FAILED');
    const child = fixture.runs.getChild(failed.id)!;
    const record = fixture.store.getExecution(failed.arn)!;
    expect(childRedriveEligibility(fixture.store, record, child, Date.now())).toEqual({ status: 'REDRIVABLE_BY_MAP_RUN' });
  });

  it("is NOT_REDRIVABLE with the child's own reason, or else its parent's", () => {
    const fixture = mapRunFixture(Date.now());
    const succeeded = fixture.child('SUCCEEDED');
    const failed = fixture.child('FAILED');
    const eligibility = (arn: string, nowMs: number) =>
      childRedriveEligibility(
        fixture.store,
        fixture.store.getExecution(arn)!,
        fixture.runs.getChild(fixture.store.getExecution(arn)!.id)!,
        nowMs,
      );
    expect(eligibility(succeeded.arn, Date.now())).toEqual({
      status: 'NOT_REDRIVABLE',
      reason: 'Execution is SUCCEEDED and cannot be redriven',
    });
    // The child itself could be redriven; its RUNNING parent is the reason it is not.
    fixture.store.markRedriven(fixture.parent.id, Date.now(), undefined);
    expect(eligibility(failed.arn, Date.now())).toEqual({
      status: 'NOT_REDRIVABLE',
      reason: 'Execution is RUNNING and cannot be redriven',
    });
  });
});
