import type { JsonObject, JsonValue } from '../asl/json-value';
import type { QueryLanguage } from '../engine/runtime';
import type { DefinitionValidation } from '../engine/types';
import { ApiError } from '../server/api-error';

/** The name AWS gives the tested state, whatever it is called in the definition. */
export const TESTED_STATE_NAME = 'StateName';

export interface SelectedState {
  state: JsonObject;
  type: string;
  queryLanguage: QueryLanguage;
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const STATE_TYPES = '[Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map]';

/** asl-validator says "must be equal to one of the allowed values" where AWS names them for a state's Type. */
function awsReason(reason: string): string {
  return reason.replace(
    /must be equal to one of the allowed values at (\/States\/(?:[^,]*?)\/Type)(?=,|$)/g,
    (_match, path: string) => `The field 'Type' should have one of these values: ${STATE_TYPES} at ${path}`,
  );
}

function invalidDefinition(reason: string): ApiError {
  return new ApiError('InvalidDefinition', `Invalid State Machine Definition: '${awsReason(reason)}'`);
}

/** Every state name a state sends control to (Next, Choices, Default, Catch). */
function transitionTargets(state: JsonObject): string[] {
  const targets: string[] = [];
  const add = (value: JsonValue | undefined) => typeof value === 'string' && targets.push(value);
  add(state.Next);
  add(state.Default);
  for (const list of [state.Choices, state.Catch]) {
    if (Array.isArray(list)) list.filter(isObject).forEach((rule) => add(rule.Next));
  }
  return targets;
}

/**
 * A single state checked as AWS checks it: as the only state of a machine, named StateName (schema
 * errors read `/States/StateName/…`), with the states it transitions to standing in as Succeed states.
 */
function asMachine(state: JsonObject): string {
  const states: JsonObject = {};
  for (const target of transitionTargets(state)) if (target !== TESTED_STATE_NAME) states[target] = { Type: 'Succeed' };
  states[TESTED_STATE_NAME] = state;
  return JSON.stringify({ StartAt: TESTED_STATE_NAME, States: states });
}

/** Finds `name` in a machine, its Parallel branches and Map processors; with the QueryLanguage in force there. */
function findState(node: JsonObject, name: string, inherited: QueryLanguage): SelectedState | undefined {
  const ql: QueryLanguage = node.QueryLanguage === 'JSONata' ? 'JSONata' : node.QueryLanguage === 'JSONPath' ? 'JSONPath' : inherited;
  const states = isObject(node.States) ? node.States : {};
  const own = Object.prototype.hasOwnProperty.call(states, name) ? states[name] : undefined;
  if (isObject(own)) return { state: own, type: String(own.Type), queryLanguage: stateQueryLanguage(own, ql) };
  for (const child of Object.values(states)) {
    if (!isObject(child)) continue;
    const nested = [child.ItemProcessor, child.Iterator, ...(Array.isArray(child.Branches) ? child.Branches : [])].filter(isObject);
    for (const inner of nested) {
      const found = findState(inner, name, stateQueryLanguage(child, ql));
      if (found) return found;
    }
  }
  return undefined;
}

function stateQueryLanguage(state: JsonObject, fallback: QueryLanguage): QueryLanguage {
  return state.QueryLanguage === 'JSONata' || state.QueryLanguage === 'JSONPath' ? state.QueryLanguage : fallback;
}

/**
 * Parses and checks `definition` (one state, or a whole machine with `stateName`) and returns the
 * state to test. Errors are AWS's: InvalidDefinition for a definition that does not validate,
 * ValidationException for an unknown stateName.
 */
export function selectState(
  definition: string,
  stateName: string | undefined,
  validate: (definition: string) => DefinitionValidation,
): SelectedState {
  let parsed: JsonValue;
  try {
    parsed = JSON.parse(definition) as JsonValue;
  } catch (error) {
    throw invalidDefinition(`INVALID_JSON_DESCRIPTION: ${(error as Error).message}`);
  }
  if (!isObject(parsed)) throw invalidDefinition('SCHEMA_VALIDATION_FAILED: The definition must be a JSON object at /');
  if (stateName === undefined) {
    if (isObject(parsed.States) && typeof parsed.StartAt === 'string') {
      throw new ApiError('ValidationException', 'The definition is a state machine: give stateName, the state to test');
    }
    const validation = validate(asMachine(parsed));
    if (!validation.ok) throw invalidDefinition(validation.message);
    return { state: parsed, type: String(parsed.Type), queryLanguage: stateQueryLanguage(parsed, 'JSONPath') };
  }
  const validation = validate(definition);
  if (!validation.ok) throw invalidDefinition(validation.message);
  const found = findState(parsed, stateName, 'JSONPath');
  if (!found) throw new ApiError('ValidationException', 'State not found in definition');
  return found;
}
