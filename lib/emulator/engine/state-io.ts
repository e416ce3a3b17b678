import type { EvalContext } from '../asl/eval-context';
import { evaluateJsonataTemplate, type JsonataBindings } from '../asl/jsonata-template';
import type { JsonObject, JsonValue } from '../asl/json-value';
import { readPath } from '../asl/json-path';
import { evaluatePayloadTemplate } from '../asl/payload-template';
import { applyResultPath } from '../asl/result-path';
import { contextObject } from './context-object';
import type { StateFrame } from './runtime';
import { inspectStage } from './state-test-hooks';

/** JSONPath evaluation context for a state: `$$` plus the visible workflow variables. */
export function evalContext(frame: StateFrame, contextOverride?: JsonObject): EvalContext {
  return { contextObject: contextOverride ?? contextObject(frame), variables: frame.branch.variables };
}

/** `$states` bindings for a JSONata state. */
export function jsonataBindings(
  frame: StateFrame,
  input: JsonValue,
  extra?: { result?: JsonValue; errorOutput?: JsonValue; context?: JsonObject },
): JsonataBindings {
  const states: JsonObject = { input, context: extra?.context ?? contextObject(frame) };
  if (extra && 'result' in extra && extra.result !== undefined) states.result = extra.result;
  if (extra && 'errorOutput' in extra && extra.errorOutput !== undefined) states.errorOutput = extra.errorOutput;
  return { states, variables: frame.branch.variables };
}

function has(state: JsonObject, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(state, field);
}

/** InputPath: absent keeps the input, null gives {}. */
export function applyInputPath(frame: StateFrame, input: JsonValue, ctx: EvalContext): JsonValue {
  const { state } = frame;
  const path = state.InputPath;
  const effective = !has(state, 'InputPath') ? input : path === null ? {} : readPath(String(path), input, ctx, 'InputPath');
  inspectStage(frame, 'afterInputPath', effective);
  return effective;
}

/** OutputPath: absent keeps the output, null gives {}. */
export function applyOutputPath(frame: StateFrame, output: JsonValue, ctx: EvalContext): JsonValue {
  const { state } = frame;
  if (!has(state, 'OutputPath')) return output;
  const path = state.OutputPath;
  if (path === null) return {};
  return readPath(String(path), output, ctx, 'OutputPath');
}

export function applyParameters(frame: StateFrame, effectiveInput: JsonValue, ctx: EvalContext, field = 'Parameters'): JsonValue {
  const template = frame.state[field];
  const value = template === undefined ? effectiveInput : evaluatePayloadTemplate(template, effectiveInput, ctx, field);
  if (field === 'Parameters') inspectStage(frame, 'afterParameters', value);
  return value;
}

export function applyResultSelector(frame: StateFrame, result: JsonValue, ctx: EvalContext): JsonValue {
  const template = frame.state.ResultSelector;
  const selected = template === undefined ? result : evaluatePayloadTemplate(template, result, ctx, 'ResultSelector');
  inspectStage(frame, 'afterResultSelector', selected);
  return selected;
}

/** ResultPath against the state's raw input; absent means "$" (the result replaces the input). */
export function applyStateResultPath(
  frame: StateFrame,
  rawInput: JsonValue,
  result: JsonValue,
  holder: JsonObject = frame.state,
): JsonValue {
  const path = holder.ResultPath;
  const combined = !has(holder, 'ResultPath') ? result : applyResultPath(rawInput, result, path === null ? null : String(path));
  if (holder === frame.state) inspectStage(frame, 'afterResultPath', combined);
  return combined;
}

/** JSONPath Assign: `$` is the state result. Returns undefined when the state has no Assign. */
export function assignJsonPath(
  frame: StateFrame,
  assign: JsonValue | undefined,
  value: JsonValue,
  ctx: EvalContext,
): Record<string, JsonValue> | undefined {
  if (assign === undefined) return undefined;
  const evaluated = evaluatePayloadTemplate(assign, value, ctx, 'Assign');
  return isObject(evaluated) ? evaluated : {};
}

/** JSONata Assign with the given bindings. */
export async function assignJsonata(
  assign: JsonValue | undefined,
  bindings: JsonataBindings,
): Promise<Record<string, JsonValue> | undefined> {
  if (assign === undefined) return undefined;
  const evaluated = await evaluateJsonataTemplate(assign, bindings, 'Assign');
  return isObject(evaluated) ? evaluated : {};
}

/** JSONata Output: absent gives `fallback`. */
export async function outputJsonata(holder: JsonObject, bindings: JsonataBindings, fallback: JsonValue): Promise<JsonValue> {
  const output = has(holder, 'Output') ? holder.Output : undefined;
  if (output === undefined) return fallback;
  return evaluateJsonataTemplate(output, bindings, 'Output');
}

/**
 * JSONata tail shared by states and catchers: binds `$states` (plus `extra`), then evaluates `holder`'s
 * Assign and Output (Output defaults to `fallback`).
 */
export async function assignAndOutputJsonata(
  frame: StateFrame,
  holder: JsonObject,
  rawInput: JsonValue,
  fallback: JsonValue,
  extra?: { result?: JsonValue; errorOutput?: JsonValue },
): Promise<{ output: JsonValue; assigned: Record<string, JsonValue> | undefined }> {
  const bindings = jsonataBindings(frame, rawInput, extra);
  const assigned = await assignJsonata(holder.Assign, bindings);
  const output = await outputJsonata(holder, bindings, fallback);
  return { output, assigned };
}

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
