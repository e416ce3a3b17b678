import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeExecution } from '@/lib/emulator/server/actions/describe-execution';
import { apiErrorOf } from '../../../../support/emulator-actions/api-error-of';
import {
  createActionTestContext,
  createMachine,
  EXECUTION_PREFIX,
  startExecutionOf,
  WAIT_DEFINITION,
  type ActionTestContext,
} from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
});
afterEach(() => t.close());

const FAIL_DEFINITION = JSON.stringify({ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'AgeTooLow', Cause: 'too young' } } });
const describeIt = (executionArn: string) => describeExecution({ executionArn }, t.context);

describe('describeExecution', () => {
  it('describes a running execution: input included, no stop date or output, not redrivable because it runs', () => {
    const machineArn = createMachine(t.context, 'M', { definition: WAIT_DEFINITION });
    t.setNow(1_700_000_000_500);
    const executionArn = startExecutionOf(t.context, machineArn, 'e', '{"a":1}');
    expect(describeIt(executionArn)).toEqual({
      executionArn,
      stateMachineArn: machineArn,
      name: 'e',
      status: 'RUNNING',
      startDate: 1_700_000_000.5,
      input: '{"a":1}',
      inputDetails: { included: true },
      redriveCount: 0,
      redriveStatus: 'NOT_REDRIVABLE',
      redriveStatusReason: 'Execution is RUNNING and cannot be redriven',
    });
  });

  it('adds the output and stop date of a succeeded execution', async () => {
    const executionArn = startExecutionOf(t.context, createMachine(t.context, 'M'), 'e', '{"a":1}');
    await t.context.runner.whenIdle();
    const stored = t.context.store.getExecution(executionArn)!;
    expect(describeIt(executionArn)).toMatchObject({
      status: 'SUCCEEDED',
      stopDate: stored.stopDateMs! / 1000,
      output: '{"a":1}',
      outputDetails: { included: true },
      redriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven',
    });
    expect(describeIt(executionArn)).not.toHaveProperty('error');
  });

  it('adds error and cause of a failed one, which is redrivable (no reason then)', async () => {
    const executionArn = startExecutionOf(t.context, createMachine(t.context, 'F', { definition: FAIL_DEFINITION }), 'e');
    await t.context.runner.whenIdle();
    const described = describeIt(executionArn);
    expect(described).toMatchObject({
      status: 'FAILED',
      error: 'AgeTooLow',
      cause: 'too young',
      redriveCount: 0,
      redriveStatus: 'REDRIVABLE',
    });
    expect(described).not.toHaveProperty('output');
    expect(described).not.toHaveProperty('redriveStatusReason');
    expect(described).not.toHaveProperty('redriveDate');
  });

  it('refuses Express executions as AWS does, and unknown ones', () => {
    expect(apiErrorOf(() => describeIt('arn:aws:states:us-east-1:123456789012:express:M:e:u'))).toEqual([
      'InvalidArn',
      "Invalid Arn: 'Resource type not valid in this context: express'",
    ]);
    expect(apiErrorOf(() => describeIt(`${EXECUTION_PREFIX}M:nope`))).toEqual([
      'ExecutionDoesNotExist',
      `Execution Does Not Exist: '${EXECUTION_PREFIX}M:nope'`,
    ]);
  });
});
