import { endInterruptedExecution } from '../store/end-interrupted-execution';
import type { EmulatorStore } from '../store/emulator-store';
import type { ExecutionRecord, NewExecution, StateMachineRevision, StoredEvent } from '../store/store-types';
import type { ExecutionRedrive } from '../engine/redrive/redrive-plan';
import type { MapRunHost } from '../engine/map-run-host';
import { executionStartedDetails, type ExecutionOutcome, type TaskInvoker } from '../engine/types';
import type { EmulatorEngine } from './emulator-engine';
import { toStoredEvent } from './to-stored-event';

/** Gives each execution the host that records its Distributed Map runs (the runner only passes it on). */
export interface MapRunHosts {
  hostFor(parent: ExecutionRecord, revision: StateMachineRevision): MapRunHost;
}

/** How long StopExecution waits for the engine to record the abort before the runner records it itself. */
const STOP_GRACE_MS = 2_000;

const TERMINAL_EVENT_TYPES: Record<ExecutionOutcome['status'], string> = {
  SUCCEEDED: 'ExecutionSucceeded',
  FAILED: 'ExecutionFailed',
  ABORTED: 'ExecutionAborted',
  TIMED_OUT: 'ExecutionTimedOut',
};

interface RunningExecution {
  record: ExecutionRecord;
  revision: StateMachineRevision;
  controller: AbortController;
  lastEventId: number;
  lastEventType: string;
  /** Set once the end is recorded: later engine events and outcomes are ignored. */
  finished: boolean;
  done: Promise<void>;
}

export interface ExecutionRunnerOptions {
  store: EmulatorStore;
  engine: EmulatorEngine;
  invoker: TaskInvoker;
  accountId: string;
  timeScale: number;
  /** Sees every event as it is stored (the CloudWatch Logs delivery of logging state machines). */
  onEvent?: (execution: ExecutionRecord, revision: StateMachineRevision, event: StoredEvent) => void;
  /** Records Distributed Map runs and their child executions (lib/emulator/map-runs/map-run-service.ts). */
  mapRuns?: MapRunHosts;
}

/** Runs executions on the engine, streams their events into the store and records how each one ends. */
export class ExecutionRunner {
  private readonly running = new Map<number, RunningExecution>();

  constructor(private readonly options: ExecutionRunnerOptions) {}

  /** The Lambda invoker executions use (TestState invokes an unmocked Task through it too). */
  get taskInvoker(): TaskInvoker {
    return this.options.invoker;
  }

  get runningCount(): number {
    return this.running.size;
  }

  /**
   * Stores a new execution with its ExecutionStarted event (one transaction) and runs it on the engine.
   * The engine reports ExecutionStarted too; that one is not stored again.
   */
  start(execution: NewExecution, revision: StateMachineRevision, region: string): ExecutionRecord {
    const { store } = this.options;
    const startedEvent: StoredEvent = {
      id: 1,
      previousEventId: 0,
      type: 'ExecutionStarted',
      timestampMs: execution.startDateMs,
      details: JSON.stringify({ executionStartedEventDetails: executionStartedDetails(execution.input, revision.roleArn) }),
    };
    const record = store.insertExecution(execution, startedEvent);
    // Already stored: an engine that fails before reporting anything is ended after it.
    this.launch(record, revision, region, startedEvent);
    return record;
  }

  /**
   * Runs a closed execution again from its recorded state (RedriveExecution): the store has already
   * reopened it; the engine appends ExecutionRedriven after `lastEvent` and reruns what did not succeed.
   */
  redrive(
    record: ExecutionRecord,
    revision: StateMachineRevision,
    region: string,
    lastEvent: StoredEvent,
    redrive: ExecutionRedrive,
  ): void {
    this.launch(record, revision, region, lastEvent, redrive);
  }

