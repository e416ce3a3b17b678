import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { JsonObject, JsonValue } from '../../asl/json-value';
import { StatesError } from '../../asl/states-error';
import { childAbortController } from '../child-context';
import { BranchAborted, ExecutionHalted, StateFailure } from '../execution-errors';
import type { MapRunLimits, MapRunRecorder, MapRunStatus, PreviousChild } from '../map-run-host';
import { toJsonText } from '../payload';
import { runExecution } from '../run-execution';
import type { MachineNode, StateFrame } from '../runtime';
import { failureFromStatesError } from '../state-errors';
import { applyInputPath, evalContext, isObject } from '../state-io';
import type { ExecutionOutcome } from '../types';
import { readItems } from './item-reader';
import { batchItems, type ChildInput } from './map-batches';
import { failedItemOutput, selectItem, type MapPlan } from './map-items';
import { readTolerance, type MapTolerance } from './map-limits';
import { writeResults, type ChildSummary } from './result-writer';

const THRESHOLD_ERROR = 'States.ExceedToleratedFailureThreshold';
const THRESHOLD_CAUSE = 'The specified tolerated failure threshold was exceeded';

export function isDistributed(processor: MachineNode): boolean {
  return isObject(processor.ProcessorConfig) && processor.ProcessorConfig.Mode === 'DISTRIBUTED';
}

/** With an ItemReader the items come from the reader; ItemSelector sees the state's (InputPath'd) input. */
export function itemReaderPlan(frame: StateFrame, input: JsonValue): { items: JsonValue[]; selectorInput: JsonValue } {
  return { items: [], selectorInput: frame.queryLanguage === 'JSONata' ? input : applyInputPath(frame, input, evalContext(frame)) };
}

/**
 * AWS: a Map Run's ARN and its children's carry the Label, or a generated id when there is none; a
 * redriven run keeps the label it had.
 */
function mapRunNames(frame: StateFrame, redrivenLabel?: string) {
  const { region, accountId, stateMachineName, stateMachineArn } = frame.branch.runtime.options;
  const label = redrivenLabel ?? (typeof frame.state.Label === 'string' ? frame.state.Label : randomUUID());
  return {
    label,
    mapRunArn: `arn:aws:states:${region}:${accountId}:mapRun:${stateMachineName}/${label}:${randomUUID()}`,
    childArn: (id: string) => `arn:aws:states:${region}:${accountId}:execution:${stateMachineName}/${label}:${id}`,
    childMachineArn: `${stateMachineArn}/${label}`,
  };
}

/** Failures are counted in items (a failed batch fails all its items), against the current limits. */
function toleranceCheck(tolerance: MapTolerance, limits: MapRunLimits, itemTotal: number) {
  return {
    set: () => tolerance.set || limits.toleranceUpdated,
    tolerates(failedItems: number): boolean {
      if (!limits.toleranceUpdated) return tolerance.tolerates(failedItems, itemTotal);
      if (failedItems <= limits.toleratedFailureCount) return true;
      return itemTotal > 0 && (failedItems / itemTotal) * 100 <= limits.toleratedFailurePercentage;
    },
  };
}

/** Each child is a workflow of its own: the ItemProcessor as a whole definition, in the machine's query language. */
function childDefinition(frame: StateFrame, plan: MapPlan): string {
  const processor = plan.processor as unknown as JsonObject;
  const definition: JsonObject = { ...processor, QueryLanguage: processor.QueryLanguage ?? frame.branch.runtime.queryLanguage };
  delete definition.ProcessorConfig;
  return JSON.stringify(definition);
}

function executionTypeOf(plan: MapPlan): 'STANDARD' | 'EXPRESS' {
  const config = plan.processor.ProcessorConfig;
  return isObject(config) && config.ExecutionType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
}

/** Child inputs: one per item (selected lazily, as items start) or one per ItemBatcher batch. */
async function childInputsOf(
  frame: StateFrame,
  plan: MapPlan,
): Promise<{ total: number; inputOf: (index: number) => Promise<ChildInput> }> {
  if (frame.state.ItemBatcher === undefined) {
    return {
      total: plan.items.length,
      inputOf: async (index) => ({ input: await selectItem(frame, plan, index), itemCount: 1, firstItem: index }),
    };
  }
  const selected: JsonValue[] = [];
  for (let index = 0; index < plan.items.length; index++) selected.push(await selectItem(frame, plan, index));
  const batches = await batchItems(frame, plan.stateInput, selected);
  return { total: batches.length, inputOf: async (index) => batches[index] as ChildInput };
}

function summaryOf(child: PreviousChild, stateMachineArn: string): ChildSummary {
  return {
    executionArn: child.executionArn,
    name: child.name,
    stateMachineArn,
    input: child.input,
    status: child.status,
    startDate: child.startDate,
    itemCount: child.itemCount,
    ...(child.stopDate ? { stopDate: child.stopDate } : {}),
    ...(child.output !== undefined ? { output: child.output } : {}),
    ...(child.error !== undefined ? { error: child.error } : {}),
    ...(child.cause !== undefined ? { cause: child.cause } : {}),
  };
}

