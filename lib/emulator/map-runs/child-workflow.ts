import type { JsonObject, JsonValue } from '../asl/json-value';
import type { EmulatorStore } from '../store/emulator-store';
import type { StateMachineType } from '../store/store-types';
import { mapRunStoreOf, type MapRunRecord } from './map-run-store';

/**
 * The workflow a Distributed Map's children run, as DescribeStateMachineForExecution and
 * DescribeStateMachine (`…:stateMachine:NAME/LABEL`) describe it
 * (https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeStateMachineForExecution.html):
 * the Map state's ItemProcessor as a whole definition, in the query language it runs in.
 */
export interface ChildWorkflow {
  definition: string;
  label: string;
  type: StateMachineType;
}

const isObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const PAGE = 1_000;

/** Every state of a definition, nested ones (Parallel branches, Map processors) included. */
function* allStates(node: JsonObject): Generator<[string, JsonObject]> {
  const states = node.States;
  if (!isObject(states)) return;
  for (const [name, state] of Object.entries(states)) {
    if (!isObject(state)) continue;
    yield [name, state];
    const processor = state.ItemProcessor ?? state.Iterator;
    if (isObject(processor)) yield* allStates(processor);
    if (Array.isArray(state.Branches)) for (const branch of state.Branches) if (isObject(branch)) yield* allStates(branch);
  }
}

function isDistributed(state: JsonObject): boolean {
  const processor = state.ItemProcessor;
  return (
    state.Type === 'Map' && isObject(processor) && isObject(processor.ProcessorConfig) && processor.ProcessorConfig.Mode === 'DISTRIBUTED'
  );
}

/**
 * The ItemProcessor without its ProcessorConfig, its QueryLanguage the one its states inherit (the
 * definition's top-level one, JSONPath by default), as the engine runs each child.
 */
function workflowOf(definition: JsonObject, mapState: JsonObject, label: string): ChildWorkflow | undefined {
  const processor = mapState.ItemProcessor;
  if (!isObject(processor)) return undefined;
  const inherited = definition.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath';
  const child: JsonObject = { ...processor, QueryLanguage: processor.QueryLanguage ?? inherited };
  delete child.ProcessorConfig;
  const config = processor.ProcessorConfig;
  const type = isObject(config) && config.ExecutionType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
  return { definition: JSON.stringify(child), label, type };
}

function parseDefinition(text: string): JsonObject | undefined {
  try {
    const parsed = JSON.parse(text) as JsonValue;
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The name of the state that started this Map Run: its MapRunStarted (or MapRunRedriven) event in the
 * parent's history, then back along `previousEventId` to the MapStateEntered it belongs to.
 */
function mapStateNameOf(store: EmulatorStore, run: MapRunRecord): string | undefined {
  const byId = new Map<number, { previousEventId: number; type: string; details: string }>();
  for (let after = 0; ;) {
    const page = store.getEvents(run.executionId, after, false, PAGE);
    for (const event of page) {
      byId.set(event.id, event);
      const started = event.type === 'MapRunStarted' || event.type === 'MapRunRedriven';
      if (!started || !event.details.includes(run.arn)) continue;
      for (let at = byId.get(event.previousEventId); at; at = byId.get(at.previousEventId)) {
        if (at.type !== 'MapStateEntered') continue;
        const details = parseDefinition(at.details)?.stateEnteredEventDetails;
        return isObject(details) && typeof details.name === 'string' ? details.name : undefined;
      }
      return undefined;
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE) return undefined;
    after = last.id;
  }
}

/** The definition an execution ran: its machine's revision, or for a Map Run's child that run's workflow. */
function definitionRunBy(store: EmulatorStore, executionArn: string, depth: number): string | undefined {
  const execution = store.getExecution(executionArn);
  if (!execution) return undefined;
  const run = mapRunStoreOf(store).getChild(execution.id);
  if (run && depth < 8) {
    const parentRun = mapRunStoreOf(store).getMapRun(run.mapRunArn);
    return parentRun && workflowOfRun(store, parentRun, depth + 1)?.definition;
  }
  return store.getRevision(execution.stateMachineId, execution.revision)?.definition;
}

/** The workflow a Map Run's children run, from the definition its parent execution ran. */
function workflowOfRun(store: EmulatorStore, run: MapRunRecord, depth = 0): ChildWorkflow | undefined {
  const text = definitionRunBy(store, run.executionArn, depth);
  const definition = text === undefined ? undefined : parseDefinition(text);
  if (!definition) return undefined;
  const name = mapStateNameOf(store, run);
  for (const [stateName, state] of allStates(definition)) {
    if (!isDistributed(state)) continue;
    // Without the history's state name, an explicit Label names the state as well.
    if (name !== undefined ? stateName === name : state.Label === run.label) return workflowOf(definition, state, run.label);
  }
  return undefined;
}

/** The child workflow of the Distributed Map that started this execution, or undefined for any other execution. */
export function childWorkflowOfExecution(store: EmulatorStore, executionId: number): (ChildWorkflow & { mapRunArn: string }) | undefined {
  const runs = mapRunStoreOf(store);
  const child = runs.getChild(executionId);
  const run = child && runs.getMapRun(child.mapRunArn);
  const workflow = run && workflowOfRun(store, run);
  return workflow && { ...workflow, mapRunArn: run.arn };
}

/**
 * The workflow behind a labelled machine ARN `…:stateMachine:NAME/LABEL` of a stored machine: the
 * Distributed Map whose `Label` it is in the current definition, else (a generated label) the one
 * that started the newest Map Run with that label.
 */
export function childWorkflowOfLabel(
  store: EmulatorStore,
  stateMachineId: number,
  definition: string,
  label: string,
): ChildWorkflow | undefined {
  const parsed = parseDefinition(definition);
  if (parsed) {
    for (const [, state] of allStates(parsed)) if (isDistributed(state) && state.Label === label) return workflowOf(parsed, state, label);
  }
  const row = store.db
    .prepare<[number, string], { arn: string }>(
      `SELECT r.arn FROM map_runs r JOIN executions e ON e.id = r.execution_id
        WHERE e.state_machine_id = ? AND r.label = ? ORDER BY r.id DESC LIMIT 1`,
    )
    .get(stateMachineId, label);
  const run = row && mapRunStoreOf(store).getMapRun(row.arn);
  return run && workflowOfRun(store, run);
}
