import type { JsonValue } from '../../asl/json-value';
import type { StateFrame, StateOutcome } from '../runtime';
import { applyInputPath, applyOutputPath, evalContext, jsonataBindings, outputJsonata } from '../state-io';

/** Succeed: InputPath -> OutputPath (JSONata: Output); ends the branch. */
export async function runSucceed(frame: StateFrame, input: JsonValue): Promise<StateOutcome> {
  if (frame.queryLanguage === 'JSONata') {
    const output = await outputJsonata(frame.state, jsonataBindings(frame, input), input);
    return { output, end: true };
  }
  const ctx = evalContext(frame);
  const output = applyOutputPath(frame, applyInputPath(frame, input, ctx), ctx);
  return { output, end: true };
}
