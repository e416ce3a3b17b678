import type { JsonObject, JsonValue } from '../../asl/json-value';
import { evaluateJsonataTemplate, unexpectedJsonataResultType } from '../../asl/jsonata-template';
import { toJsonText } from '../../asl/json-text';
import { readPath } from '../../asl/json-path';
import { StatesError } from '../../asl/states-error';
import { childAbortController, childContext } from '../child-context';
import { BranchAborted, StateFailure } from '../execution-errors';
import { finishJsonata, finishJsonPath } from '../finish-result';
import { runWithRetry } from '../retry';
import { runMachine } from '../run-states';
import type { MachineNode, StateFrame, StateOutcome } from '../runtime';
import { failureFromStatesError, runtimeFailure } from '../state-errors';
import { applyInputPath, evalContext, isObject, jsonataBindings } from '../state-io';
import { readMaxConcurrency, readTolerance, type MapTolerance } from './map-limits';
import { isDistributed, itemReaderPlan, runDistributedOnce } from './distributed-map';
import { failedItemOutput, selectItem, type MapPlan } from './map-items';

function processorOf(state: JsonObject): MachineNode {
  const node = isObject(state.ItemProcessor) ? state.ItemProcessor : state.Iterator;
  return node as unknown as MachineNode;
}

export async function resolveItems(frame: StateFrame, input: JsonValue): Promise<{ items: JsonValue[]; selectorInput: JsonValue }> {
  const { state } = frame;
  if (frame.queryLanguage === 'JSONata') {
    if (state.Items === undefined) {
      if (!Array.isArray(input)) {
        throw new StatesError('States.QueryEvaluationError', `Map state input must be an array but was: ${toJsonText(input)}`);
      }
      return { items: input, selectorInput: input };
    }
    const items = await evaluateJsonataTemplate(state.Items, jsonataBindings(frame, input), 'Items');
    if (!Array.isArray(items)) {
      const expression = typeof state.Items === 'string' ? state.Items : toJsonText(state.Items);
      throw unexpectedJsonataResultType(expression, 'Items', 'array', items);
    }
    return { items, selectorInput: input };
  }
  const ctx = evalContext(frame);
  const effective = applyInputPath(frame, input, ctx);
  const itemsPath = typeof state.ItemsPath === 'string' ? state.ItemsPath : '$';
  const items = readPath(itemsPath, effective, ctx, 'ItemsPath');
  if (!Array.isArray(items)) {
    throw runtimeFailure(frame, 'States.Runtime', `Map state input must be an array but was: ${toJsonText(items)}`);
  }
  return { items, selectorInput: effective };
}

