import type { ActionResult } from '../action-context';
import { ApiError } from '../api-error';

/** UpdateMapRun: registered so its implementation lands without touching the action table. */
export function updateMapRun(): ActionResult {
  throw new ApiError('UnknownOperationException', 'The emulator does not serve UpdateMapRun yet.');
}
