import {
  MAP_RUN_REDRIVE_LIMIT,
  type MapRunHost,
  type MapRunLimits,
  type MapRunRecorder,
  type MapRunStart,
  type ObjectStore,
  type PreviousChild,
  type MapRunRedriveRefused,
  type RedrivenMapRun,
} from '../engine/map-run-host';
import { executionStartedDetails, type EmulatorHistoryEvent, type ExecutionOutcome } from '../engine/types';
import { toStoredEvent } from '../server/to-stored-event';
import type { EmulatorStore } from '../store/emulator-store';
import type { ExecutionRecord, StateMachineRevision } from '../store/store-types';
import { mapRunStoreOf, type MapRunStore } from './map-run-store';
import { reopenChild } from './reopen-child';

interface LiveMapRun {
  id: number;
  limits: MapRunLimits;
  listeners: Array<() => void>;
}

export type LimitsUpdate = Partial<Pick<MapRunLimits, 'maxConcurrency' | 'toleratedFailureCount' | 'toleratedFailurePercentage'>>;

/**
 * The server's side of Distributed Map runs: stores each Map Run and its child executions (each an
 * executions row with its own history) as the engine reports them, and hands UpdateMapRun's new
 * limits to the running engine.
 */
export class MapRunService {
  private readonly live = new Map<string, LiveMapRun>();
  readonly runs: MapRunStore;

  constructor(
    private readonly store: EmulatorStore,
    readonly objects: ObjectStore,
  ) {
    this.runs = mapRunStoreOf(store);
    services.set(store, this);
    // Their engines are gone with the process that ran them (the parents end by the restart rule).
    this.runs.endInterruptedMapRuns(Date.now());
  }

  /** The host given to the engine for one (parent) execution. */
  hostFor(parent: ExecutionRecord, revision: StateMachineRevision): MapRunHost {
    return {
      startMapRun: (run) => this.start(parent, revision, run),
      redriveMapRun: (mapRunArn, date) => this.redrive(parent, revision, mapRunArn, date),
      objects: this.objects,
    };
  }

  /** Applies UpdateMapRun to a running Map Run (true) or to a closed one's stored row (false). */
  update(mapRunArn: string, id: number, update: LimitsUpdate): boolean {
    const live = this.live.get(mapRunArn);
    const record = this.runs.getMapRun(mapRunArn);
    if (!record) return false;
    const next = {
      maxConcurrency: update.maxConcurrency ?? record.maxConcurrency,
      toleratedFailureCount: update.toleratedFailureCount ?? record.toleratedFailureCount,
      toleratedFailurePercentage: update.toleratedFailurePercentage ?? record.toleratedFailurePercentage,
    };
    this.runs.updateLimits(id, next);
    if (!live) return false;
    const toleranceChanged = update.toleratedFailureCount !== undefined || update.toleratedFailurePercentage !== undefined;
    Object.assign(live.limits, next, toleranceChanged ? { toleranceUpdated: true } : {});
    for (const listener of live.listeners) listener();
    return true;
  }

  private start(parent: ExecutionRecord, revision: StateMachineRevision, run: MapRunStart): MapRunRecorder {
    const id = this.runs.insertMapRun({
      arn: run.mapRunArn,
      executionId: parent.id,
      label: run.label,
      startDateMs: run.startDate.getTime(),
      maxConcurrency: run.limits.maxConcurrency,
      toleratedFailurePercentage: run.limits.toleratedFailurePercentage,
      toleratedFailureCount: run.limits.toleratedFailureCount,
      itemTotal: run.itemTotal,
      executionTotal: run.executionTotal,
    });
    return this.recorder(id, run.mapRunArn, { ...run.limits }, parent, revision);
  }

