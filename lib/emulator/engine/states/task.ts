import type { JsonValue } from '../../asl/json-value';
import { evaluateJsonataTemplate } from '../../asl/jsonata-template';
import { finishJsonata, finishJsonPath } from '../finish-result';
import { runWithRetry } from '../retry';
import type { StateFrame, StateOutcome } from '../runtime';
import { applyInputPath, applyParameters, evalContext, jsonataBindings } from '../state-io';
import { parseTaskResource } from '../task-resource';
import { readTaskRoleArn } from '../task-credentials';
import { readTaskTimeouts } from '../task-timeouts';
import { inspectStage } from '../state-test-hooks';
import { runTaskResource } from '../task-runners';

/** The payload/parameters of one attempt (evaluated per attempt: `$$.State.RetryCount` changes). */
async function taskParameters(frame: StateFrame, input: JsonValue): Promise<JsonValue> {
  if (frame.queryLanguage === 'JSONata') {
    const args = frame.state.Arguments;
    const value = args === undefined ? input : await evaluateJsonataTemplate(args, jsonataBindings(frame, input), 'Arguments');
    inspectStage(frame, 'afterArguments', value);
    return value;
  }
  const ctx = evalContext(frame);
  return applyParameters(frame, applyInputPath(frame, input, ctx), ctx);
}

/** Task: run the resource (Lambda locally via the TaskInvoker), with Retry; Catch is the caller's. */
export async function runTask(frame: StateFrame, input: JsonValue): Promise<StateOutcome> {
  const resource = parseTaskResource(String(frame.state.Resource ?? ''));
  const timeoutInput = frame.queryLanguage === 'JSONata' ? input : applyInputPath(frame, input, evalContext(frame));
  const timeouts = await readTaskTimeouts(frame, timeoutInput);
  const result = await runWithRetry(frame, async () => {
    const parameters = await taskParameters(frame, input);
    const roleArn = await readTaskRoleArn(frame, timeoutInput);
    const mocked = frame.branch.runtime.test?.mockedAttempt(frame);
    return mocked ? mocked() : runTaskResource(frame, resource, parameters, { ...timeouts, roleArn });
  });
  return frame.queryLanguage === 'JSONata' ? finishJsonata(frame, input, result) : finishJsonPath(frame, input, result);
}
