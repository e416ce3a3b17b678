import type { EmulatorStore } from './emulator-store';
import type { ExecutionEnd, ExecutionRecord, StoredEvent } from './store-types';

export const INTERRUPTED_ERROR = 'States.Runtime';
export const INTERRUPTED_CAUSE =
  'The Statescope emulator stopped while this execution was running. The emulator does not resume executions after a restart.';

/**
 * Ends an execution whose engine is gone (the emulator closed or crashed while it ran).
 *
 * Rule: append `ExecutionFailed` (error `States.Runtime`, cause INTERRUPTED_CAUSE) after the last stored
 * event, and mark the execution FAILED. The stop date is `stopDateMs` when the emulator is closing, and
 * the last stored event's timestamp after a crash (the last moment the execution is known to have run),
 * so its duration is never stretched by the time the emulator was down.
 */
export function endInterruptedExecution(store: EmulatorStore, execution: ExecutionRecord, stopDateMs?: number): void {
  const last = store.getLastEvent(execution.id);
  const recorded = last && toRecordedEnd(last);
  if (recorded) {
    // The terminal event was written but the process died before the status update.
    store.endExecution(execution.id, recorded);
    return;
  }
  const stopMs = stopDateMs ?? Math.max(last?.timestampMs ?? execution.startDateMs, execution.startDateMs);
  store.db.transaction(() => {
    const id = (last?.id ?? 0) + 1;
    store.queueEvent(execution.id, {
      id,
      previousEventId: last?.id ?? 0,
      type: 'ExecutionFailed',
      timestampMs: stopMs,
      details: JSON.stringify({ executionFailedEventDetails: { error: INTERRUPTED_ERROR, cause: INTERRUPTED_CAUSE } }),
    });
    store.endExecution(execution.id, { status: 'FAILED', stopDateMs: stopMs, error: INTERRUPTED_ERROR, cause: INTERRUPTED_CAUSE });
  })();
}

/** Applies the rule of endInterruptedExecution to every execution left RUNNING by an earlier process. */
export function endInterruptedExecutions(store: EmulatorStore): number {
  const running = store.listRunningExecutions();
  for (const execution of running) endInterruptedExecution(store, execution);
  return running.length;
}

const TERMINAL_EVENTS: Record<string, { status: ExecutionEnd['status']; detailsKey: string }> = {
  ExecutionSucceeded: { status: 'SUCCEEDED', detailsKey: 'executionSucceededEventDetails' },
  ExecutionFailed: { status: 'FAILED', detailsKey: 'executionFailedEventDetails' },
  ExecutionAborted: { status: 'ABORTED', detailsKey: 'executionAbortedEventDetails' },
  ExecutionTimedOut: { status: 'TIMED_OUT', detailsKey: 'executionTimedOutEventDetails' },
};

function toRecordedEnd(event: StoredEvent): ExecutionEnd | undefined {
  const terminal = TERMINAL_EVENTS[event.type];
  if (!terminal) return undefined;
  const all: unknown = JSON.parse(event.details);
  const details = (all as Record<string, Record<string, unknown> | undefined>)[terminal.detailsKey] ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    status: terminal.status,
    stopDateMs: event.timestampMs,
    output: text(details.output),
    error: text(details.error),
    cause: text(details.cause),
  };
}
