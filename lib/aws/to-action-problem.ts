import type { ActionProblem } from '../execution-actions/types';
import { toDataSourceError, type ErrorContext } from './errors';

/** The write actions the execution page sends, with what each lets the caller do, for plain messages. */
export const ACTION_OPERATIONS = {
  StopExecution: 'stop executions',
  RedriveExecution: 'redrive executions',
  StartExecution: 'start executions',
} as const;
export type ActionOperation = keyof typeof ACTION_OPERATIONS;

const ACCESS_DENIED = new Set(['AccessDeniedException', 'AccessDenied']);
const CONFLICT = new Set(['ExecutionNotRedrivable', 'ExecutionAlreadyExists', 'StateMachineDeleting']);
const INVALID_INPUT = new Set(['InvalidExecutionInput', 'InvalidName', 'ValidationException', 'InvalidArn']);
// What a data source answers for an API it lacks: AWS's own code, Step Functions Local's and LocalStack's.
const UNSUPPORTED = new Set(['UnknownOperationException', 'UnsupportedOperation', 'NotImplemented']);

function readString(value: unknown, key: string): string {
  const field: unknown = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof field === 'string' ? field : '';
}

/**
 * Maps an SDK error from a write action to a problem the page can show: a missing permission names
 * it (`states:RedriveExecution`), refusals the action alone can meet (not redrivable, name taken,
 * too many running, API not served) get their own kinds, the rest goes through toDataSourceError.
 * Undefined for anything else: a bug, to be rethrown.
 */
export function toActionProblem(error: unknown, operation: ActionOperation, context: ErrorContext = {}): ActionProblem | undefined {
  const name = readString(error, 'name');
  const detail = readString(error, 'message') || name;
  if (ACCESS_DENIED.has(name)) {
    return {
      kind: 'access-denied',
      message: `Your credentials are not allowed to ${ACTION_OPERATIONS[operation]} (states:${operation}).`,
      hint: `Grant states:${operation} on this state machine's executions to the role or user the dashboard runs as.`,
    };
  }
  if (CONFLICT.has(name)) {
    return {
      kind: 'conflict',
      message: `Step Functions refused ${operation}: ${detail}`,
      hint: 'Reload the page to see the execution as it is now.',
    };
  }
  if (name === 'ExecutionLimitExceeded') {
    return {
      kind: 'limit-exceeded',
      message: `Step Functions refused ${operation}: too many executions are running (${detail}).`,
      hint: 'Wait for running executions to end, or stop some, then try again.',
    };
  }
  if (INVALID_INPUT.has(name)) {
    return { kind: 'invalid-input', message: `Step Functions rejected ${operation}: ${detail}`, hint: 'Check the input and try again.' };
  }
  if (UNSUPPORTED.has(name)) {
    return {
      kind: 'unsupported',
      message: `This data source does not support ${operation}.`,
      hint: 'AWS itself does; an emulator or Step Functions Local may not implement it yet.',
    };
  }
  const mapped = toDataSourceError(error, { ...context, operation });
  return mapped ? { kind: mapped.kind, message: mapped.message, hint: mapped.hint } : undefined;
}
