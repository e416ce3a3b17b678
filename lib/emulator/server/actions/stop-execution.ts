import { toEpochSeconds, type ActionContext, type ActionResult } from '../action-context';
import { refuseExpressExecution } from '../arns';
import { findExecution } from '../find-records';
import { optionalString, requiredString, type RequestBody } from '../request-fields';

/** StopExecution: aborts the engine with `{error, cause}` and answers once the abort is recorded. */
export async function stopExecution(body: RequestBody, context: ActionContext): Promise<ActionResult> {
  const arn = requiredString(body, 'executionArn');
  refuseExpressExecution(arn);
  const error = optionalString(body, 'error', 256);
  const cause = optionalString(body, 'cause', 32_768);
  const execution = findExecution(context, arn);
  if (execution.status === 'RUNNING') await context.runner.stop(execution.id, error, cause);
  const ended = findExecution(context, arn);
  return { stopDate: toEpochSeconds(ended.stopDateMs ?? context.nowMs()) };
}
