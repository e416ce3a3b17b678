import { describe, expect, it } from 'vitest';
import { StateFailure } from '@/lib/emulator/engine/execution-errors';
import type { StateFrame } from '@/lib/emulator/engine/runtime';
import { asFailure, NESTED_TOO_DEEPLY_CAUSE } from '@/lib/emulator/engine/state-errors';
import { detailsOf, runDefinition } from '../../../support/emulator-engine/run-definition';

// A string in the input may hold JSON far deeper than the input itself may be (and than recursion survives).
const LEVELS = 15_000;
const deepText = '{"a":'.repeat(LEVELS) + '1' + '}'.repeat(LEVELS);

describe('executions with deeply nested data', () => {
  it('serialize, copy and compare a value parsed by States.StringToJson at any depth', async () => {
    const run = await runDefinition(
      {
        StartAt: 'Parse',
        States: {
          Parse: { Type: 'Pass', Parameters: { 'v.$': 'States.StringToJson($.s)' }, ResultPath: '$.parsed', Next: 'Use' },
          Use: {
            Type: 'Pass',
            Parameters: {
              'same.$': 'States.ArrayContains(States.Array($.parsed.v), $.parsed.v)',
              'text.$': 'States.JsonToString($.parsed.v)',
            },
            ResultSelector: { 'same.$': '$.same', 'length.$': "States.StringSplit($.text, 'a')" },
            OutputPath: '$.same',
            End: true,
          },
        },
      },
      { input: { s: deepText } },
    );
    expect(run.outcome).toMatchObject({ status: 'SUCCEEDED', output: 'true' });
  });

  it('fail with a clear States.Runtime error where a library cannot walk that deep', async () => {
    const run = await runDefinition(
      {
        StartAt: 'Parse',
        States: {
          Parse: { Type: 'Pass', Parameters: { 'v.$': 'States.StringToJson($.s)' }, Next: 'Search' },
          Search: { Type: 'Pass', InputPath: '$..a', End: true },
        },
      },
      { input: { s: deepText } },
    );
    expect(run.outcome).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(run.outcome.cause).toBe(
      "An error occurred while executing the state 'Search' (entered at the event id #4). The JSONPath '$..a' cannot be evaluated: the data is nested too deeply",
    );
    expect(run.types.at(-1)).toBe('ExecutionFailed');
    expect(detailsOf(run.events.at(-1))).toMatchObject({ error: 'States.Runtime' });
  });

  it('turn a stack overflow inside a state into a States.Runtime failure of that state', () => {
    const frame = { name: 'Deep', enteredEventId: 7 } as StateFrame;
    const failure = asFailure(frame, new RangeError('Maximum call stack size exceeded'));
    expect(failure).toBeInstanceOf(StateFailure);
    expect(failure).toMatchObject({
      error: 'States.Runtime',
      cause: `An error occurred while executing the state 'Deep' (entered at the event id #7). ${NESTED_TOO_DEEPLY_CAUSE}`,
    });
    const other = new TypeError('not a depth problem');
    expect(asFailure(frame, other)).toBe(other);
  });
});
