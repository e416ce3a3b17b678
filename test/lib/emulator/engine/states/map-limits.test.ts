import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '@/lib/emulator/asl/json-value';
import { StateFailure } from '@/lib/emulator/engine/execution-errors';
import { readMaxConcurrency, readTolerance } from '@/lib/emulator/engine/states/map-limits';
import { FRAME_STATE_PREFIX, makeFrame, rejectionOf } from '../../../../support/emulator-engine/state-frame';

function mapFrame(fields: JsonObject, queryLanguage: 'JSONPath' | 'JSONata' = 'JSONPath') {
  return makeFrame({ state: { Type: 'Map', ItemProcessor: { StartAt: 'P', States: {} }, End: true, ...fields }, queryLanguage }).frame;
}

async function runtimeCause(promise: Promise<unknown>): Promise<string | undefined> {
  const failure = await rejectionOf(promise);
  expect(failure).toBeInstanceOf(StateFailure);
  expect(failure).toMatchObject({ error: 'States.Runtime' });
  return (failure as StateFailure).cause?.replace(FRAME_STATE_PREFIX, '');
}

describe('readMaxConcurrency', () => {
  it.each<[string, JsonObject, JsonValue, number]>([
    ['absent: unbounded (0)', {}, {}, 0],
    ['a literal', { MaxConcurrency: 3 }, {}, 3],
    ['a literal 0', { MaxConcurrency: 0 }, {}, 0],
    ['a path to a number', { MaxConcurrencyPath: '$.mc' }, { mc: 5 }, 5],
    ['a path to a numeric string', { MaxConcurrencyPath: '$.mc' }, { mc: '7' }, 7],
    ['a path to an integral float', { MaxConcurrencyPath: '$.mc' }, { mc: 2.0 }, 2],
  ])('%s', async (_why, fields, input, expected) => {
    await expect(readMaxConcurrency(mapFrame(fields), input)).resolves.toBe(expected);
  });

  it('evaluates a JSONata expression', async () => {
    await expect(readMaxConcurrency(mapFrame({ MaxConcurrency: '{% $states.input.n + 1 %}' }, 'JSONata'), { n: 1 })).resolves.toBe(2);
    await expect(readMaxConcurrency(mapFrame({ MaxConcurrency: '{% "4" %}' }, 'JSONata'), {})).resolves.toBe(4);
  });

  it.each<[string, JsonValue, string]>([
    ['a fraction', 1.5, 'The MaxConcurrencyPath field refers to value "1.5" which is not a valid integer: $.mc'],
    ['a word', 'many', 'The MaxConcurrencyPath field refers to value "many" which is not a valid integer: $.mc'],
    ['an empty string', '', 'The MaxConcurrencyPath field refers to value "" which is not a valid integer: $.mc'],
    ['a blank string', ' ', 'The MaxConcurrencyPath field refers to value " " which is not a valid integer: $.mc'],
    ['null', null, 'The MaxConcurrencyPath field refers to value "null" which is not a valid integer: $.mc'],
    ['an object', { n: 1 }, 'The MaxConcurrencyPath field refers to value "{"n":1}" which is not a valid integer: $.mc'],
  ])('fails on a path to %s', async (_why, value, cause) => {
    await expect(runtimeCause(readMaxConcurrency(mapFrame({ MaxConcurrencyPath: '$.mc' }), { mc: value }))).resolves.toBe(cause);
  });

  it('fails on a JSONata value that is not an integer, naming the field', async () => {
    await expect(runtimeCause(readMaxConcurrency(mapFrame({ MaxConcurrency: '{% 2.5 %}' }, 'JSONata'), {}))).resolves.toBe(
      'The MaxConcurrency field refers to value "2.5" which is not a valid integer',
    );
  });
});

