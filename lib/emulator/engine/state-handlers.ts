import type { JsonValue } from '../asl/json-value';
import { StateFailure } from './execution-errors';
import type { StateFrame, StateOutcome } from './runtime';
import { runChoice } from './states/choice';
import { runFail } from './states/fail';
import { runMap } from './states/map';
import { runParallel } from './states/parallel';
import { runPass } from './states/pass';
import { runSucceed } from './states/succeed';
import { runTask } from './states/task';
import { runWait } from './states/wait';

export type StateHandler = (frame: StateFrame, input: JsonValue) => Promise<StateOutcome>;

// A Map, not an object literal: a "Type" such as "constructor" or "toString" must not find an Object.prototype member.
const HANDLERS = new Map<string, StateHandler>([
  ['Pass', runPass],
  ['Task', runTask],
  ['Choice', runChoice],
  ['Wait', runWait],
  ['Succeed', runSucceed],
  ['Fail', runFail],
  ['Parallel', runParallel],
  ['Map', runMap],
]);

export function stateHandlerFor(type: string): StateHandler {
  return (
    HANDLERS.get(type) ??
    (async () => {
      throw new StateFailure('States.Runtime', `Unsupported state type '${type}'.`);
    })
  );
}
