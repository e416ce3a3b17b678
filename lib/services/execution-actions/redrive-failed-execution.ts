import { describeExecution } from '../../aws/describe-execution';
import { redriveExecution } from '../../aws/redrive-execution';
import type { ActionOutcome, ActionResult } from '../../execution-actions/types';
import { readExecutionForAction } from './read-execution-for-action';

/** Redrives a failed, aborted or timed-out Standard execution within its window; says its new redrive count. */
export async function redriveFailedExecution(executionArn: string, now: Date = new Date()): Promise<ActionResult<ActionOutcome>> {
  const current = await readExecutionForAction(executionArn, 'redrive', now);
  if (!current.ok) return current;
  const redriven = await redriveExecution(executionArn);
  if (!redriven.ok) return redriven;
  // The count AWS now reports; if that read fails, the one we expect.
  const count = await describeExecution(executionArn).then(
    (execution) => execution.redriveCount,
    () => undefined,
  );
  return {
    ok: true,
    value: {
      action: 'redrive',
      executionArn,
      message: `${current.value.name} was redriven (redrive count ${count ?? (current.value.redriveCount ?? 0) + 1}); it is running again.`,
    },
  };
}
