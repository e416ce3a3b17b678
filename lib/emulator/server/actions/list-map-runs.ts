import { mapRunStoreOf } from '../../map-runs/map-run-store';
import { toEpochSeconds, type ActionContext, type ActionResult } from '../action-context';
import { refuseExpressExecution } from '../arns';
import { findExecution } from '../find-records';
import { optionalString, requiredString, type RequestBody } from '../request-fields';
import { readPageSize } from './page-size';

/** ListMapRuns: the Distributed Map runs an execution started, newest first, paged. */
export function listMapRuns(body: RequestBody, context: ActionContext): ActionResult {
  const arn = requiredString(body, 'executionArn');
  refuseExpressExecution(arn);
  const limit = readPageSize(body);
  const execution = findExecution(context, arn);
  const scope = `mapRuns|${execution.id}`;
  const token = optionalString(body, 'nextToken', 1024);
  const beforeId = token ? context.tokens.decode(token, scope) : Number.MAX_SAFE_INTEGER;
  const rows = mapRunStoreOf(context.store).listMapRuns(execution.id, beforeId, limit + 1);
  const page = rows.slice(0, limit);
  const mapRuns = page.map((run) => ({
    executionArn: run.executionArn,
    mapRunArn: run.arn,
    stateMachineArn: run.stateMachineArn,
    startDate: toEpochSeconds(run.startDateMs),
    ...(run.stopDateMs !== null ? { stopDate: toEpochSeconds(run.stopDateMs) } : {}),
  }));
  const last = page.at(-1);
  if (rows.length <= limit || last === undefined) return { mapRuns };
  return { mapRuns, nextToken: context.tokens.encode(scope, last.id) };
}
