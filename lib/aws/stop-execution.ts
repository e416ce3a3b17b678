import { StopExecutionCommand } from '@aws-sdk/client-sfn';
import type { ActionResult } from '../execution-actions/types';
import { sendSfnAction } from './send-sfn-action';

/** StopExecution: the execution ends ABORTED (with `error` and `cause` when given); returns when it stopped. */
export async function stopExecution(
  executionArn: string,
  reason: { error?: string; cause?: string } = {},
): Promise<ActionResult<{ stoppedAt: Date }>> {
  const result = await sendSfnAction('StopExecution', executionArn, (sfn) =>
    sfn.send(new StopExecutionCommand({ executionArn, error: reason.error, cause: reason.cause })),
  );
  return result.ok ? { ok: true, value: { stoppedAt: result.value.stopDate ?? new Date() } } : result;
}
