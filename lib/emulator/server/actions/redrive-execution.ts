import type { ActionResult } from '../action-context';
import { ApiError } from '../api-error';

/** RedriveExecution: registered so its implementation lands without touching the action table. */
export function redriveExecution(): ActionResult {
  throw new ApiError('UnknownOperationException', 'The emulator does not serve RedriveExecution yet.');
}
