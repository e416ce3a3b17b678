import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteStateMachine } from '@/lib/emulator/server/actions/delete-state-machine';
import { describeExecution } from '@/lib/emulator/server/actions/describe-execution';
import { apiErrorOf, validation } from '../../../../support/emulator-actions/api-error-of';
import {
  createActionTestContext,
  createMachine,
  MACHINE_PREFIX,
  startExecutionOf,
  type ActionTestContext,
} from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
});
afterEach(() => t.close());

describe('deleteStateMachine', () => {
  it('answers {} and the machine is gone', () => {
    const arn = createMachine(t.context, 'M');
    expect(deleteStateMachine({ stateMachineArn: arn }, t.context)).toEqual({});
    expect(t.context.store.getStateMachine(arn)).toBeUndefined();
  });

  it('succeeds for a machine that does not exist, as AWS lists no StateMachineDoesNotExist for it', () => {
    expect(deleteStateMachine({ stateMachineArn: `${MACHINE_PREFIX}Never` }, t.context)).toEqual({});
  });

  it('keeps the executions readable and lets a running one go on to its end', async () => {
    const arn = createMachine(t.context, 'M');
    const executionArn = startExecutionOf(t.context, arn, 'e');
    deleteStateMachine({ stateMachineArn: arn }, t.context);
    await t.context.runner.whenIdle();
    expect(describeExecution({ executionArn }, t.context)).toMatchObject({ status: 'SUCCEEDED', stateMachineArn: arn });
  });

  it('refuses a missing or malformed ARN', () => {
    expect(apiErrorOf(() => deleteStateMachine({}, t.context))).toEqual(
      validation("Value null at 'stateMachineArn' failed to satisfy constraint: Member must not be null"),
    );
    expect(
      apiErrorOf(() => deleteStateMachine({ stateMachineArn: 'arn:aws:states:us-east-1:123456789012:execution:M:e' }, t.context)),
    ).toEqual(['InvalidArn', "Invalid Arn: 'Resource type not valid in this context: execution'"]);
  });
});
