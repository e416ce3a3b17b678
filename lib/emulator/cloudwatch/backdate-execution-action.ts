import { backdateExecution } from '../store/backdate-execution';
import type { EmulatorStore } from '../store/emulator-store';
import { CloudWatchError, invalidParameter } from './cloudwatch-error';
import { readRequiredString, readTimestamp, type CloudWatchInput } from './read-input';

/** Emulator-only (no AWS call can rewrite the past): gives the demo a history spread over past days. */
export const BACKDATE_TARGET = 'StatescopeEmulator.BackdateExecution';
const MAX_BACK_MS = 90 * 86_400_000;

/**
 * Moves a closed execution so that it started at `StartDate` (ISO 8601 or epoch seconds, in the past),
 * keeping its duration and the spacing of its events. Answers the new start and stop dates.
 */
export function backdateExecutionAction(input: CloudWatchInput, store: EmulatorStore, nowMs: number): Record<string, number> {
  const arn = readRequiredString(input, 'ExecutionArn', 'ExecutionArn');
  const startMs = readTimestamp(input, 'StartDate', 'StartDate');
  const execution = store.getExecution(arn);
  if (!execution) throw invalidParameter('ExecutionArn', `names no execution of this emulator: '${arn}'.`);
  if (execution.stopDateMs === null || execution.status === 'RUNNING') {
    throw new CloudWatchError(
      'InvalidParameterCombination',
      `The execution '${arn}' is still running; only a closed execution can be back-dated.`,
    );
  }
  const shiftMs = startMs - execution.startDateMs;
  if (shiftMs > 0 || execution.stopDateMs + shiftMs > nowMs)
    throw invalidParameter('StartDate', 'must move the execution into the past, not later.');
  if (shiftMs < -MAX_BACK_MS)
    throw invalidParameter('StartDate', 'may lie at most 90 days back (AWS keeps closed executions for 90 days).');
  backdateExecution(store, execution.id, shiftMs);
  return { StartDate: (execution.startDateMs + shiftMs) / 1000, StopDate: (execution.stopDateMs + shiftMs) / 1000 };
}
