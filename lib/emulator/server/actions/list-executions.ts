import { listMapRunExecutions } from './list-map-run-executions';
import { EXECUTION_STATUSES } from '../../store/store-types';
import type { ActionContext, ActionResult } from '../action-context';
import { ApiError } from '../api-error';
import { findStateMachine } from '../find-records';
import { optionalEnum, optionalString, type RequestBody } from '../request-fields';
import { addRedriveFields, executionListItem } from './execution-list-item';
import { readPageSize } from './page-size';

const STATUS_FILTERS = [...EXECUTION_STATUSES, 'PENDING_REDRIVE'] as const;
const REDRIVE_FILTERS = ['REDRIVEN', 'NOT_REDRIVEN'] as const;

/** ListExecutions: newest first, optionally one status; by `mapRunArn`, a Map Run's child executions. */
export function listExecutions(body: RequestBody, context: ActionContext): ActionResult {
  const stateMachineArn = optionalString(body, 'stateMachineArn');
  const mapRunArn = optionalString(body, 'mapRunArn', 2000);
  if (stateMachineArn && mapRunArn) {
    throw new ApiError('ValidationException', 'Only one of stateMachineArn and mapRunArn can be specified');
  }
  if (mapRunArn) return listMapRunExecutions(body, mapRunArn, context);
  if (!stateMachineArn) throw new ApiError('ValidationException', 'Must provide a StateMachine ARN or MapRun ARN');
  const statusFilter = optionalEnum(body, 'statusFilter', STATUS_FILTERS);
  if (statusFilter === 'PENDING_REDRIVE') {
    throw new ApiError('ValidationException', 'Status filter PENDING_REDRIVE is only supported with a mapRunArn');
  }
  const redriveFilter = optionalEnum(body, 'redriveFilter', REDRIVE_FILTERS);
  const limit = readPageSize(body);
  const machine = findStateMachine(context, stateMachineArn);
  if (machine.type === 'EXPRESS') {
    throw new ApiError('StateMachineTypeNotSupported', 'This operation is not supported by this type of state machine');
  }
  const scope = `executions|${machine.id}|${statusFilter ?? ''}|${redriveFilter ?? ''}`;
  const token = optionalString(body, 'nextToken', 3096);
  const beforeId = token ? context.tokens.decode(token, scope) : Number.MAX_SAFE_INTEGER;
  const redriven = redriveFilter === undefined ? undefined : redriveFilter === 'REDRIVEN';
  const rows = context.store.listExecutions(machine.id, statusFilter, beforeId, limit + 1, redriven);
  const page = rows.slice(0, limit);
  const executions = page.map((execution) => addRedriveFields(executionListItem(execution), execution));
  // The page size is at least 1, so a further row means the page has a last one to continue after.
  const last = page.at(-1);
  if (rows.length <= limit || last === undefined) return { executions };
  return { executions, nextToken: context.tokens.encode(scope, last.id) };
}
