import { describe, expect, it } from 'vitest';
import type { ExecutionChildLinks } from '@/lib/map-runs/find-child-links';
import { findFailedChildTarget, toNodeLinkTargets } from '@/lib/map-runs/to-child-link-targets';

const RUN_1 = 'arn:aws:states:us-east-1:123456789012:mapRun:audit/Audit:run-1';
const RUN_2 = 'arn:aws:states:us-east-1:123456789012:mapRun:audit/Audit:run-2';
const CHILD_A = 'arn:aws:states:us-east-1:123456789012:execution:printer:a';
const CHILD_B = 'arn:aws:states:us-east-1:123456789012:execution:printer:b';

const links: ExecutionChildLinks = {
  mapRuns: [
    { visitId: 2, state: 'Audit', mapRunArn: RUN_1, status: 'failed' },
    { visitId: 2, state: 'Audit', mapRunArn: RUN_2, status: 'succeeded' },
  ],
  startedExecutions: [
    { visitId: 10, state: 'Print', executionArn: CHILD_A },
    { visitId: 20, state: 'PrintEach', executionArn: CHILD_A },
    { visitId: 21, state: 'PrintEach', executionArn: CHILD_B },
  ],
};
const nodeIds: Record<number, string> = { 2: 'Audit', 10: 'Print', 20: 'Each/PrintEach', 21: 'Each/PrintEach' };

describe('toNodeLinkTargets', () => {
  it('links a Map node to its last Map Run and a task node to its one child, not a task that started several', () => {
    expect(toNodeLinkTargets(links, (visitId) => nodeIds[visitId] ?? null)).toEqual({
      Audit: { state: 'Audit', target: { kind: 'map-run', arn: RUN_2, failedOnly: false } },
      Print: { state: 'Print', target: { kind: 'execution', arn: CHILD_A } },
    });
  });
});

describe('findFailedChildTarget', () => {
  it('leads from the failing Map visit to its last Map Run’s failed children', () => {
    expect(findFailedChildTarget(links, [undefined, 2])).toEqual({ kind: 'map-run', arn: RUN_2, failedOnly: true });
  });

  it('prefers the first visit given (the one that raised a caught error) and finds a started execution', () => {
    expect(findFailedChildTarget(links, [10, 2])).toEqual({ kind: 'execution', arn: CHILD_A });
  });

  it('finds nothing for a visit that started no execution', () => {
    expect(findFailedChildTarget(links, [null, 99])).toBeNull();
  });
});
