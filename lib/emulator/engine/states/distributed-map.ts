import { randomUUID } from 'node:crypto';
import type { JsonValue } from '../../asl/json-value';
import { StatesError } from '../../asl/states-error';
import { childAbortController } from '../child-context';
import { StateFailure } from '../execution-errors';
import { HistoryWriter } from '../history-writer';
import { runMachine } from '../run-states';
import type { BranchContext, StateFrame } from '../runtime';
import { failureFromStatesError } from '../state-errors';
import { failedItemOutput, selectItem, type MapPlan } from './map-items';
import { readTolerance } from './map-limits';

const THRESHOLD_ERROR = 'States.ExceedToleratedFailureThreshold';

function mapRunArn(frame: StateFrame): string {
  const { region, accountId, stateMachineName } = frame.branch.runtime.options;
  const label = typeof frame.state.Label === 'string' ? frame.state.Label : frame.name;
  return `arn:aws:states:${region}:${accountId}:mapRun:${stateMachineName}/${label}:${randomUUID()}`;
}

/**
 * Distributed Map, run in process: each item is a child workflow whose events belong to its own
 * (unrecorded) history, so the parent gets MapRunStarted and MapRunSucceeded/Failed, as on AWS.
 */
export async function runDistributedOnce(frame: StateFrame, plan: MapPlan): Promise<JsonValue[]> {
  const { runtime, thread } = frame.branch;
  const { writer } = runtime;
  const count = plan.items.length;
  thread.last = writer.emit('MapStateStarted', thread.last, { length: count });
  const tolerance = await readTolerance(frame, plan.stateInput);
  const runStartedId = writer.emit('MapRunStarted', thread.last, { mapRunArn: mapRunArn(frame) });
  thread.last = runStartedId;
  const controller = childAbortController(frame.branch);
  const results: JsonValue[] = new Array<JsonValue>(count).fill(null);
  let failed = 0;
  let firstFailure: StateFailure | undefined;
  let nextIndex = 0;
  const worker = async () => {
    while (!controller.signal.aborted && nextIndex < count) {
      const index = nextIndex++;
      const child: BranchContext = {
        // A child execution writes to its own history, which the parent never shows.
        runtime: {
          ...runtime,
          writer: new HistoryWriter(
            () => {},
            () => {},
          ),
        },
        thread: { last: 0 },
        variables: { ...frame.branch.variables },
        isChild: false,
        abort: controller.signal,
      };
      try {
        results[index] = await runMachine(plan.processor, await selectItem(frame, plan, index), child);
      } catch (err) {
        const failure = err instanceof StatesError ? failureFromStatesError(frame, err) : err;
        if (!(failure instanceof StateFailure)) throw failure;
        failed += 1;
        firstFailure ??= failure;
        results[index] = failedItemOutput(failure);
        if (!tolerance.tolerates(failed, count)) controller.abort();
      }
    }
  };
  const slots = plan.maxConcurrency > 0 ? Math.min(plan.maxConcurrency, count) : count;
  await Promise.all(Array.from({ length: slots }, worker));
  if (failed > 0 && !tolerance.tolerates(failed, count)) {
    const failure =
      tolerance.set || !firstFailure
        ? new StateFailure(THRESHOLD_ERROR, 'The specified tolerated failure threshold was exceeded')
        : firstFailure;
    thread.last = writer.emit('MapRunFailed', runStartedId, { error: failure.error, cause: failure.cause });
    throw failure;
  }
  const runSucceededId = writer.emit('MapRunSucceeded', runStartedId);
  writer.emit('MapStateSucceeded', runSucceededId);
  thread.last = runSucceededId;
  return results;
}
