import { StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { ActionResult } from '../execution-actions/types';
import { sendSfnAction } from './send-sfn-action';

/** StartExecution of a Standard state machine (or its version or alias) with `input`; AWS names it unless `name` is given. */
export async function startExecution(request: {
  stateMachineArn: string;
  input: string;
  name?: string;
}): Promise<ActionResult<{ executionArn: string; startedAt: Date }>> {
  const result = await sendSfnAction('StartExecution', request.stateMachineArn, (sfn) =>
    sfn.send(new StartExecutionCommand({ stateMachineArn: request.stateMachineArn, input: request.input, name: request.name })),
  );
  if (!result.ok) return result;
  const { executionArn, startDate } = result.value;
  if (!executionArn) throw new Error('StartExecution answered without an executionArn');
  return { ok: true, value: { executionArn, startedAt: startDate ?? new Date() } };
}
