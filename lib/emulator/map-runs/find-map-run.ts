import type { ActionContext } from '../server/action-context';
import { ApiError } from '../server/api-error';
import { checkMapRunArn } from './map-run-arn';
import { mapRunStoreOf, type MapRunRecord } from './map-run-store';

/** The Map Run with this ARN, or ResourceNotFound (InvalidArn when it is no Map Run ARN). */
export function findMapRun(context: ActionContext, arn: string): MapRunRecord {
  checkMapRunArn(arn);
  const run = mapRunStoreOf(context.store).getMapRun(arn);
  if (!run) throw new ApiError('ResourceNotFound', `Resource not found: '${arn}'`);
  return run;
}
