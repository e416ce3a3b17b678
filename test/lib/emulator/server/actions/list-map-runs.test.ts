import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listMapRuns } from '@/lib/emulator/server/actions/list-map-runs';
import { apiErrorOf, validation } from '../../../../support/emulator-actions/api-error-of';
import {
  createActionTestContext,
  createMachine,
  EXECUTION_PREFIX,
  startExecutionOf,
  type ActionTestContext,
} from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
});
afterEach(() => t.close());

describe('listMapRuns', () => {
  it('answers an empty list for an execution that ran no Distributed Map', () => {
    const executionArn = startExecutionOf(t.context, createMachine(t.context, 'M'), 'e');
    expect(listMapRuns({ executionArn }, t.context)).toEqual({ mapRuns: [] });
    expect(listMapRuns({ executionArn, maxResults: 1000 }, t.context)).toEqual({ mapRuns: [] });
  });

  it('refuses an unknown execution, an Express one and a bad maxResults', () => {
    expect(apiErrorOf(() => listMapRuns({ executionArn: `${EXECUTION_PREFIX}M:nope` }, t.context))).toEqual([
      'ExecutionDoesNotExist',
      `Execution Does Not Exist: '${EXECUTION_PREFIX}M:nope'`,
    ]);
    expect(apiErrorOf(() => listMapRuns({ executionArn: 'arn:aws:states:us-east-1:123456789012:express:M:e:u' }, t.context))).toEqual([
      'InvalidArn',
      "Invalid Arn: 'Resource type not valid in this context: express'",
    ]);
    expect(apiErrorOf(() => listMapRuns({ executionArn: `${EXECUTION_PREFIX}M:e`, maxResults: 1001 }, t.context))).toEqual(
      validation("Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000"),
    );
  });
});
