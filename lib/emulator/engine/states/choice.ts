import { evaluateChoiceRule } from '../../asl/choice-rule';
import { evaluateJsonataCondition, type JsonataBindings } from '../../asl/jsonata-template';
import type { JsonObject, JsonValue } from '../../asl/json-value';
import type { StateFrame, StateOutcome } from '../runtime';
import { runtimeFailure } from '../state-errors';
import {
  applyInputPath,
  applyOutputPath,
  assignJsonata,
  assignJsonPath,
  evalContext,
  isObject,
  jsonataBindings,
  outputJsonata,
} from '../state-io';

function choicesOf(state: JsonObject): JsonObject[] {
  const list = state.Choices;
  return Array.isArray(list) ? list.filter(isObject) : [];
}

async function conditionHolds(condition: JsonValue | undefined, bindings: JsonataBindings): Promise<boolean> {
  if (typeof condition === 'boolean') return condition;
  return evaluateJsonataCondition(typeof condition === 'string' ? condition : JSON.stringify(condition ?? null), bindings);
}

function pickHolder(rule: JsonObject | undefined, state: JsonObject, field: string): JsonObject {
  return rule && field in rule ? rule : state;
}

function pick(rule: JsonObject | undefined, state: JsonObject, field: string): JsonValue | undefined {
  return pickHolder(rule, state, field)[field];
}

/**
 * Choice: the first matching rule wins, else Default, else States.NoChoiceMatched. A matched rule's
 * Assign/Output take the place of the state-level ones (which apply with Default).
 */
export async function runChoice(frame: StateFrame, input: JsonValue): Promise<StateOutcome> {
  const { state } = frame;
  const noMatch = () => runtimeFailure(frame, 'States.NoChoiceMatched', 'No Choice Rule matched and no Default transition was specified.');
  if (frame.queryLanguage === 'JSONata') {
    const bindings = jsonataBindings(frame, input);
    let holder: JsonObject | undefined;
    for (const rule of choicesOf(state)) {
      if (await conditionHolds(rule.Condition, bindings)) {
        holder = rule;
        break;
      }
    }
    const next = holder ? holder.Next : state.Default;
    if (typeof next !== 'string') throw noMatch();
    const assigned = await assignJsonata(pick(holder, state, 'Assign'), bindings);
    const output = await outputJsonata(pickHolder(holder, state, 'Output'), bindings, input);
    return { output, next, end: false, assigned };
  }
  const ctx = evalContext(frame);
  const effective = applyInputPath(frame, input, ctx);
  const rule = choicesOf(state).find((r) => evaluateChoiceRule(r, effective, ctx));
  const next = rule ? rule.Next : state.Default;
  if (typeof next !== 'string') throw noMatch();
  const assigned = assignJsonPath(frame, pick(rule, state, 'Assign'), effective, ctx);
  const output = applyOutputPath(frame, effective, ctx);
  return { output, next, end: false, assigned };
}