/** Runs all iterations once with at most MaxConcurrency at a time; resolves to outputs in item order. */
async function runIterationsOnce(frame: StateFrame, plan: MapPlan): Promise<JsonValue[]> {
  const { runtime, thread } = frame.branch;
  const { writer } = runtime;
  const count = plan.items.length;
  const startedId = writer.emit('MapStateStarted', thread.last, { length: count });
  thread.last = startedId;
  const tolerance: MapTolerance = await readTolerance(frame, plan.stateInput);
  const controller = childAbortController(frame.branch);
  const results: JsonValue[] = new Array<JsonValue>(count).fill(null);
  let failure: { error: StateFailure; last: number } | undefined;
  let failedCount = 0;
  let lastSucceededId = startedId;
  let nextIndex = 0;

  // One worker per concurrency slot: the next iteration in a slot points at the last event of the
  // previous one (as AWS records it), the first at MapStateStarted.
  const worker = async () => {
    let previous = startedId;
    while (!failure && !controller.signal.aborted && nextIndex < count) {
      const index = nextIndex++;
      // A redrive keeps the iterations that succeeded before (no events) and resumes the others.
      const redone = frame.retryCount === 0 ? frame.redrive?.children.get(index) : undefined;
      if (redone && 'output' in redone) {
        results[index] = redone.output;
        continue;
      }
      const details = { index, name: frame.name };
      const child = childContext(frame.branch, startedId, controller.signal);
      if (redone) child.resume = redone.resume;
      child.thread.last = writer.emit('MapIterationStarted', previous, details);
      try {
        const itemInput = await selectItem(frame, plan, index);
        results[index] = await runMachine(plan.processor, itemInput, child);
        lastSucceededId = writer.emit('MapIterationSucceeded', child.thread.last, details);
      } catch (err) {
        if (err instanceof BranchAborted) {
          writer.emit('MapIterationAborted', child.thread.last, details);
          return;
        }
        const stateFailure = err instanceof StatesError ? failureFromStatesError(frame, err) : err;
        if (!(stateFailure instanceof StateFailure)) throw stateFailure;
        if (stateFailure.error === 'States.Runtime') {
          // Runtime errors end the execution directly; AWS writes no iteration or Map failure events.
          failure = { error: stateFailure, last: child.thread.last };
          controller.abort();
          return;
        }
        writer.emit('MapIterationFailed', child.thread.last, details);
        failedCount += 1;
        if (tolerance.tolerates(failedCount, count)) {
          results[index] = failedItemOutput(stateFailure);
        } else {
          failure = { error: stateFailure, last: child.thread.last };
          controller.abort();
          return;
        }
      }
      previous = child.thread.last;
    }
  };
  const slots = plan.maxConcurrency > 0 ? Math.min(plan.maxConcurrency, count) : count;
  await Promise.all(Array.from({ length: slots }, worker));
  if (failure) {
    thread.last = failure.last;
    throw tolerance.set && failure.error.error !== 'States.Runtime'
      ? new StateFailure('States.ExceedToleratedFailureThreshold', 'The specified tolerated failure threshold was exceeded')
      : failure.error;
  }
  if (controller.signal.aborted) throw new BranchAborted();
  // MapStateSucceeded and the later MapStateExited both point at the last MapIterationSucceeded.
  writer.emit('MapStateSucceeded', lastSucceededId);
  thread.last = lastSucceededId;
  return results;
}

/** Map (inline; Distributed runs the same way): items -> ItemSelector -> ItemProcessor per item. */
export async function runMap(frame: StateFrame, input: JsonValue): Promise<StateOutcome> {
  const { state } = frame;
  const { runtime, thread } = frame.branch;
  const distributed = isDistributed(processorOf(state));
  // AWS allows these in Distributed mode only (distributed-map.ts runs them).
  const unsupported = distributed ? [] : ['ItemReader', 'ItemBatcher', 'ResultWriter'].filter((field) => state[field] !== undefined);
  if (unsupported.length > 0) {
    throw runtimeFailure(
      frame,
      'States.Runtime',
      `${unsupported.join(', ')} can only be used in a Map state whose ProcessorConfig.Mode is DISTRIBUTED.`,
    );
  }
  // Runtime errors in the Map's own fields (e.g. a bad ToleratedFailureCountPath) end the execution
  // with no MapStateFailed, as recorded on AWS.
  const giveUp = (failure?: StateFailure) => {
    if (failure?.error === 'States.Runtime') return;
    thread.last = runtime.writer.emit('MapStateFailed', thread.last);
  };
  let plan: MapPlan;
  try {
    // An ItemReader's items are read once the state has started (distributed-map.ts).
    const { items, selectorInput } = state.ItemReader !== undefined ? itemReaderPlan(frame, input) : await resolveItems(frame, input);
    plan = {
      items,
      selectorInput,
      stateInput: input,
      processor: processorOf(state),
      maxConcurrency: await readMaxConcurrency(frame, input),
    };
  } catch (err) {
    if (err instanceof StatesError) {
      const failure = failureFromStatesError(frame, err);
      if (err.error === 'States.QueryEvaluationError') giveUp();
      throw failure;
    }
    throw err;
  }
  const once = distributed ? () => runDistributedOnce(frame, plan) : () => runIterationsOnce(frame, plan);
  const result = await runWithRetry(frame, once, giveUp);
  return frame.queryLanguage === 'JSONata' ? finishJsonata(frame, input, result) : finishJsonPath(frame, input, result);
}
