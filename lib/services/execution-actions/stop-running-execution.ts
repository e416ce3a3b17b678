import { stopExecution } from '../../aws/stop-execution';
import type { ActionOutcome, ActionResult } from '../../execution-actions/types';
import { readExecutionForAction } from './read-execution-for-action';

/** Stops a running execution, recording that the dashboard did it (the history's ExecutionAborted shows the cause). */
export async function stopRunningExecution(executionArn: string, now: Date = new Date()): Promise<ActionResult<ActionOutcome>> {
  const current = await readExecutionForAction(executionArn, 'stop', now);
  if (!current.ok) return current;
  const stopped = await stopExecution(executionArn, { cause: 'Stopped from the Statescope dashboard.' });
  if (!stopped.ok) return stopped;
  return {
    ok: true,
    value: { action: 'stop', executionArn, message: `${current.value.name} was stopped; it ends ABORTED.` },
  };
}
