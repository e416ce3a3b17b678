import type { MapRunHost, MapRunLimits, MapRunRecorder, MapRunStart, ObjectStore } from '../engine/map-run-host';
import { executionStartedDetails, type EmulatorHistoryEvent, type ExecutionOutcome } from '../engine/types';
import { toStoredEvent } from '../server/to-stored-event';
import type { EmulatorStore } from '../store/emulator-store';
import type { ExecutionRecord, StateMachineRevision } from '../store/store-types';
import { mapRunStoreOf, type MapRunStore } from './map-run-store';

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
    return { startMapRun: (run) => this.start(parent, revision, run), objects: this.objects };
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
    const { store, runs } = this;
    const id = runs.insertMapRun({
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
    const live: LiveMapRun = { id, limits: { ...run.limits }, listeners: [] };
    this.live.set(run.mapRunArn, live);
    const childIds = new Map<string, number>();
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
        runs.addChild(record.id, id, child.itemCount);
        childIds.set(child.executionArn, record.id);
        // ExecutionStarted is stored with the row; the engine's own copy is not stored again.
        return (event: EmulatorHistoryEvent) => {
          if (event.id !== 1 && store.db.open) store.queueEvent(record.id, toStoredEvent(event));
        };
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
        this.live.delete(run.mapRunArn);
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
