import type { JsonObject, JsonValue } from '../../asl/json-value';
import { evaluateJsonataTemplate } from '../../asl/jsonata-template';
import { childAbortController, childContext } from '../child-context';
import { BranchAborted, StateFailure } from '../execution-errors';
import { runWithRetry } from '../retry';
import { runMachine } from '../run-states';
import type { MachineNode, StateFrame, StateOutcome } from '../runtime';
import { finishJsonata, finishJsonPath } from '../finish-result';
import { applyInputPath, applyParameters, evalContext, isObject, jsonataBindings } from '../state-io';

function branchesOf(state: JsonObject): MachineNode[] {
  const list = state.Branches;
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).map((b) => b as unknown as MachineNode);
}

/** Runs every branch once, concurrently; resolves to their outputs in branch order. */
async function runBranchesOnce(frame: StateFrame, branches: MachineNode[], input: JsonValue): Promise<JsonValue> {
  const mocked = frame.branch.runtime.test?.mockedAttempt(frame);
  if (mocked) return mocked();
  const { runtime, thread } = frame.branch;
  const startedId = runtime.writer.emit('ParallelStateStarted', thread.last);
  thread.last = startedId;
  const controller = childAbortController(frame.branch);
  let failure: { error: StateFailure; last: number } | undefined;
  let lastFinished = startedId;
  const results: JsonValue[] = new Array<JsonValue>(branches.length).fill(null);
  await Promise.all(
    branches.map(async (node, index) => {
      // A redrive keeps the branches that succeeded before (no events) and resumes the others.
      const redone = frame.retryCount === 0 ? frame.redrive?.children.get(index) : undefined;
      if (redone && 'output' in redone) {
        results[index] = redone.output;
        return;
      }
      const child = childContext(frame.branch, startedId, controller.signal);
      if (redone) child.resume = redone.resume;
      try {
        results[index] = await runMachine(node, input, child);
        lastFinished = child.thread.last;
      } catch (err) {
        if (err instanceof StateFailure && !failure) {
          failure = { error: err, last: child.thread.last };
          controller.abort();
          return;
        }
        if (err instanceof StateFailure || err instanceof BranchAborted) return;
        throw err;
      }
    }),
  );
  if (failure) {
    thread.last = failure.last;
    throw failure.error;
  }
  if (controller.signal.aborted) throw new BranchAborted();
  // ParallelStateSucceeded and the later ParallelStateExited both point at the last branch event.
  runtime.writer.emit('ParallelStateSucceeded', lastFinished);
  thread.last = lastFinished;
  return results;
}

/** Parallel: runs Branches on the same input; Retry re-runs them all, Catch is applied by the caller. */
export async function runParallel(frame: StateFrame, input: JsonValue): Promise<StateOutcome> {
  const { state } = frame;
  const branches = branchesOf(state);
  const { runtime, thread } = frame.branch;
  // A States.Runtime error in a branch fails the execution at once, with no ParallelStateFailed
  // (measured on AWS: ParallelStateStarted, PassStateEntered, ExecutionFailed).
  const giveUp = (failure?: StateFailure) => {
    if (failure?.error === 'States.Runtime') return;
    thread.last = runtime.writer.emit('ParallelStateFailed', thread.last);
  };
  if (frame.queryLanguage === 'JSONata') {
    const branchInput =
      state.Arguments !== undefined ? await evaluateJsonataTemplate(state.Arguments, jsonataBindings(frame, input), 'Arguments') : input;
    const result = await runWithRetry(frame, () => runBranchesOnce(frame, branches, branchInput), giveUp);
    return finishJsonata(frame, input, result);
  }
  const ctx = evalContext(frame);
  const branchInput = applyParameters(frame, applyInputPath(frame, input, ctx), ctx);
  const result = await runWithRetry(frame, () => runBranchesOnce(frame, branches, branchInput), giveUp);
  return finishJsonPath(frame, input, result);
}
