import type { EmulatorHistoryEvent, ExecutionOutcome } from './types';

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
  objects?: ObjectStore;
}
