import type { JsonValue } from '../../asl/json-value';
import { evaluateJsonataTemplate } from '../../asl/jsonata-template';
import { evaluatePayloadTemplate } from '../../asl/payload-template';
import { contextObject, contextWithMapItem } from '../context-object';
import type { StateFailure } from '../execution-errors';
import type { MachineNode, StateFrame } from '../runtime';
import { jsonataBindings } from '../state-io';

export interface MapPlan {
  items: JsonValue[];
  /** Input the ItemSelector sees as `$` (JSONPath) or `$states.input` (JSONata). */
  selectorInput: JsonValue;
  /** The Map state's input (tolerance paths read from it). */
  stateInput: JsonValue;
  processor: MachineNode;
  maxConcurrency: number;
}

/** The `{Error, Cause}` output a tolerated failed item leaves in the results. */
export function failedItemOutput(failure: StateFailure): JsonValue {
  return { Error: failure.error ?? null, Cause: failure.cause ?? null };
}

/** The input of iteration `index`: the item, shaped by ItemSelector (or legacy Parameters). */
export async function selectItem(frame: StateFrame, plan: MapPlan, index: number): Promise<JsonValue> {
  const { state } = frame;
  const value = plan.items[index];
  if (value === undefined) throw new Error(`Map item ${index} is out of range (${plan.items.length} items)`);
  const selector = state.ItemSelector !== undefined ? state.ItemSelector : state.Parameters;
  if (selector === undefined) return value;
  const context = contextWithMapItem(contextObject(frame), index, value);
  if (frame.queryLanguage === 'JSONata') {
    const bindings = jsonataBindings(frame, plan.selectorInput, { context });
    return evaluateJsonataTemplate(selector, bindings, 'ItemSelector');
  }
  const field = state.ItemSelector !== undefined ? 'ItemSelector' : 'Parameters';
  return evaluatePayloadTemplate(selector, plan.selectorInput, { contextObject: context, variables: frame.branch.variables }, field);
}
