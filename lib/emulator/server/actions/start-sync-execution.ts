import { toEpochSeconds, type ActionContext, type ActionResult } from '../action-context';
import { ApiError } from '../api-error';
import { findStateMachine } from '../find-records';
import { requiredString, type RequestBody } from '../request-fields';
import { startExecution } from './start-execution';

const BILLED_DURATION_STEP_MS = 100;
const BILLED_MEMORY_STEP_MB = 64;
const BASE_MEMORY_MB = 50;

/**
 * Express billing as AWS reports it (docs/aws-behaviour.md#pricing-for-express-workflows): duration
 * rounded up to 100 ms, memory 50 MB + definition + execution data (AWS counts 1 MB as 1,000 KB) in
 * 64 MB chunks, at least 64 MB.
 */
function toBillingDetails(durationMs: number, dataBytes: number): Record<string, number> {
  const billedDurationInMilliseconds = Math.max(1, Math.ceil(durationMs / BILLED_DURATION_STEP_MS)) * BILLED_DURATION_STEP_MS;
  const memoryMb = BASE_MEMORY_MB + dataBytes / 1_000_000;
  return { billedMemoryUsedInMB: Math.ceil(memoryMb / BILLED_MEMORY_STEP_MB) * BILLED_MEMORY_STEP_MB, billedDurationInMilliseconds };
}

/**
 * StartSyncExecution: runs an Express execution to its end and returns the result. HTTP 200 even when
 * the execution fails (check `status`), as on AWS
 * (docs/aws-behaviour.md#synchronous-and-asynchronous-express). AWS serves it on the `sync-states.`
 * host; the emulator answers on any host, so SDK clients need `disableHostPrefix: true`.
 */
export async function startSyncExecution(body: RequestBody, context: ActionContext): Promise<ActionResult> {
  const machine = findStateMachine(context, requiredString(body, 'stateMachineArn'));
  if (machine.type !== 'EXPRESS') {
    throw new ApiError('StateMachineTypeNotSupported', 'This operation is not supported by this type of state machine');
  }
  const { executionArn } = startExecution(body, context) as { executionArn: string };
  const started = context.store.getExecution(executionArn);
  if (!started) throw new Error(`execution ${executionArn} vanished after it started`);
  await context.runner.whenFinished(started.id);
  const ended = context.store.getExecution(executionArn) ?? started;
  const stopDateMs = ended.stopDateMs ?? context.nowMs();
  const dataBytes = Buffer.byteLength(machine.current.definition) + Buffer.byteLength(ended.input) + Buffer.byteLength(ended.output ?? '');
  return {
    executionArn,
    stateMachineArn: machine.arn,
    name: ended.name,
    startDate: toEpochSeconds(ended.startDateMs),
    stopDate: toEpochSeconds(stopDateMs),
    status: ended.status === 'RUNNING' ? 'FAILED' : ended.status,
    ...(ended.error !== null ? { error: ended.error } : {}),
    ...(ended.cause !== null ? { cause: ended.cause } : {}),
    input: ended.input,
    inputDetails: { included: true },
    ...(ended.output !== null ? { output: ended.output, outputDetails: { included: true } } : {}),
    billingDetails: toBillingDetails(stopDateMs - ended.startDateMs, dataBytes),
  };
}
