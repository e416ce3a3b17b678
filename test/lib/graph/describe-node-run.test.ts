import { describe, expect, it } from 'vitest';
import { describeNodeColourForScreenReader, describeNodeCounts } from '@/lib/graph/describe-node-run';
import type { NodeRun } from '@/lib/graph/types';

const run = (overrides: Partial<NodeRun>): NodeRun => ({
  status: 'succeeded',
  visits: 1,
  outcomes: { succeeded: 1 },
  focus: null,
  retries: 0,
  failStateReached: false,
  visitId: 1,
  error: null,
  ...overrides,
});

describe('describeNodeCounts', () => {
  it('counts the visits, then the outcomes other than success, worst first', () => {
    expect(describeNodeCounts(run({ visits: 300, outcomes: { succeeded: 294, caught: 2, failed: 4 } }))).toBe(
      'ran 300× · 4 failed · 2 caught',
    );
    expect(describeNodeCounts(run({ visits: 13, outcomes: { succeeded: 13 } }))).toBe('ran 13×');
  });

  it('says nothing for a single visit, whose colour tells it', () => {
    expect(describeNodeCounts(run({}))).toBeNull();
  });
});

describe('describeNodeColourForScreenReader', () => {
  it('says the outcome the colour shows, and the error when there is one', () => {
    expect(describeNodeColourForScreenReader(run({ status: 'caught', visits: 300, outcomes: { succeeded: 287, caught: 13 } }))).toBe(
      'Caught',
    );
    expect(describeNodeColourForScreenReader(run({ status: 'failed', error: 'States.TaskFailed' }))).toBe('Failed, States.TaskFailed');
    expect(describeNodeColourForScreenReader(run({ status: 'not-visited', visits: 0, outcomes: {} }))).toBe('Not visited');
  });
});