  /**
   * A Map Run redrive (https://docs.aws.amazon.com/step-functions/latest/dg/redrive-map-run.html): the
   * parent's closed run reopens, RUNNING with its redrive count up and its unsuccessful children
   * pending redrive; the engine then redrives those and starts the items that never started.
   */
  private redrive(
    parent: ExecutionRecord,
    revision: StateMachineRevision,
    mapRunArn: string,
    date: Date,
  ): RedrivenMapRun | MapRunRedriveRefused | undefined {
    const record = this.runs.getMapRun(mapRunArn);
    if (!record || record.executionId !== parent.id) return undefined;
    if (record.redriveCount >= MAP_RUN_REDRIVE_LIMIT) {
      return { refused: `The Map Run has been redriven the maximum number of times (${MAP_RUN_REDRIVE_LIMIT}).` };
    }
    const stored = this.runs.allChildren(record.id);
    // Children stored before schema step 4 have no index: such a run cannot tell its items apart.
    if (stored.some((child) => child.childIndex < 0) || !this.runs.redriveMapRun(record.id, date.getTime())) return undefined;
    const children: PreviousChild[] = stored.map((child) => ({
      executionArn: child.arn,
      name: child.name,
      input: child.input,
      itemCount: child.itemCount,
      startDate: new Date(child.startDateMs),
      type: child.type,
      index: child.childIndex,
      status: child.status === 'RUNNING' ? 'ABORTED' : child.status,
      ...(child.stopDateMs !== null ? { stopDate: new Date(child.stopDateMs) } : {}),
      ...(child.output !== null ? { output: child.output } : {}),
      ...(child.error !== null ? { error: child.error } : {}),
      ...(child.cause !== null ? { cause: child.cause } : {}),
    }));
    const limits: MapRunLimits = {
      maxConcurrency: record.maxConcurrency,
      toleratedFailureCount: record.toleratedFailureCount,
      toleratedFailurePercentage: record.toleratedFailurePercentage,
      toleranceUpdated: false,
    };
    return {
      recorder: this.recorder(record.id, mapRunArn, limits, parent, revision),
      label: record.label,
      redriveCount: record.redriveCount + 1,
      children,
    };
  }

  private recorder(
    id: number,
    mapRunArn: string,
    limits: MapRunLimits,
    parent: ExecutionRecord,
    revision: StateMachineRevision,
  ): MapRunRecorder {
    const { store, runs } = this;
    const live: LiveMapRun = { id, limits, listeners: [] };
    this.live.set(mapRunArn, live);
    const childIds = new Map<string, number>();
    // ExecutionStarted is stored with the row; the engine's own copy is not stored again.
    const eventsOf = (childId: number) => (event: EmulatorHistoryEvent) => {
      if (event.id !== 1 && store.db.open) store.queueEvent(childId, toStoredEvent(event));
    };
    return {
      limits: live.limits,
      onLimitsChanged: (listener) => live.listeners.push(listener),
      childStarted: (child) => {
        const startedDetails = executionStartedDetails(child.input, revision.roleArn);
        const record = store.insertExecution(
          {
            arn: child.executionArn,
            stateMachineId: parent.stateMachineId,
            revision: parent.revision,
            name: child.name,
            type: child.type,
            startDateMs: child.startDate.getTime(),
            input: child.input,
          },
          {
            id: 1,
            previousEventId: 0,
            type: 'ExecutionStarted',
            timestampMs: child.startDate.getTime(),
            details: JSON.stringify({ executionStartedEventDetails: startedDetails }),
          },
        );
        runs.addChild(record.id, id, child.itemCount, child.index);
        childIds.set(child.executionArn, record.id);
        return eventsOf(record.id);
      },
      childRedriven: (executionArn, definition) => {
        const reopened = reopenChild(store, executionArn, definition);
        if (!reopened) return undefined;
        childIds.set(executionArn, reopened.childId);
        return { onEvent: eventsOf(reopened.childId), redrive: reopened.redrive };
      },
      childReplaced: (executionArn) => {
        const child = store.getExecution(executionArn);
        if (child) runs.removeChild(child.id);
      },
      childEnded: (executionArn: string, outcome: ExecutionOutcome) => {
        const childId = childIds.get(executionArn);
        // After close the restart rule ends the child at the next start.
        if (childId === undefined || !store.db.open) return;
        childIds.delete(executionArn);
        store.endExecution(childId, {
          status: outcome.status,
          stopDateMs: outcome.stopDate.getTime(),
          output: outcome.output,
          error: outcome.error,
          cause: outcome.cause,
        });
      },
      ended: (status, stopDate, resultsWritten) => {
        this.live.delete(mapRunArn);
        if (store.db.open) runs.endMapRun(id, status, stopDate.getTime(), resultsWritten);
      },
    };
  }
}

const services = new WeakMap<EmulatorStore, MapRunService>();

/** The service the server runs on this store (UpdateMapRun reaches the running engines through it). */
export function mapRunServiceOf(store: EmulatorStore): MapRunService | undefined {
  return services.get(store);
}
