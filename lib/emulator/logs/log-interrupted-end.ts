import type { EmulatorStore } from '../store/emulator-store';
import type { ExecutionRecord } from '../store/store-types';
import type { ExecutionLogWriter } from './execution-log-writer';

/**
 * Delivers the ExecutionFailed that ended an interrupted execution (endInterruptedExecution) to its
 * log group, so an Express execution cut off by a restart ends in the logs too. A repeat of a record
 * already delivered is harmless: readers keep one record per id.
 */
export function logInterruptedEnd(store: EmulatorStore, writer: ExecutionLogWriter, execution: ExecutionRecord): void {
  const last = store.getLastEvent(execution.id);
  const revision = store.getRevision(execution.stateMachineId, execution.revision);
  if (last && revision && last.type === 'ExecutionFailed') writer.write(execution, revision, last);
}
