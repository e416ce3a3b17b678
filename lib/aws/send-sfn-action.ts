import type { SFNClient } from '@aws-sdk/client-sfn';
import type { ActionResult } from '../execution-actions/types';
import { getAwsClients } from './clients';
import { describeDataSource } from './describe-data-source';
import { toActionProblem, type ActionOperation } from './to-action-problem';

async function describeSafely(): Promise<{ endpoint?: string; region?: string }> {
  try {
    const { endpoint, region } = await describeDataSource();
    return { endpoint, region };
  } catch {
    return {};
  }
}

/**
 * Runs one write action and returns its answer or the problem it met as a value, never a throw:
 * the route answers the problem with its true status. Unrecognised errors are rethrown (bugs).
 */
export async function sendSfnAction<T>(
  operation: ActionOperation,
  resource: string,
  call: (client: SFNClient) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    return { ok: true, value: await call(getAwsClients().sfn) };
  } catch (error) {
    const problem = toActionProblem(error, operation, { resource, ...(await describeSafely()) });
    if (!problem) throw error;
    return { ok: false, problem };
  }
}