  private launch(
    record: ExecutionRecord,
    revision: StateMachineRevision,
    region: string,
    lastEvent: StoredEvent,
    redrive?: ExecutionRedrive,
  ): void {
    const { engine, invoker, accountId, timeScale } = this.options;
    const run: RunningExecution = {
      record,
      revision,
      controller: new AbortController(),
      lastEventId: lastEvent.id,
      lastEventType: lastEvent.type,
      finished: false,
      done: Promise.resolve(),
    };
    this.running.set(record.id, run);
    const outcome = Promise.resolve().then(() =>
      engine.runExecution({
        definition: revision.definition,
        input: record.input,
        executionArn: record.arn,
        stateMachineArn: record.stateMachineArn,
        stateMachineName: record.stateMachineName,
        executionName: record.name,
        roleArn: revision.roleArn,
        region,
        accountId,
        startDate: new Date(record.startDateMs),
        invoker,
        timeScale,
        signal: run.controller.signal,
        redrive,
        mapRuns: this.options.mapRuns?.hostFor(record, revision),
        onEvent: (event) => {
          if (run.finished) return;
          run.lastEventId = event.id;
          run.lastEventType = event.type;
          // The engine's own ExecutionStarted was stored with the row: not encoded and stored again.
          if (!redrive && event.id === lastEvent.id && event.type === lastEvent.type) {
            this.options.onEvent?.(run.record, run.revision, lastEvent);
          } else {
            this.storeEvent(run, toStoredEvent(event));
          }
        },
      }),
    );
    run.done = outcome.then(
      (result) => this.finish(run, result),
      (error: unknown) =>
        this.finish(run, {
          status: 'FAILED',
          error: 'States.Runtime',
          cause: `The emulator's engine failed: ${error instanceof Error ? error.message : String(error)}`,
          stopDate: new Date(),
        }),
    );
  }

  /** Resolves once this execution's end is recorded (StartSyncExecution waits on it). */
  whenFinished(executionId: number): Promise<void> {
    return this.running.get(executionId)?.done ?? Promise.resolve();
  }

  /** Aborts a running execution (StopExecution) and resolves once its end is recorded. */
  async stop(executionId: number, error: string | undefined, cause: string | undefined): Promise<void> {
    const run = this.running.get(executionId);
    if (!run) return;
    run.controller.abort({ error, cause });
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, STOP_GRACE_MS);
    });
    await Promise.race([run.done, grace]);
    clearTimeout(timer);
    this.finish(run, { status: 'ABORTED', error, cause, stopDate: new Date() });
  }

  /** Resolves when every execution running now has ended (for tests and benchmarks). */
  async whenIdle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()].map((run) => run.done));
  }

  /** Ends every running execution by the interrupted-execution rule, then drops the engines. */
  close(): void {
    const now = Date.now();
    for (const run of this.running.values()) {
      run.finished = true;
      run.controller.abort({ error: 'States.Runtime', cause: 'The emulator is shutting down' });
      endInterruptedExecution(this.options.store, run.record, now);
      const last = this.options.store.getLastEvent(run.record.id);
      if (last) this.options.onEvent?.(run.record, run.revision, last);
    }
    this.running.clear();
  }

  private storeEvent(run: RunningExecution, event: StoredEvent): void {
    this.options.store.queueEvent(run.record.id, event);
    this.options.onEvent?.(run.record, run.revision, event);
  }

  private finish(run: RunningExecution, outcome: ExecutionOutcome): void {
    if (run.finished) return;
    run.finished = true;
    this.running.delete(run.record.id);
    const { store } = this.options;
    const terminalType = TERMINAL_EVENT_TYPES[outcome.status];
    const stopDateMs = outcome.stopDate.getTime();
    // The engine records the terminal event itself; this only covers an engine that ended without one.
    if (run.lastEventType !== terminalType) {
      this.storeEvent(run, {
        id: run.lastEventId + 1,
        previousEventId: run.lastEventId,
        type: terminalType,
        timestampMs: stopDateMs,
        details: JSON.stringify(terminalDetails(outcome)),
      });
    }
    store.endExecution(run.record.id, {
      status: outcome.status,
      stopDateMs,
      output: outcome.output,
      error: outcome.error,
      cause: outcome.cause,
    });
  }
}

function terminalDetails(outcome: ExecutionOutcome): Record<string, unknown> {
  switch (outcome.status) {
    case 'SUCCEEDED':
      return { executionSucceededEventDetails: { output: outcome.output ?? 'null', outputDetails: { truncated: false } } };
    case 'FAILED':
      return { executionFailedEventDetails: { error: outcome.error, cause: outcome.cause } };
    case 'ABORTED':
      return { executionAbortedEventDetails: { error: outcome.error, cause: outcome.cause } };
    case 'TIMED_OUT':
      return { executionTimedOutEventDetails: { error: outcome.error, cause: outcome.cause } };
  }
}
