import { toEpochSeconds, type ActionContext, type ActionResult } from '../action-context';
import { optionalEnum, optionalString, type RequestBody } from '../request-fields';
import { readPageSize } from './page-size';
import { EXECUTION_STATUSES } from '../../store/store-types';
import { findMapRun } from '../../map-runs/find-map-run';
import { mapRunStoreOf } from '../../map-runs/map-run-store';

const STATUS_FILTERS = [...EXECUTION_STATUSES, 'PENDING_REDRIVE'] as const;

/**
 * ListExecutions with `mapRunArn`: the Map Run's child executions, newest first, each with its
 * labelled state machine ARN, `mapRunArn` and `itemCount` (AWS adds both only when listing by Map Run).
 */
export function listMapRunExecutions(body: RequestBody, mapRunArn: string, context: ActionContext): ActionResult {
  const statusFilter = optionalEnum(body, 'statusFilter', STATUS_FILTERS);
  const limit = readPageSize(body);
  const run = findMapRun(context, mapRunArn);
  const scope = `mapRunExecutions|${run.id}|${statusFilter ?? ''}`;
  const token = optionalString(body, 'nextToken', 3096);
  const beforeId = token ? context.tokens.decode(token, scope) : Number.MAX_SAFE_INTEGER;
  const runs = mapRunStoreOf(context.store);
  // PENDING_REDRIVE: the unsuccessful children a Map Run redrive has not redriven yet.
  const rows =
    statusFilter === 'PENDING_REDRIVE'
      ? runs.listChildrenPendingRedrive(run.id, beforeId, limit + 1)
      : runs.listChildren(run.id, statusFilter, beforeId, limit + 1);
  const page = rows.slice(0, limit);
  const executions = page.map((child) => ({
    executionArn: child.arn,
    stateMachineArn: child.stateMachineArn,
    name: child.name,
    status: child.status,
    startDate: toEpochSeconds(child.startDateMs),
    ...(child.stopDateMs !== null ? { stopDate: toEpochSeconds(child.stopDateMs) } : {}),
    mapRunArn: child.mapRunArn,
    itemCount: child.itemCount,
    redriveCount: child.redriveCount,
    ...(child.redriveDateMs !== null ? { redriveDate: toEpochSeconds(child.redriveDateMs) } : {}),
  }));
  const last = page.at(-1);
  if (rows.length <= limit || last === undefined) return { executions };
  return { executions, nextToken: context.tokens.encode(scope, last.id) };
}
