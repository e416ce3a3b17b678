import type { ActionContext, ActionResult } from '../action-context';
import { refuseExpressExecution } from '../arns';
import { findExecution } from '../find-records';
import { requiredString, type RequestBody } from '../request-fields';
import { readPageSize } from './page-size';

/** ListMapRuns: the engine runs no Distributed Map, so an existing execution has no Map Runs. */
export function listMapRuns(body: RequestBody, context: ActionContext): ActionResult {
  const arn = requiredString(body, 'executionArn');
  refuseExpressExecution(arn);
  readPageSize(body);
  findExecution(context, arn);
  return { mapRuns: [] };
}
