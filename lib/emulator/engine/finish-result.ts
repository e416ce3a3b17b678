import type { JsonValue } from '../asl/json-value';
import type { StateFrame, StateOutcome } from './runtime';
import {
  applyOutputPath,
  applyResultSelector,
  applyStateResultPath,
  assignJsonata,
  assignJsonPath,
  evalContext,
  jsonataBindings,
  outputJsonata,
} from './state-io';
import { transitionOf } from './transition';

/** JSONPath tail of Task/Map/Parallel: ResultSelector -> Assign -> ResultPath -> OutputPath. */
export function finishJsonPath(frame: StateFrame, rawInput: JsonValue, result: JsonValue): StateOutcome {
  const ctx = evalContext(frame);
  const selected = applyResultSelector(frame, result, ctx);
  const assigned = assignJsonPath(frame, frame.state.Assign, selected, ctx);
  const withResult = applyStateResultPath(frame, rawInput, selected);
  const output = applyOutputPath(frame, withResult, ctx);
  return { output, assigned, ...transitionOf(frame.state) };
}

/** JSONata tail of Task/Map/Parallel: Assign and Output see `$states.result`; Output defaults to it. */
export async function finishJsonata(frame: StateFrame, rawInput: JsonValue, result: JsonValue): Promise<StateOutcome> {
  const bindings = jsonataBindings(frame, rawInput, { result });
  const assigned = await assignJsonata(frame.state.Assign, bindings);
  const output = await outputJsonata(frame.state, bindings, result);
  return { output, assigned, ...transitionOf(frame.state) };
}
