import type { JsonObject, JsonValue } from '../asl/json-value';
import { applyCatcher, findCatcher } from './catch';
import { BranchAborted, ExecutionHalted, StateFailure } from './execution-errors';
import { toJsonText, checkPayloadSize } from './payload';
import type { StateRedrive } from './redrive/redrive-plan';
import type { BranchContext, MachineNode, QueryLanguage, StateFrame, StateOutcome } from './runtime';
import { asFailure, statePrefix } from './state-errors';
import { stateHandlerFor } from './state-handlers';

const CATCHING_TYPES = new Set(['Task', 'Map', 'Parallel']);
const ABORTABLE_TYPES = new Set(['Task', 'Map', 'Parallel', 'Wait']);

function queryLanguageOf(state: JsonObject, fallback: QueryLanguage): QueryLanguage {
  const ql = state.QueryLanguage;
  return ql === 'JSONata' || ql === 'JSONPath' ? ql : fallback;
}

/**
 * Runs a StartAt/States block from its first state to an end; resolves to the block's output. A
 * redriven line (`branch.resume`) starts at its first unsuccessful state, with that state's recorded
 * input and the variables the states before it assigned.
 */
export async function runMachine(node: MachineNode, input: JsonValue, branch: BranchContext): Promise<JsonValue> {
  let name = node.StartAt;
  let current = input;
  let redrive: StateRedrive | undefined;
  const resume = branch.resume;
  if (resume) {
    branch.resume = undefined;
    name = resume.stateName;
    current = resume.input;
    Object.assign(branch.variables, resume.assigned);
    redrive = { children: resume.children, ...(resume.mapRunArn !== undefined ? { mapRunArn: resume.mapRunArn } : {}) };
  }
  for (;;) {
    const state = node.States[name];
    if (!state) {
      throw new StateFailure('States.Runtime', `The state '${name}' does not exist in the state machine definition.`);
    }
    const outcome = await runState(name, state, current, branch, redrive);
    redrive = undefined;
    current = outcome.output;
    if (outcome.end || outcome.next === undefined) return current;
    name = outcome.next;
  }
}

function assignedVariablesDetails(assigned: Record<string, JsonValue>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(assigned)) out[key] = toJsonText(value);
  return out;
}

/** Enters one state, runs its handler, applies Catch, and writes *StateExited. */
async function runState(
  name: string,
  state: JsonObject,
  input: JsonValue,
  branch: BranchContext,
  redrive: StateRedrive | undefined,
): Promise<StateOutcome> {
  const { runtime, thread } = branch;
  const type = String(state.Type);
  const enteredPrev = thread.last;
  const enteredEventId = runtime.writer.emit(`${type}StateEntered`, enteredPrev, {
    name,
    input: toJsonText(input),
    inputDetails: { truncated: false },
  });
  thread.last = enteredEventId;
  const frame: StateFrame = {
    name,
    state,
    type,
    queryLanguage: queryLanguageOf(state, runtime.queryLanguage),
    enteredEventId,
    enteredPreviousEventId: enteredPrev,
    enteredTime: new Date().toISOString(),
    retryCount: 0,
    branch,
    ...(redrive ? { redrive } : {}),
  };
  const handler = stateHandlerFor(type);
  let outcome: StateOutcome;
  try {
    outcome = await handler(frame, input);
  } catch (thrown) {
    const aborted = branch.abort.aborted && !runtime.halt.aborted;
    if (aborted && (thrown instanceof ExecutionHalted || thrown instanceof BranchAborted)) {
      // A sibling failed and the parent gave up on this branch: AWS closes the running state.
      if (ABORTABLE_TYPES.has(type)) runtime.writer.emit(`${type}StateAborted`, thread.last);
      throw new BranchAborted();
    }
    const failure = asFailure(frame, thrown);
    if (!(failure instanceof StateFailure)) throw failure;
    const catcher = CATCHING_TYPES.has(type) ? findCatcher(state, failure.error) : undefined;
    if (!catcher) {
      // Inside a Parallel branch or Map iteration AWS closes the failed Task with TaskStateAborted,
      // which does not move the chain: the parent's failure event points at the task's failure.
      if (branch.isChild && type === 'Task' && failure.error !== 'States.Runtime') runtime.writer.emit('TaskStateAborted', thread.last);
      throw failure;
    }
    try {
      outcome = await applyCatcher(frame, catcher, input, failure);
    } catch (catchError) {
      throw asFailure(frame, catchError);
    }
  }
  if (outcome.writeExited === false) return outcome;
  const outputText = toJsonText(outcome.output);
  checkPayloadSize(
    outputText,
    () =>
      new StateFailure(
        'States.DataLimitExceeded',
        `${statePrefix(frame)}The state/task '${name}' returned a result with a size exceeding the maximum number of bytes service limit.`,
      ),
  );
  const details: Record<string, unknown> = { name, output: outputText, outputDetails: { truncated: false } };
  // AWS leaves assignedVariables out when Assign assigned nothing (`"Assign": {}`).
  if (outcome.assigned && Object.keys(outcome.assigned).length > 0) {
    details.assignedVariables = assignedVariablesDetails(outcome.assigned);
    details.assignedVariablesDetails = { truncated: false };
    Object.assign(branch.variables, outcome.assigned);
  }
  thread.last = runtime.writer.emit(`${type}StateExited`, thread.last, details);
  return outcome;
}
