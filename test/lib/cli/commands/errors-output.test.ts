import { describe, expect, it } from 'vitest';
import { formatFailureGroupsText, sortFailureGroups, toFailureGroupsJson } from '@/lib/cli/commands/errors-output';
import type { FailureGroup } from '@/lib/execution-index/types';

const group = (count: number, last: string, state = 'VerifyPayment'): FailureGroup => ({
  stateMachineArn: 'arn:aws:states:us-east-1:1:stateMachine:orders',
  state,
  error: 'CardDeclined',
  cause: 'Card declined for order <id>',
  count,
  firstSeen: new Date('2026-12-01T00:00:00Z'),
  lastSeen: new Date(last),
  trend: [],
  shareOfMachine: 0.25,
  sampleExecutionArns: ['arn:e2', 'arn:e1'],
});

describe('errors output', () => {
  it('sorts largest first, then most recent', () => {
    const groups = [group(1, '2026-12-02T00:00:00Z', 'A'), group(2, '2026-12-01T00:00:00Z', 'B'), group(1, '2026-12-03T00:00:00Z', 'C')];
    expect(sortFailureGroups(groups).map((g) => g.state)).toEqual(['B', 'C', 'A']);
  });

  it('writes the JSON shape with ISO dates and the samples as executions', () => {
    expect(toFailureGroupsJson([group(2, '2026-12-02T00:00:00Z')])).toEqual([
      {
        stateMachineArn: 'arn:aws:states:us-east-1:1:stateMachine:orders',
        state: 'VerifyPayment',
        error: 'CardDeclined',
        cause: 'Card declined for order <id>',
        count: 2,
        firstSeen: '2026-12-01T00:00:00.000Z',
        lastSeen: '2026-12-02T00:00:00.000Z',
        executions: ['arn:e2', 'arn:e1'],
      },
    ]);
  });

  it('prints a block per group and says when nothing failed', () => {
    const window = { from: new Date('2026-12-01T00:00:00Z'), to: new Date('2026-12-08T00:00:00Z') };
    expect(formatFailureGroupsText([group(2, '2026-12-02T00:00:00Z')], window)).toContain(
      "    2×  orders › VerifyPayment › CardDeclined  (25% of the machine's executions)\n        cause: Card declined for order <id>",
    );
    expect(formatFailureGroupsText([], window)).toBe('No failures in the index from 2026-12-01 00:00:00 UTC to 2026-12-08 00:00:00 UTC.\n');
  });
});