describe('readTolerance: ToleratedFailureCount', () => {
  it('is unset without either field, and then tolerates nothing', async () => {
    const tolerance = await readTolerance(mapFrame({}), {});
    expect(tolerance.set).toBe(false);
    expect(tolerance.tolerates(0, 10)).toBe(false);
    expect(tolerance.tolerates(1, 10)).toBe(false);
  });

  it.each<[number, number, boolean]>([
    [0, 1, false],
    [2, 2, true],
    [2, 3, false],
    [5, 5, true],
  ])('a count of %d tolerates %d failures: %s', async (count, failed, expected) => {
    const tolerance = await readTolerance(mapFrame({ ToleratedFailureCount: count }), {});
    expect(tolerance.set).toBe(true);
    expect(tolerance.tolerates(failed, 100)).toBe(expected);
  });

  it('reads the count from a path (numeric strings included)', async () => {
    const tolerance = await readTolerance(mapFrame({ ToleratedFailureCountPath: '$.c' }), { c: '1' });
    expect([tolerance.tolerates(1, 4), tolerance.tolerates(2, 4)]).toEqual([true, false]);
  });

  it('refuses a negative count', async () => {
    await expect(runtimeCause(readTolerance(mapFrame({ ToleratedFailureCount: -1 }), {}))).resolves.toBe(
      'ToleratedFailureCount cannot be negative.',
    );
  });

  it('refuses a count path to a non-integer', async () => {
    await expect(runtimeCause(readTolerance(mapFrame({ ToleratedFailureCountPath: '$.c' }), { c: 0.5 }))).resolves.toBe(
      'The ToleratedFailureCountPath field refers to value "0.5" which is not a valid integer: $.c',
    );
  });
});

describe('readTolerance: ToleratedFailurePercentage', () => {
  it.each<[number, number, number, boolean]>([
    [50, 1, 2, true],
    [50, 2, 3, false],
    [0, 1, 1000, false],
    [100, 10, 10, true],
    [33.3, 1, 3, false],
    [33.4, 1, 3, true],
    [10, 1, 0, false],
  ])('%d%% tolerates %d failures of %d items: %s', async (percentage, failed, total, expected) => {
    const tolerance = await readTolerance(mapFrame({ ToleratedFailurePercentage: percentage }), {});
    expect(tolerance.set).toBe(true);
    expect(tolerance.tolerates(failed, total)).toBe(expected);
  });

  it('reads a fractional percentage from a path', async () => {
    const tolerance = await readTolerance(mapFrame({ ToleratedFailurePercentagePath: '$.p' }), { p: '12.5' });
    expect([tolerance.tolerates(1, 8), tolerance.tolerates(2, 8)]).toEqual([true, false]);
  });

  it.each([-0.1, 100.1])('refuses %d', async (percentage) => {
    await expect(runtimeCause(readTolerance(mapFrame({ ToleratedFailurePercentage: percentage }), {}))).resolves.toBe(
      'ToleratedFailurePercentage must be between 0 and 100.',
    );
  });

  it('refuses a percentage path to a non-number', async () => {
    await expect(runtimeCause(readTolerance(mapFrame({ ToleratedFailurePercentagePath: '$.p' }), { p: 'half' }))).resolves.toBe(
      'The ToleratedFailurePercentagePath field refers to value "half" which is not a valid float: $.p',
    );
  });

  it('tolerates when either the count or the percentage allows it', async () => {
    const tolerance = await readTolerance(mapFrame({ ToleratedFailureCount: 1, ToleratedFailurePercentage: 50 }), {});
    expect(tolerance.tolerates(1, 100)).toBe(true);
    expect(tolerance.tolerates(3, 6)).toBe(true);
    expect(tolerance.tolerates(4, 6)).toBe(false);
  });

  it('evaluates JSONata for both fields', async () => {
    const frame = mapFrame({ ToleratedFailureCount: '{% $states.input.c %}', ToleratedFailurePercentage: '{% 25 %}' }, 'JSONata');
    const tolerance = await readTolerance(frame, { c: 0 });
    expect([tolerance.tolerates(1, 4), tolerance.tolerates(2, 4)]).toEqual([true, false]);
  });
});
