import { buildRedrivePlan, type RecordedEvent } from '../../engine/redrive/build-redrive-plan';
import type { MachineNode } from '../../engine/runtime';
import type { EmulatorStore } from '../../store/emulator-store';
import type { StoredEvent } from '../../store/store-types';
import { toEpochSeconds, type ActionContext, type ActionResult } from '../action-context';
import { ApiError } from '../api-error';
import { parseExecutionArn, refuseExpressExecution } from '../arns';
import { findExecution } from '../find-records';
import { redriveEligibility } from '../redrive-eligibility';
import { optionalString, requiredString, type RequestBody } from '../request-fields';

/** AWS answers a repeated client token with the first redrive's answer for 15 minutes. */
const CLIENT_TOKEN_WINDOW_MS = 15 * 60_000;
/** AWS's quota on open Standard executions per account and region. */
const OPEN_EXECUTION_LIMIT = 1_000_000;
const PAGE = 1_000;

function toRecordedEvent(event: StoredEvent): RecordedEvent {
  const wrapper = JSON.parse(event.details) as Record<string, Record<string, unknown> | undefined>;
  const details = Object.values(wrapper)[0];
  return { id: event.id, previousEventId: event.previousEventId, type: event.type, ...(details ? { details } : {}) };
}

function readHistory(store: EmulatorStore, executionId: number): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  for (let after = 0; ;) {
    const page = store.getEvents(executionId, after, false, PAGE);
    events.push(...page.map(toRecordedEvent));
    const last = page.at(-1);
    if (!last || page.length < PAGE) return events;
    after = last.id;
  }
}

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
  const resume = buildRedrivePlan(JSON.parse(revision.definition) as MachineNode, readHistory(store, execution.id));
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
