import { describe, expect, it } from 'vitest';
import { StateFailure } from '@/lib/emulator/engine/execution-errors';
import { stateHandlerFor } from '@/lib/emulator/engine/state-handlers';
import { runChoice } from '@/lib/emulator/engine/states/choice';
import { runFail } from '@/lib/emulator/engine/states/fail';
import { runMap } from '@/lib/emulator/engine/states/map';
import { runParallel } from '@/lib/emulator/engine/states/parallel';
import { runPass } from '@/lib/emulator/engine/states/pass';
import { runSucceed } from '@/lib/emulator/engine/states/succeed';
import { runTask } from '@/lib/emulator/engine/states/task';
import { runWait } from '@/lib/emulator/engine/states/wait';
import { makeFrame, rejectionOf } from '../../../support/emulator-engine/state-frame';

describe('stateHandlerFor', () => {
  it.each([
    ['Pass', runPass],
    ['Task', runTask],
    ['Choice', runChoice],
    ['Wait', runWait],
    ['Succeed', runSucceed],
    ['Fail', runFail],
    ['Parallel', runParallel],
    ['Map', runMap],
  ])('runs %s states with their handler', (type, handler) => {
    expect(stateHandlerFor(type)).toBe(handler);
  });

  // Names of Object.prototype members are unknown types too, not inherited members of the handler table.
  it.each(['Bogus', 'pass', '', 'constructor', 'toString', 'hasOwnProperty', '__proto__'])(
    'fails an unknown type %j with States.Runtime',
    async (type) => {
      const { frame } = makeFrame({ type });
      const failure = await rejectionOf(stateHandlerFor(type)(frame, {}));
      expect(failure).toBeInstanceOf(StateFailure);
      expect(failure).toMatchObject({ error: 'States.Runtime', cause: `Unsupported state type '${type}'.` });
    },
  );
});
