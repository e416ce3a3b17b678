import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findExecution, findStateMachine } from '@/lib/emulator/server/find-records';
import {
  createActionTestContext,
  EXECUTION_PREFIX,
  MACHINE_PREFIX,
  ROLE_ARN,
  type ActionTestContext,
} from '../../../support/emulator-actions/action-test-context';
import { apiErrorOf } from '../../../support/emulator-actions/api-error-of';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
});
afterEach(() => t.close());

function insertMachine(name: string) {
  return t.context.store.insertStateMachine({
    arn: `${MACHINE_PREFIX}${name}`,
    name,
    type: 'STANDARD',
    creationDateMs: 0,
    revision: {
      revisionId: 'r',
      definition: '{}',
      roleArn: ROLE_ARN,
      loggingConfiguration: '{}',
      tracingConfiguration: '{}',
      description: null,
      updateDateMs: 0,
    },
  });
}

describe('findStateMachine', () => {
  it('returns the active machine with that ARN', () => {
    const machine = insertMachine('M');
    expect(findStateMachine(t.context, `${MACHINE_PREFIX}M`)).toEqual(machine);
  });

  it('answers StateMachineDoesNotExist for a well-formed ARN it does not hold, deleted machines included', () => {
    const machine = insertMachine('Gone');
    t.context.store.deleteStateMachine(machine.id, 1);
    expect(apiErrorOf(() => findStateMachine(t.context, `${MACHINE_PREFIX}Gone`))).toEqual([
      'StateMachineDoesNotExist',
      `State Machine Does Not Exist: '${MACHINE_PREFIX}Gone'`,
    ]);
    expect(apiErrorOf(() => findStateMachine(t.context, `${MACHINE_PREFIX}Never`))[0]).toBe('StateMachineDoesNotExist');
  });

  it('answers InvalidArn for what is no state machine ARN', () => {
    expect(apiErrorOf(() => findStateMachine(t.context, `${EXECUTION_PREFIX}M:e`))).toEqual([
      'InvalidArn',
      "Invalid Arn: 'Resource type not valid in this context: execution'",
    ]);
  });
});

describe('findExecution', () => {
  it('returns the execution with that ARN', () => {
    const machine = insertMachine('M');
    const execution = t.context.store.insertExecution(
      { arn: `${EXECUTION_PREFIX}M:e`, stateMachineId: machine.id, revision: 1, name: 'e', type: 'STANDARD', startDateMs: 5, input: '{}' },
      { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestampMs: 5, details: '{}' },
    );
    expect(findExecution(t.context, `${EXECUTION_PREFIX}M:e`)).toEqual(execution);
  });

  it('answers ExecutionDoesNotExist for a well-formed ARN it does not hold, Express ones included', () => {
    expect(apiErrorOf(() => findExecution(t.context, `${EXECUTION_PREFIX}M:missing`))).toEqual([
      'ExecutionDoesNotExist',
      `Execution Does Not Exist: '${EXECUTION_PREFIX}M:missing'`,
    ]);
    const express = 'arn:aws:states:us-east-1:123456789012:express:M:e:uuid';
    expect(apiErrorOf(() => findExecution(t.context, express))).toEqual([
      'ExecutionDoesNotExist',
      `Execution Does Not Exist: '${express}'`,
    ]);
  });

  it('answers InvalidArn for a state machine ARN', () => {
    expect(apiErrorOf(() => findExecution(t.context, `${MACHINE_PREFIX}M`))).toEqual([
      'InvalidArn',
      "Invalid Arn: 'Resource type not valid in this context: stateMachine'",
    ]);
  });
});
