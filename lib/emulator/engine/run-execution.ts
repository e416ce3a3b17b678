import { setMaxListeners } from 'node:events';
import { isStackOverflow } from '../asl/json-depth';
import type { JsonObject, JsonValue } from '../asl/json-value';
import { ExecutionHalted, StateFailure } from './execution-errors';
import { HistoryWriter } from './history-writer';
import { checkPayloadSize, toJsonText } from './payload';
import { runMachine } from './run-states';
import { NESTED_TOO_DEEPLY_CAUSE } from './state-errors';
import type { BranchContext, ExecutionRuntime, MachineNode, QueryLanguage } from './runtime';
import { executionStartedDetails, type ExecutionOutcome, type ExecutionStatus, type RunExecutionOptions } from './types';
import { startLongTimer } from './long-timer';

const STATUS_BY_TERMINAL: Record<string, Exclude<ExecutionStatus, 'RUNNING'>> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionTimedOut: 'TIMED_OUT',
  ExecutionAborted: 'ABORTED',
};

// The reason halt carries: abort() without one builds a DOMException, stack trace and all, at the end
// of every execution. Nothing reads it; listeners only need to know the execution is over.
const EXECUTION_OVER = Object.freeze({ reason: 'the execution is over' });

function errorDetails(error: string | undefined, cause: string | undefined): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  if (error !== undefined) details.error = error;
  if (cause !== undefined) details.cause = cause;
  return details;
}

function stopReason(signal: AbortSignal): { error?: string; cause?: string } {
  const reason: unknown = signal.reason;
  if (typeof reason !== 'object' || reason === null) return {};
  const { error, cause } = reason as { error?: unknown; cause?: unknown };
  return {
    error: typeof error === 'string' ? error : undefined,
    cause: typeof cause === 'string' ? cause : undefined,
  };
}

/**
 * Runs one execution of an ASL definition and reports every history event through `onEvent`, the way
 * AWS writes them (ids from 1, previousEventId chains, details members). Resolves when the execution
 * has ended: succeeded, failed, timed out (definition TimeoutSeconds) or aborted (`signal`).
 */
export async function runExecution(options: RunExecutionOptions): Promise<ExecutionOutcome> {
  // Both were validated by the caller (CreateStateMachine / StartExecution); a parse error rejects
  // before any event is written.
  const definition = JSON.parse(options.definition) as JsonObject;
  const executionInput = JSON.parse(options.input) as JsonValue;
  const halt = new AbortController();
  // Every waiting Task, Wait or retry of every concurrent Map iteration listens here for as long as it
  // waits (and removes itself after), so thousands at once is normal, not a leak.
  setMaxListeners(0, halt.signal);
  const { redrive } = options;
  const writer = new HistoryWriter(options.onEvent, () => halt.abort(EXECUTION_OVER), redrive ? redrive.lastEventId + 1 : 1);
  // A redrive appends ExecutionRedriven to the closed history; the rerun states follow it.
  const firstEventId = redrive
    ? writer.emit('ExecutionRedriven', redrive.lastEventId, { redriveCount: redrive.redriveCount })
    : writer.emit('ExecutionStarted', 0, executionStartedDetails(options.input, options.roleArn));
  const runtime: ExecutionRuntime = {
    options,
    writer,
    executionInput,
    queryLanguage: (definition.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath') as QueryLanguage,
    halt: halt.signal,
  };
  // The first state's entered event points at 0, not at ExecutionStarted
  // (docs/aws-behaviour.md#execution-history-events).
  const root: BranchContext = {
    runtime,
    thread: { last: redrive ? firstEventId : 0 },
    variables: {},
    isChild: false,
    abort: new AbortController().signal,
    ...(redrive?.resume ? { resume: redrive.resume } : {}),
  };

  // StopExecution: AWS writes ExecutionAborted pointing at event 0 and closes the running states silently.
  const onStop = () => {
    if (writer.closed) return;
    const { error, cause } = stopReason(options.signal);
    writer.emit('ExecutionAborted', 0, errorDetails(error, cause));
  };
  if (options.signal.aborted) onStop();
  else options.signal.addEventListener('abort', onStop, { once: true });

  // Like ExecutionAborted, AWS writes ExecutionTimedOut pointing at event 0 (measured on AWS, floci #2965).
  let cancelTimeout: (() => void) | undefined;
  if (typeof definition.TimeoutSeconds === 'number') {
    cancelTimeout = startLongTimer(definition.TimeoutSeconds * 1000 * options.timeScale, () => {
      if (!writer.closed) writer.emit('ExecutionTimedOut', 0, { error: 'States.Timeout' });
    });
  }

  try {
    const output = await runMachine(definition as unknown as MachineNode, runtime.executionInput, root);
    const text = toJsonText(output);
    checkPayloadSize(
      text,
      () => new StateFailure('States.DataLimitExceeded', 'The state machine output exceeds the maximum number of bytes service limit.'),
    );
    writer.emit('ExecutionSucceeded', root.thread.last, { output: text, outputDetails: { truncated: false } });
  } catch (err) {
    if (!writer.closed && !(err instanceof ExecutionHalted)) {
      if (err instanceof StateFailure) {
        writer.emit('ExecutionFailed', root.thread.last, errorDetails(err.error, err.cause));
      } else if (isStackOverflow(err)) {
        writer.emit('ExecutionFailed', root.thread.last, errorDetails('States.Runtime', NESTED_TOO_DEEPLY_CAUSE));
      } else {
        const message = err instanceof Error ? err.message : String(err);
        writer.emit('ExecutionFailed', root.thread.last, errorDetails('States.Runtime', `Internal emulator error: ${message}`));
      }
    }
  } finally {
    cancelTimeout?.();
    options.signal.removeEventListener('abort', onStop);
    halt.abort(EXECUTION_OVER);
  }
  return outcomeOf(writer);
}

function outcomeOf(writer: HistoryWriter): ExecutionOutcome {
  const terminal = writer.terminalEvent;
  const stopDate = new Date();
  if (!terminal) return { status: 'FAILED', error: 'States.Runtime', cause: 'The execution ended without a terminal event.', stopDate };
  const status = STATUS_BY_TERMINAL[terminal.type] ?? 'FAILED';
  const outcome: ExecutionOutcome = { status, stopDate };
  if (terminal.error !== undefined) outcome.error = terminal.error;
  if (terminal.cause !== undefined) outcome.cause = terminal.cause;
  if (status === 'SUCCEEDED') outcome.output = terminal.output;
  return outcome;
}
