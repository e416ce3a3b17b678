import type { ActionResult } from '../action-context';
import { ApiError } from '../api-error';

/** TestState: registered so its implementation lands without touching the action table. */
export function testState(): ActionResult {
  throw new ApiError('UnknownOperationException', 'The emulator does not serve TestState yet.');
}
