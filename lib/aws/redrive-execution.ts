import { RedriveExecutionCommand } from '@aws-sdk/client-sfn';
import type { ActionResult } from '../execution-actions/types';
import { sendSfnAction } from './send-sfn-action';

/**
 * RedriveExecution: reruns the execution's unsuccessful states in place. `clientToken` makes a repeated
 * request (a double click, a retried POST) one redrive.
 */
export async function redriveExecution(executionArn: string, clientToken?: string): Promise<ActionResult<{ redrivenAt: Date }>> {
  const result = await sendSfnAction('RedriveExecution', executionArn, (sfn) =>
    sfn.send(new RedriveExecutionCommand({ executionArn, clientToken })),
  );
  return result.ok ? { ok: true, value: { redrivenAt: result.value.redriveDate ?? new Date() } } : result;
}
