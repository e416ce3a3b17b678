import type { ExecutionRedrive } from './redrive/redrive-plan';
import type { MapRunHost } from './map-run-host';
import type { EmulatorHistoryEvent } from './execution-records';

export type { EmulatorHistoryEvent, ExecutionOutcome, ExecutionStatus } from './execution-records';

/**
 * The contract between the emulator's engine (which runs one execution) and the server around it
 * (which stores executions and serves the Step Functions API). Shapes follow the wire protocol:
 * payloads (`input`, `output`, `parameters`, `cause`, assigned variable values) are JSON *strings*.
 */

/** A task the engine asks the outside world to run (a Lambda function, resolved to a local handler). */
export interface TaskInvocation {
  /** The Task state's `Resource` as written in the definition. */
  resource: string;
  /** For Lambda resources: the function name (from the ARN or from `FunctionName`). */
  functionName: string;
  /** The effective payload handed to the function. */
  payload: unknown;
  stateName: string;
  executionArn: string;
  /** The Lambda request id to use, when the caller records it (lambda:invoke's response envelope). */
  requestId?: string;
  signal: AbortSignal;
}

/** Thrown by a TaskInvoker: `error` is the Step Functions error name, `cause` its cause string. */
export class TaskFailure extends Error {
  constructor(
    readonly error: string,
    readonly causeText: string,
  ) {
    super(`${error}: ${causeText}`);
    this.name = 'TaskFailure';
  }
}

/** Thrown by a TaskInvoker when no handler exists for the function (AWS: the function does not exist). */
export class FunctionNotFound extends Error {
  constructor(readonly functionName: string) {
    super(`Function not found: ${functionName}`);
    this.name = 'FunctionNotFound';
  }
}

export interface TaskInvoker {
  /** Resolves to the function's result, or throws TaskFailure / FunctionNotFound. */
  invoke(invocation: TaskInvocation): Promise<unknown>;
}

export interface RunExecutionOptions {
  /** ASL definition, JSON text (already validated by validateDefinition). */
  definition: string;
  /** Execution input, JSON text exactly as the caller sent it. */
  input: string;
  executionArn: string;
  stateMachineArn: string;
  stateMachineName: string;
  executionName: string;
  roleArn: string;
  region: string;
  accountId: string;
  startDate: Date;
  invoker: TaskInvoker;
  /** 1 = real time; 0.01 makes every Wait and Retry back-off 100 times shorter. */
  timeScale: number;
  /** Aborted by StopExecution; `signal.reason` is `{ error?: string; cause?: string }`. */
  signal: AbortSignal;
  /** Called once per event, in id order, before the engine goes on. */
  onEvent(event: EmulatorHistoryEvent): void;
  /** Set by RedriveExecution: continue the recorded history instead of starting one. */
  redrive?: ExecutionRedrive;
  /** Records Distributed Map runs and their child executions; absent, children run unrecorded. */
  mapRuns?: MapRunHost;
}

/** The details of a history's first event, ExecutionStarted (the server stores it with the execution row). */
export function executionStartedDetails(input: string, roleArn: string): Record<string, unknown> {
  return { input, inputDetails: { truncated: false }, roleArn };
}

/** `message` is the reason alone ("SCHEMA_VALIDATION_FAILED: ..."); the API adds "Invalid State Machine Definition: '...'". */
export type DefinitionValidation = { ok: true } | { ok: false; message: string };
