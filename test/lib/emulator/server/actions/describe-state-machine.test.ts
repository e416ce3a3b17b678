import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeStateMachine } from '@/lib/emulator/server/actions/describe-state-machine';
import { apiErrorOf } from '../../../../support/emulator-actions/api-error-of';
import {
  createActionTestContext,
  createMachine,
  MACHINE_PREFIX,
  PASS_DEFINITION,
  ROLE_ARN,
  type ActionTestContext,
} from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
});
afterEach(() => t.close());

describe('describeStateMachine', () => {
  it('answers the current settings, with the configurations as objects and dates in epoch seconds', () => {
    t.setNow(1_700_000_000_500);
    const arn = createMachine(t.context, 'M', { type: 'EXPRESS', tracingConfiguration: { enabled: true } });
    const revisionId = t.context.store.getStateMachine(arn)?.current.revisionId;
    expect(describeStateMachine({ stateMachineArn: arn }, t.context)).toEqual({
      stateMachineArn: arn,
      name: 'M',
      status: 'ACTIVE',
      definition: PASS_DEFINITION,
      roleArn: ROLE_ARN,
      type: 'EXPRESS',
      creationDate: 1_700_000_000.5,
      loggingConfiguration: { level: 'OFF', includeExecutionData: false },
      tracingConfiguration: { enabled: true },
      revisionId,
    });
  });

  it('includes a description only when the revision has one', () => {
    const machine = t.context.store.insertStateMachine({
      arn: `${MACHINE_PREFIX}D`,
      name: 'D',
      type: 'STANDARD',
      creationDateMs: 0,
      revision: {
        revisionId: 'r',
        definition: '{}',
        roleArn: ROLE_ARN,
        loggingConfiguration: '{}',
        tracingConfiguration: '{}',
        description: 'Orders',
        updateDateMs: 0,
      },
    });
    expect(describeStateMachine({ stateMachineArn: machine.arn }, t.context)).toMatchObject({ description: 'Orders' });
    expect(describeStateMachine({ stateMachineArn: createMachine(t.context, 'M') }, t.context)).not.toHaveProperty('description');
  });

  it('answers StateMachineDoesNotExist for an unknown machine and InvalidArn for another kind of ARN', () => {
    expect(apiErrorOf(() => describeStateMachine({ stateMachineArn: `${MACHINE_PREFIX}Nope` }, t.context))).toEqual([
      'StateMachineDoesNotExist',
      `State Machine Does Not Exist: '${MACHINE_PREFIX}Nope'`,
    ]);
    expect(apiErrorOf(() => describeStateMachine({ stateMachineArn: 'nope' }, t.context))).toEqual([
      'InvalidArn',
      "Invalid Arn: 'Invalid ARN prefix: nope'",
    ]);
  });
});
