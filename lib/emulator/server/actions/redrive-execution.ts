import { buildRedrivePlan } from '../../engine/redrive/build-redrive-plan';
import type { MachineNode } from '../../engine/runtime';
import { MAP_RUN_CHILD_NOT_REDRIVABLE } from '../../map-runs/child-redrive-eligibility';
import { mapRunStoreOf } from '../../map-runs/map-run-store';
import { toEpochSeconds, type ActionContext, type ActionResult } from '../action-context';
import { ApiError } from '../api-error';
import { parseExecutionArn, refuseExpressExecution } from '../arns';
import { findExecution } from '../find-records';
import { readRecordedHistory } from '../read-recorded-history';
import { redriveEligibility } from '../redrive-eligibility';
import { optionalString, requiredString, type RequestBody } from '../request-fields';

/** AWS answers a repeated client token with the first redrive's answer for 15 minutes. */
const CLIENT_TOKEN_WINDOW_MS = 15 * 60_000;
/** AWS's quota on open Standard executions per account and region. */
const OPEN_EXECUTION_LIMIT = 1_000_000;

/**
 * RedriveExecution: restarts a FAILED, ABORTED or TIMED_OUT Standard execution within 14 days of its
 * close, with the definition revision it ran, rerunning only what did not succeed
 * (https://docs.aws.amazon.com/step-functions/latest/apireference/API_RedriveExecution.html).
 */
export function redriveExecution(body: RequestBody, context: ActionContext): ActionResult {
  const arn = requiredString(body, 'executionArn', 2048);
  const clientToken = optionalString(body, 'clientToken', 64);
  refuseExpressExecution(arn);
  const execution = findExecution(context, arn);
  const { store } = context;
  if (mapRunStoreOf(store).getChild(execution.id)) throw new ApiError('ExecutionNotRedrivable', MAP_RUN_CHILD_NOT_REDRIVABLE);
  const nowMs = context.nowMs();
  if (clientToken !== undefined) {
    const earlier = store.findRedriveDate(execution.id, clientToken, nowMs - CLIENT_TOKEN_WINDOW_MS);
    if (earlier !== undefined) return { redriveDate: toEpochSeconds(earlier) };
  }
  const lastEvent = store.getLastEvent(execution.id);
  const eligibility = redriveEligibility(execution, lastEvent?.id ?? 0, nowMs);
  if (eligibility.reason !== undefined || !lastEvent) {
    throw new ApiError('ExecutionNotRedrivable', eligibility.reason ?? 'Execution has no history and cannot be redriven');
  }
  if (context.runner.runningCount >= OPEN_EXECUTION_LIMIT) {
    throw new ApiError('ExecutionLimitExceeded', `Maximum number of running executions reached: ${OPEN_EXECUTION_LIMIT}`);
  }
  const revision = store.getRevision(execution.stateMachineId, execution.revision);
  if (!revision) throw new ApiError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`);
  const resume = buildRedrivePlan(JSON.parse(revision.definition) as MachineNode, readRecordedHistory(store, execution.id));
  if (!store.markRedriven(execution.id, nowMs, clientToken)) {
    throw new ApiError('ExecutionNotRedrivable', 'Execution is RUNNING and cannot be redriven');
  }
  const reopened = findExecution(context, arn);
  context.runner.redrive(reopened, revision, parseExecutionArn(arn).region, lastEvent, {
    lastEventId: lastEvent.id,
    redriveCount: reopened.redriveCount,
    ...(resume ? { resume } : {}),
  });
  return { redriveDate: toEpochSeconds(nowMs) };
}
