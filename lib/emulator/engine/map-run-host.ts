import type { ExecutionRedrive } from './redrive/redrive-plan';
import type { EmulatorHistoryEvent, ExecutionOutcome, ExecutionStatus } from './execution-records';

/** The runtime settings of a Map Run that UpdateMapRun may change while it runs. */
export interface MapRunLimits {
  /** 0 = no limit. */
  maxConcurrency: number;
  toleratedFailureCount: number;
  toleratedFailurePercentage: number;
  /** True once UpdateMapRun set a tolerance: exceeding it is then States.ExceedToleratedFailureThreshold. */
  toleranceUpdated: boolean;
}

export interface MapRunStart {
  mapRunArn: string;
  label: string;
  startDate: Date;
  limits: MapRunLimits;
  itemTotal: number;
  /** How many child executions the run will start (items, or ItemBatcher batches). */
  executionTotal: number;
}

export interface ChildExecutionStart {
  executionArn: string;
  /** The child's name: the last part of its ARN. */
  name: string;
  /** JSON text of the child's input. */
  input: string;
  itemCount: number;
  startDate: Date;
  type: 'STANDARD' | 'EXPRESS';
  /** Its place among the run's children (item, or ItemBatcher batch). */
  index: number;
}

/** A child of a Map Run being redriven, as the run's previous attempt left it. */
export interface PreviousChild extends ChildExecutionStart {
  status: Exclude<ExecutionStatus, 'RUNNING'>;
  stopDate?: Date;
  output?: string;
  error?: string;
  cause?: string;
}

/** A closed Map Run reopened by a redrive of its parent, with what its previous attempt left. */
export interface RedrivenMapRun {
  recorder: MapRunRecorder;
  label: string;
  /** The Map Run's redrive count including this redrive. */
  redriveCount: number;
  children: PreviousChild[];
}

/** AWS's hard limit of redrives per Map Run; one more fails the execution with States.Runtime. */
export const MAP_RUN_REDRIVE_LIMIT = 1_000;

/** A Map Run that has been redriven MAP_RUN_REDRIVE_LIMIT times already. */
export interface MapRunRedriveRefused {
  refused: string;
}

/** An unsuccessful Standard child reopened for its own redrive. */
export interface ReopenedChild {
  onEvent: (event: EmulatorHistoryEvent) => void;
  redrive: ExecutionRedrive;
}

export type MapRunStatus = 'SUCCEEDED' | 'FAILED' | 'ABORTED';

/** What the engine tells about one Map Run while it runs; the server records it (store, APIs). */
export interface MapRunRecorder {
  /** Current limits; UpdateMapRun changes them in place and then calls the listener. */
  readonly limits: MapRunLimits;
  onLimitsChanged(listener: () => void): void;
  /** Records a started child and returns where its history events go. */
  childStarted(child: ChildExecutionStart): (event: EmulatorHistoryEvent) => void;
  childEnded(executionArn: string, outcome: ExecutionOutcome): void;
  /**
   * Reopens an unsuccessful Standard child of a redriven run for its own redrive (history continued,
   * only its unsuccessful states rerun); undefined when it cannot be redriven (it then counts as failed).
   * `definition` is the child's definition (the ItemProcessor as a workflow).
   */
  childRedriven(executionArn: string, definition: string): ReopenedChild | undefined;
  /** Unties a child that a redrive starts again under a new ARN (an Express child). */
  childReplaced(executionArn: string): void;
  ended(status: MapRunStatus, stopDate: Date, resultsWritten: number): void;
}

/** A local stand-in for S3 (ItemReader, ResultWriter); objects are text. */
export interface ObjectStore {
  /** The object's text; throws ObjectStoreError when it is missing. */
  read(bucket: string, key: string): string;
  write(bucket: string, key: string, text: string): void;
  /** Keys under `prefix`, in key order, with their sizes and dates. */
  list(bucket: string, prefix: string): Array<{ key: string; size: number; lastModified: Date }>;
}

/** A missing object or bucket, with a message that says where the emulator looked. */
export class ObjectStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ObjectStoreError';
  }
}

/** Given to the engine by the server; without one, Distributed Map children run unrecorded. */
export interface MapRunHost {
  startMapRun(run: MapRunStart): MapRunRecorder;
  /**
   * Reopens a closed Map Run of this execution for a redrive (`MapRunRedriven`); undefined when it is
   * unknown or not closed, and the Map then starts a new run.
   */
  redriveMapRun?(mapRunArn: string, redriveDate: Date): RedrivenMapRun | MapRunRedriveRefused | undefined;
  objects?: ObjectStore;
}
