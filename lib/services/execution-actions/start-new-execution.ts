import { startExecution } from '../../aws/start-execution';
import { stateMachineNameOf } from '../../execution-actions/describe-action-confirmation';
import type { ActionOutcome, ActionResult } from '../../execution-actions/types';
import { readExecutionForAction } from './read-execution-for-action';

/**
 * Starts a new execution of the same state machine (the version or alias this one ran, when it ran
 * one) with `input`, already validated as JSON within AWS's size limit. AWS names it.
 */
export async function startNewExecution(executionArn: string, input: string, now: Date = new Date()): Promise<ActionResult<ActionOutcome>> {
  const current = await readExecutionForAction(executionArn, 'start', now);
  if (!current.ok) return current;
  const { stateMachineAliasArn, stateMachineVersionArn, stateMachineArn } = current.value;
  const target = stateMachineAliasArn ?? stateMachineVersionArn ?? stateMachineArn;
  const started = await startExecution({ stateMachineArn: target, input });
  if (!started.ok) return started;
  return {
    ok: true,
    value: {
      action: 'start',
      executionArn: started.value.executionArn,
      message: `A new execution of ${stateMachineNameOf(stateMachineArn)} was started.`,
    },
  };
}
