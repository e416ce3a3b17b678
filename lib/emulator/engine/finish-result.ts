import type { JsonValue } from '../asl/json-value';
import type { StateFrame, StateOutcome } from './runtime';
import {
  applyOutputPath,
  applyResultSelector,
  applyStateResultPath,
  assignAndOutputJsonata,
  assignJsonPath,
  evalContext,
} from './state-io';
import { inspectStage } from './state-test-hooks';
import { transitionOf } from './transition';

/** JSONPath tail of Task/Map/Parallel: ResultSelector -> Assign -> ResultPath -> OutputPath. */
export function finishJsonPath(frame: StateFrame, rawInput: JsonValue, result: JsonValue): StateOutcome {
  inspectStage(frame, 'result', result);
  const ctx = evalContext(frame);
  const selected = applyResultSelector(frame, result, ctx);
  const assigned = assignJsonPath(frame, frame.state.Assign, selected, ctx);
  const withResult = applyStateResultPath(frame, rawInput, selected);
  const output = applyOutputPath(frame, withResult, ctx);
  return { output, assigned, ...transitionOf(frame.state) };
}

/** JSONata tail of Task/Map/Parallel: Assign and Output see `$states.result`; Output defaults to it. */
export async function finishJsonata(frame: StateFrame, rawInput: JsonValue, result: JsonValue): Promise<StateOutcome> {
  inspectStage(frame, 'result', result);
  const { output, assigned } = await assignAndOutputJsonata(frame, frame.state, rawInput, result, { result });
  return { output, assigned, ...transitionOf(frame.state) };
}
