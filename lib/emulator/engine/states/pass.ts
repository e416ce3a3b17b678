import type { JsonValue } from '../../asl/json-value';
import type { StateFrame, StateOutcome } from '../runtime';
import {
  applyInputPath,
  applyOutputPath,
  applyParameters,
  applyStateResultPath,
  assignAndOutputJsonata,
  assignJsonPath,
  evalContext,
} from '../state-io';
import { transitionOf } from '../transition';

/** Pass: InputPath -> Parameters -> Result -> ResultPath -> OutputPath (JSONata: Output, Assign). */
export async function runPass(frame: StateFrame, input: JsonValue): Promise<StateOutcome> {
  const { state } = frame;
  if (frame.queryLanguage === 'JSONata') {
    const { output, assigned } = await assignAndOutputJsonata(frame, state, input, input);
    return { output, assigned, ...transitionOf(state) };
  }
  const ctx = evalContext(frame);
  const effective = applyInputPath(frame, input, ctx);
  const result = state.Result !== undefined ? state.Result : applyParameters(frame, effective, ctx);
  const assigned = assignJsonPath(frame, state.Assign, result, ctx);
  const withResult = applyStateResultPath(frame, input, result);
  const output = applyOutputPath(frame, withResult, ctx);
  return { output, assigned, ...transitionOf(state) };
}
