import type { ActionResult } from '../action-context';
import { ApiError } from '../api-error';

/** DescribeMapRun: registered so its implementation lands without touching the action table. */
export function describeMapRun(): ActionResult {
  throw new ApiError('UnknownOperationException', 'The emulator does not serve DescribeMapRun yet.');
}
