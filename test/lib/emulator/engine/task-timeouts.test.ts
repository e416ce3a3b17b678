import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '@/lib/emulator/asl/json-value';
import { StatesError } from '@/lib/emulator/asl/states-error';
import { StateFailure } from '@/lib/emulator/engine/execution-errors';
import { readTaskTimeouts } from '@/lib/emulator/engine/task-timeouts';
import { FRAME_STATE_PREFIX, makeFrame, rejectionOf } from '../../../support/emulator-engine/state-frame';

function frameWith(fields: JsonObject, queryLanguage: 'JSONPath' | 'JSONata' = 'JSONPath') {
  return makeFrame({ state: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true, ...fields }, queryLanguage }).frame;
}

describe('readTaskTimeouts', () => {
  it('has neither timeout when the Task sets none', async () => {
    await expect(readTaskTimeouts(frameWith({}), {})).resolves.toEqual({ timeoutSeconds: undefined, heartbeatSeconds: undefined });
  });

  it.each<[string, JsonObject, JsonValue, { timeoutSeconds?: number; heartbeatSeconds?: number }]>([
    ['literals', { TimeoutSeconds: 30, HeartbeatSeconds: 10 }, {}, { timeoutSeconds: 30, heartbeatSeconds: 10 }],
    ['paths', { TimeoutSecondsPath: '$.t', HeartbeatSecondsPath: '$.h' }, { t: 60, h: 5 }, { timeoutSeconds: 60, heartbeatSeconds: 5 }],
    [
      'a literal beside a path for the other',
      { TimeoutSeconds: 1, HeartbeatSecondsPath: '$.h' },
      { h: 2 },
      { timeoutSeconds: 1, heartbeatSeconds: 2 },
    ],
    ['a literal preferred over its path', { TimeoutSeconds: 7, TimeoutSecondsPath: '$.t' }, { t: 99 }, { timeoutSeconds: 7 }],
    ['the smallest value, 1', { TimeoutSeconds: 1 }, {}, { timeoutSeconds: 1 }],
  ])('reads %s (JSONPath)', async (_why, fields, input, expected) => {
    await expect(readTaskTimeouts(frameWith(fields), input)).resolves.toEqual({
      timeoutSeconds: undefined,
      heartbeatSeconds: undefined,
      ...expected,
    });
  });

  it('evaluates JSONata expressions, and takes literals as they are', async () => {
    const frame = frameWith({ TimeoutSeconds: '{% $states.input.t * 2 %}', HeartbeatSeconds: 3 }, 'JSONata');
    await expect(readTaskTimeouts(frame, { t: 21 })).resolves.toEqual({ timeoutSeconds: 42, heartbeatSeconds: 3 });
  });

  it.each<[string, JsonObject, JsonValue, string]>([
    ['zero', { TimeoutSeconds: 0 }, {}, 'The TimeoutSeconds value must be a positive integer, but was: 0'],
    ['a negative number', { HeartbeatSeconds: -5 }, {}, 'The HeartbeatSeconds value must be a positive integer, but was: -5'],
    ['a fraction', { TimeoutSeconds: 1.5 }, {}, 'The TimeoutSeconds value must be a positive integer, but was: 1.5'],
    [
      'a numeric string from a path',
      { TimeoutSecondsPath: '$.t' },
      { t: '5' },
      'The TimeoutSeconds value must be a positive integer, but was: "5"',
    ],
    [
      'null from a path',
      { HeartbeatSecondsPath: '$.h' },
      { h: null },
      'The HeartbeatSeconds value must be a positive integer, but was: null',
    ],
  ])('fails with a prefixed States.Runtime error on %s', async (_why, fields, input, cause) => {
    const failure = await rejectionOf(readTaskTimeouts(frameWith(fields), input));
    expect(failure).toBeInstanceOf(StateFailure);
    expect(failure).toMatchObject({ error: 'States.Runtime', cause: FRAME_STATE_PREFIX + cause });
  });

  it('fails on a JSONata value that is not a positive integer', async () => {
    const failure = await rejectionOf(readTaskTimeouts(frameWith({ TimeoutSeconds: '{% "ten" %}' }, 'JSONata'), {}));
    expect(failure).toMatchObject({ cause: `${FRAME_STATE_PREFIX}The TimeoutSeconds value must be a positive integer, but was: "ten"` });
  });

  it('lets a path that finds nothing fail as paths do', async () => {
    const error = await rejectionOf(readTaskTimeouts(frameWith({ TimeoutSecondsPath: '$.missing' }), {}));
    expect(error).toBeInstanceOf(StatesError);
    expect(error).toMatchObject({ error: 'States.Runtime', causeText: "Invalid path '$.missing' : No results for path: $['missing']" });
  });

  it('ignores a path that is not a string', async () => {
    await expect(readTaskTimeouts(frameWith({ TimeoutSecondsPath: 5 }), {})).resolves.toEqual({
      timeoutSeconds: undefined,
      heartbeatSeconds: undefined,
    });
  });
});
