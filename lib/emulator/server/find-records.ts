import type { ExecutionRecord, StateMachineRecord } from '../store/store-types';
import type { ActionContext } from './action-context';
import { ApiError } from './api-error';
import { parseExecutionArn, parseStateMachineArn } from './arns';

/** The active state machine with this ARN, or StateMachineDoesNotExist (InvalidArn when it is no state machine ARN). */
export function findStateMachine(context: ActionContext, arn: string): StateMachineRecord {
  parseStateMachineArn(arn);
  const machine = context.store.getStateMachine(arn);
  if (!machine) throw new ApiError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
  return machine;
}

/** The execution with this ARN, or ExecutionDoesNotExist (InvalidArn when it is no execution ARN). */
export function findExecution(context: ActionContext, arn: string): ExecutionRecord {
  parseExecutionArn(arn);
  const execution = context.store.getExecution(arn);
  if (!execution) throw new ApiError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`);
  return execution;
}