function asFailure(frame: StateFrame, err: unknown): StateFailure {
  const failure = err instanceof StatesError ? failureFromStatesError(frame, err) : err;
  if (failure instanceof StateFailure) return failure;
  throw failure;
}

/**
 * Distributed Map: a Map Run whose every item (or ItemBatcher batch) runs as a child workflow
 * execution with its own ARN and history, as on AWS. The parent's history gets MapRunStarted and
 * MapRunSucceeded / MapRunFailed; the server (options.mapRuns) records the run and its children.
 */
export async function runDistributedOnce(frame: StateFrame, plan: MapPlan): Promise<JsonValue> {
  const { runtime, thread } = frame.branch;
  const { writer, options } = runtime;
  const host = options.mapRuns;
  const hasReader = frame.state.ItemReader !== undefined;
  // With an ItemReader AWS records length 0: the items are read after the state started.
  thread.last = writer.emit('MapStateStarted', thread.last, { length: hasReader ? 0 : plan.items.length });
  const tolerance = await readTolerance(frame, plan.stateInput);
  const itemPlan: MapPlan = hasReader ? { ...plan, items: await readItems(frame, plan.selectorInput, host?.objects) } : plan;
  const children = await childInputsOf(frame, itemPlan);
  const itemTotal = itemPlan.items.length;
  const definition = childDefinition(frame, plan);
  const type = executionTypeOf(plan);
  // A redrive of the parent redrives the Map Run its previous attempt left (its first attempt only:
  // a Retry after that starts a new run).
  const previousRunArn = frame.retryCount === 0 ? frame.redrive?.mapRunArn : undefined;
  const redriven = previousRunArn !== undefined ? host?.redriveMapRun?.(previousRunArn, new Date()) : undefined;
  // AWS: past its redrive limit a Map Run fails the execution with States.Runtime.
  if (redriven && 'refused' in redriven) throw new StateFailure('States.Runtime', redriven.refused);
  const names = mapRunNames(frame, redriven?.label);
  const mapRunArn = redriven && previousRunArn !== undefined ? previousRunArn : names.mapRunArn;
  const runStartedId = redriven
    ? writer.emit('MapRunRedriven', thread.last, { mapRunArn, redriveCount: redriven.redriveCount })
    : writer.emit('MapRunStarted', thread.last, { mapRunArn });
  thread.last = runStartedId;

  const initialLimits: MapRunLimits = {
    maxConcurrency: plan.maxConcurrency,
    toleratedFailureCount: tolerance.count ?? 0,
    toleratedFailurePercentage: tolerance.percentage ?? 0,
    toleranceUpdated: false,
  };
  const recorder: MapRunRecorder | undefined =
    redriven?.recorder ??
    host?.startMapRun({
      mapRunArn,
      label: names.label,
      startDate: new Date(),
      limits: initialLimits,
      itemTotal,
      executionTotal: children.total,
    });
  const previous = new Map((redriven?.children ?? []).map((child) => [child.index, child]));
  const limits = recorder?.limits ?? initialLimits;
  const check = toleranceCheck(tolerance, limits, itemTotal);
  const controller = childAbortController(frame.branch);
  const childSignal = AbortSignal.any([controller.signal, runtime.halt]);
  setMaxListeners(0, childSignal);
  const results: JsonValue[] = new Array<JsonValue>(children.total).fill(null);
  const summaries: ChildSummary[] = [];
  let failedItems = 0;
  let firstFailure: StateFailure | undefined;
  let exceeded = false;

  const fail = (index: number, failure: StateFailure, itemCount: number) => {
    failedItems += itemCount;
    firstFailure ??= failure;
    results[index] = failedItemOutput(failure);
    if (!check.tolerates(failedItems)) {
      exceeded = true;
      controller.abort();
    }
  };

  /** A child of the previous attempt that is kept (succeeded) or cannot rerun: its recorded outcome stands. */
  const keep = (index: number, before: PreviousChild): void => {
    summaries.push(summaryOf(before, names.childMachineArn));
    if (before.status === 'SUCCEEDED') results[index] = JSON.parse(before.output ?? 'null') as JsonValue;
    else fail(index, new StateFailure(before.error, before.cause), before.itemCount);
  };

  /** How a child runs: started anew, or (a redriven run's unsuccessful Standard child) redriven. */
  const launch = async (index: number) => {
    const before = previous.get(index);
    if (before && before.status !== 'SUCCEEDED' && before.type === 'STANDARD') {
      const reopened = recorder?.childRedriven(before.executionArn, definition);
      if (!reopened) return undefined;
      const summary: ChildSummary = { ...summaryOf(before, names.childMachineArn), status: 'RUNNING' };
      return { summary, child: { input: null, itemCount: before.itemCount, firstItem: index }, ...reopened };
    }
    // AWS restarts an unsuccessful Express child with StartExecution, with its input, under a new ARN.
    if (before) recorder?.childReplaced(before.executionArn);
    const child: ChildInput = before
      ? { input: JSON.parse(before.input) as JsonValue, itemCount: before.itemCount, firstItem: index }
      : await children.inputOf(index);
    const id = randomUUID();
    const summary: ChildSummary = {
      executionArn: names.childArn(id),
      name: id,
      stateMachineArn: names.childMachineArn,
      input: toJsonText(child.input),
      status: 'RUNNING',
      startDate: new Date(),
      itemCount: child.itemCount,
    };
    const onEvent = recorder?.childStarted({ ...summary, type, index }) ?? (() => {});
    return { summary, child, onEvent, redrive: undefined };
  };

  const runChild = async (index: number): Promise<void> => {
    const before = previous.get(index);
    if (before?.status === 'SUCCEEDED') return keep(index, before);
    let launched: Awaited<ReturnType<typeof launch>>;
    try {
      launched = await launch(index);
    } catch (err) {
      fail(index, asFailure(frame, err), 1);
      return;
    }
    if (!launched) return before && keep(index, before);
    const { summary, child, onEvent, redrive } = launched;
    summaries.push(summary);
    const outcome: ExecutionOutcome = await runExecution({
      definition,
      input: summary.input,
      executionArn: summary.executionArn,
      stateMachineArn: summary.stateMachineArn,
      stateMachineName: options.stateMachineName,
      executionName: summary.name,
      roleArn: options.roleArn,
      region: options.region,
      accountId: options.accountId,
      startDate: summary.startDate,
      invoker: options.invoker,
      timeScale: options.timeScale,
      signal: childSignal,
      onEvent,
      mapRuns: host,
      ...(redrive ? { redrive } : {}),
    });
    recorder?.childEnded(summary.executionArn, outcome);
    Object.assign(summary, {
      status: outcome.status,
      stopDate: outcome.stopDate,
      output: outcome.output,
      error: outcome.error,
      cause: outcome.cause,
    });
    if (outcome.status === 'SUCCEEDED') results[index] = JSON.parse(outcome.output ?? 'null') as JsonValue;
    else if (outcome.status !== 'ABORTED') fail(index, new StateFailure(outcome.error, outcome.cause), child.itemCount);
  };

  const end = (status: MapRunStatus, written = 0) => recorder?.ended(status, new Date(), written);
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let running = 0;
      let settled = false;
      const stopped = () => controller.signal.aborted || runtime.halt.aborted;
      const pump = () => {
        if (settled) return;
        while (!stopped() && next < children.total && (limits.maxConcurrency <= 0 || running < limits.maxConcurrency)) {
          running += 1;
          runChild(next++).then(
            () => {
              running -= 1;
              pump();
            },
            (err: unknown) => {
              settled = true;
              reject(err);
            },
          );
        }
        if (running === 0 && (stopped() || next >= children.total)) {
          settled = true;
          resolve();
        }
      };
      recorder?.onLimitsChanged(pump);
      pump();
    });
  } catch (err) {
    end('FAILED');
    throw err;
  }
  if (runtime.halt.aborted) {
    end('ABORTED');
    throw new ExecutionHalted();
  }
  // AWS writes the results of a failed run too, so they can be looked at.
  let written: { result: JsonValue; itemsWritten: number } | undefined;
  let writeFailure: StateFailure | undefined;
  if (frame.state.ResultWriter !== undefined) {
    try {
      written = await writeResults(frame, plan.stateInput, mapRunArn, summaries, host?.objects);
    } catch (err) {
      writeFailure = asFailure(frame, err);
    }
  }
  if (exceeded) {
    const failure = check.set() || !firstFailure ? new StateFailure(THRESHOLD_ERROR, THRESHOLD_CAUSE) : firstFailure;
    end('FAILED', written?.itemsWritten);
    thread.last = writer.emit('MapRunFailed', runStartedId, { error: failure.error, cause: failure.cause });
    throw failure;
  }
  if (controller.signal.aborted) {
    end('ABORTED');
    writer.emit('MapRunAborted', runStartedId);
    throw new BranchAborted();
  }
  if (writeFailure) {
    end('FAILED');
    thread.last = writer.emit('MapRunFailed', runStartedId, { error: writeFailure.error, cause: writeFailure.cause });
    throw writeFailure;
  }
  end('SUCCEEDED', written?.itemsWritten);
  const runSucceededId = writer.emit('MapRunSucceeded', runStartedId);
  writer.emit('MapStateSucceeded', runSucceededId);
  thread.last = runSucceededId;
  return written ? written.result : results;
}
