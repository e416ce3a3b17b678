import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteStateMachine } from '@/lib/emulator/server/actions/delete-state-machine';
import { describeStateMachineForExecution } from '@/lib/emulator/server/actions/describe-state-machine-for-execution';
import { updateStateMachine } from '@/lib/emulator/server/actions/update-state-machine';
import { apiErrorOf } from '../../../../support/emulator-actions/api-error-of';
import {
  createActionTestContext,
  createMachine,
  EXECUTION_PREFIX,
  PASS_DEFINITION,
  ROLE_ARN,
  startExecutionOf,
  WAIT_DEFINITION,
  type ActionTestContext,
} from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
});
afterEach(() => t.close());

const describeFor = (executionArn: string) => describeStateMachineForExecution({ executionArn }, t.context);

describe('describeStateMachineForExecution', () => {
  it('answers the revision the execution started with, even after an update and a deletion', () => {
    t.setNow(1_700_000_000_000);
    const machineArn = createMachine(t.context, 'M', { tracingConfiguration: { enabled: true } });
    const firstRevisionId = t.context.store.getStateMachine(machineArn)?.current.revisionId;
    const executionArn = startExecutionOf(t.context, machineArn, 'e');
    t.setNow(1_700_000_100_000);
    updateStateMachine({ stateMachineArn: machineArn, definition: WAIT_DEFINITION }, t.context);
    deleteStateMachine({ stateMachineArn: machineArn }, t.context);
    expect(describeFor(executionArn)).toEqual({
      stateMachineArn: machineArn,
      name: 'M',
      definition: PASS_DEFINITION,
      roleArn: ROLE_ARN,
      updateDate: 1_700_000_000,
      loggingConfiguration: { level: 'OFF', includeExecutionData: false },
      tracingConfiguration: { enabled: true },
      revisionId: firstRevisionId,
    });
  });

  it('answers the later revision for an execution started after the update', () => {
    const machineArn = createMachine(t.context, 'M');
    updateStateMachine({ stateMachineArn: machineArn, definition: WAIT_DEFINITION }, t.context);
    expect(describeFor(startExecutionOf(t.context, machineArn, 'later'))).toMatchObject({ definition: WAIT_DEFINITION });
  });

  it('fails with InternalFailure (HTTP 500) when the stored revision is missing', () => {
    const machineArn = createMachine(t.context, 'M');
    const machine = t.context.store.getStateMachine(machineArn)!;
    t.context.store.insertExecution(
      {
        arn: `${EXECUTION_PREFIX}M:orphan`,
        stateMachineId: machine.id,
        revision: 9,
        name: 'orphan',
        type: 'STANDARD',
        startDateMs: 0,
        input: '{}',
      },
      { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestampMs: 0, details: '{}' },
    );
    expect(apiErrorOf(() => describeFor(`${EXECUTION_PREFIX}M:orphan`))).toEqual([
      'InternalFailure',
      `The definition of ${machineArn} is missing`,
    ]);
  });

  it('refuses Express executions and unknown ones', () => {
    expect(apiErrorOf(() => describeFor('arn:aws:states:us-east-1:123456789012:express:M:e:u'))).toEqual([
      'InvalidArn',
      "Invalid Arn: 'Resource type not valid in this context: express'",
    ]);
    expect(apiErrorOf(() => describeFor(`${EXECUTION_PREFIX}M:nope`))[0]).toBe('ExecutionDoesNotExist');
  });
});
