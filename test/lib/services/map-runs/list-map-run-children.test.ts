import { afterEach, describe, expect, it } from 'vitest';
import { listMapRunChildren } from '@/lib/services/map-runs/list-map-run-children';
import type { MapRunCounts } from '@/lib/map-runs/types';
import { fakeAwsClients, type FakeAws } from '../../../support/aws-fakes/fake-aws-clients';

const MAP_RUN = 'arn:aws:states:us-east-1:123456789012:mapRun:parcel-audit/AuditParcels:run-1';
const zero: MapRunCounts = { pending: 0, running: 0, succeeded: 0, failed: 0, timedOut: 0, aborted: 0, total: 0, resultsWritten: 0 };

/** A fake ListExecutions over children named `<status>-<n>`, paging `pageSize` at most as asked. */
function childrenByStatus(byStatus: Record<string, number>) {
  return (input: Record<string, unknown>) => {
    const status = String(input.statusFilter);
    const start = Number(input.nextToken ?? 0);
    const count = byStatus[status] ?? 0;
    const end = Math.min(count, start + Number(input.maxResults));
    const executions = Array.from({ length: end - start }, (_, i) => ({
      executionArn: `arn:aws:states:us-east-1:123456789012:execution:parcel-audit/AuditParcels:${status}-${start + i}`,
      stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:parcel-audit/AuditParcels',
      name: `${status}-${start + i}`,
      status,
      startDate: new Date(0),
    }));
    return { executions, ...(end < count && { nextToken: String(end) }) };
  };
}

let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

describe('listMapRunChildren', () => {
  it('lists failed children before succeeded ones, filling the page across statuses, and pages on from where it stopped', async () => {
    fake = fakeAwsClients({ sfn: { ListExecutions: childrenByStatus({ FAILED: 3, TIMED_OUT: 1, SUCCEEDED: 10 }) } });
    const mapRun = {
      arn: MAP_RUN,
      status: 'SUCCEEDED' as const,
      executionCounts: { ...zero, failed: 3, timedOut: 1, succeeded: 10, total: 14 },
    };

    const first = await listMapRunChildren(mapRun, { pageSize: 6 });
    expect(first.executions.map((child) => child.name)).toEqual([
      'FAILED-0',
      'FAILED-1',
      'FAILED-2',
      'TIMED_OUT-0',
      'SUCCEEDED-0',
      'SUCCEEDED-1',
    ]);
    expect(first.statuses).toEqual(['FAILED', 'TIMED_OUT', 'SUCCEEDED']);
    expect(first.nextCursor).toBe('SUCCEEDED.2');
    expect(first.calls).toBe(3);
    // No call for aborted or running: DescribeMapRun counts none.
    expect(fake.inputsOf('ListExecutions').map((input) => input.statusFilter)).toEqual(['FAILED', 'TIMED_OUT', 'SUCCEEDED']);

    const second = await listMapRunChildren(mapRun, { pageSize: 6, cursor: first.nextCursor });
    expect(second.executions.map((child) => child.name)).toEqual([
      'SUCCEEDED-2',
      'SUCCEEDED-3',
      'SUCCEEDED-4',
      'SUCCEEDED-5',
      'SUCCEEDED-6',
      'SUCCEEDED-7',
    ]);
    const third = await listMapRunChildren(mapRun, { pageSize: 6, cursor: second.nextCursor });
    expect(third.executions.map((child) => child.name)).toEqual(['SUCCEEDED-8', 'SUCCEEDED-9']);
    expect(third.nextCursor).toBeUndefined();
  });

  it('lists one status with ListExecutions’ own paging when filtered', async () => {
    fake = fakeAwsClients({ sfn: { ListExecutions: childrenByStatus({ FAILED: 5 }) } });
    const mapRun = { arn: MAP_RUN, status: 'FAILED' as const, executionCounts: { ...zero, failed: 5, total: 5 } };
    const page = await listMapRunChildren(mapRun, { status: 'FAILED', pageSize: 3 });
    expect(page.executions.map((child) => child.name)).toEqual(['FAILED-0', 'FAILED-1', 'FAILED-2']);
    expect(page.nextCursor).toBe('FAILED.3');
    expect(fake.inputsOf('ListExecutions')).toEqual([{ mapRunArn: MAP_RUN, statusFilter: 'FAILED', nextToken: undefined, maxResults: 3 }]);
  });

  it('starts again from the first page for a cursor it did not write', async () => {
    fake = fakeAwsClients({ sfn: { ListExecutions: childrenByStatus({ FAILED: 1 }) } });
    const mapRun = { arn: MAP_RUN, status: 'FAILED' as const, executionCounts: { ...zero, failed: 1, total: 1 } };
    const page = await listMapRunChildren(mapRun, { pageSize: 3, cursor: 'BOGUS.1' });
    expect(page.executions.map((child) => child.name)).toEqual(['FAILED-0']);
    expect(page.nextCursor).toBeUndefined();
  });
});
