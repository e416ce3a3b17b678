import { randomUUID } from 'node:crypto';
import { isJsonTextTooDeep, MAX_JSON_DEPTH } from '../../asl/json-depth';
import { toEpochSeconds, type ActionContext, type ActionResult } from '../action-context';
import { ApiError } from '../api-error';
import { parseStateMachineArn, toExecutionArn, toExpressExecutionArn } from '../arns';
import { findStateMachine } from '../find-records';
import { isValidName } from '../is-valid-name';
import { optionalString, requiredString, type RequestBody } from '../request-fields';

const MAX_INPUT_BYTES = 262_144;

function readInput(body: RequestBody): string {
  const input = body.input;
  if (input === undefined || input === null) return '{}';
  if (typeof input !== 'string')
    throw new ApiError('InvalidExecutionInput', 'Invalid State Machine Execution Input: input must be a JSON text in a string');
  if (Buffer.byteLength(input, 'utf8') > MAX_INPUT_BYTES) {
    throw new ApiError(
      'ValidationException',
      `1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have length less than or equal to ${MAX_INPUT_BYTES}`,
    );
  }
  try {
    JSON.parse(input);
  } catch (error) {
    throw new ApiError('InvalidExecutionInput', `Invalid State Machine Execution Input: '${(error as Error).message}'`);
  }
  if (isJsonTextTooDeep(input)) {
    throw new ApiError(
      'InvalidExecutionInput',
      `Invalid State Machine Execution Input: 'The input is nested too deeply: more than ${MAX_JSON_DEPTH} levels of objects and arrays'`,
    );
  }
  return input;
}

/**
 * StartExecution. A Standard start that repeats the name and input of a RUNNING execution returns
 * that execution (idempotent, docs/aws-behaviour.md#arns-and-names); any other reuse of a name is
 * ExecutionAlreadyExists.
 */
export function startExecution(body: RequestBody, context: ActionContext): ActionResult {
  const stateMachineArn = requiredString(body, 'stateMachineArn');
  const { region, accountId } = parseStateMachineArn(stateMachineArn);
  const givenName = optionalString(body, 'name', 80);
  const name = givenName ?? randomUUID();
  if (!isValidName(name)) throw new ApiError('InvalidName', `Invalid Name: '${name}'`);
  const input = readInput(body);
  const machine = findStateMachine(context, stateMachineArn);

  const express = machine.type === 'EXPRESS';
  const arn = express
    ? toExpressExecutionArn(region, accountId, machine.name, name, randomUUID())
    : toExecutionArn(region, accountId, machine.name, name);
  // Only a name the client chose can repeat one (a fresh UUID cannot), so only then is there anything to look up.
  const existing = express || givenName === undefined ? undefined : context.store.getExecution(arn);
  if (existing) {
    if (existing.status === 'RUNNING' && existing.input === input) {
      return { executionArn: existing.arn, startDate: toEpochSeconds(existing.startDateMs) };
    }
    throw new ApiError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`);
  }
  const record = context.runner.start(
    { arn, stateMachineId: machine.id, revision: machine.current.revision, name, type: machine.type, startDateMs: context.nowMs(), input },
    machine.current,
    region,
  );
  return { executionArn: record.arn, startDate: toEpochSeconds(record.startDateMs) };
}
