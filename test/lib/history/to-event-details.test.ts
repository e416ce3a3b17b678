import { describe as group, expect, it } from 'vitest';
import { HistoryInputError } from '@/lib/history/history-input-error';
import { deeperThan } from '@/lib/history/json-depth';
import { describe, isRecord, toEventDetails } from '@/lib/history/to-event-details';

const at = { source: 'h.json', eventIndex: 2 };
const read = (input: unknown, requireName = false) => toEventDetails(input, at, 'stateEnteredEventDetails', requireName);

group('isRecord', () => {
  it.each([
    [{}, true],
    [{ a: 1 }, true],
    [Object.create(null), true],
    [[], false],
    [null, false],
    [undefined, false],
    ['{}', false],
    [1, false],
  ])('%j -> %s', (value, expected) => {
    expect(isRecord(value)).toBe(expected);
  });
});

group('describe', () => {
  it.each([
    [null, 'null'],
    [undefined, 'undefined undefined'],
    [7, 'number 7'],
    [true, 'boolean true'],
    [{ a: 1 }, 'an object'],
    ['abc', 'the string "abc"'],
    ['x'.repeat(41), `the string "${'x'.repeat(40)}…"`],
    ['x'.repeat(40), `the string "${'x'.repeat(40)}"`],
    [[1, 'a'], 'an array ([1,"a"])'],
    [[[[[1]]]], `an array ([[["${deeperThan(3)}"]]])`],
    [Array.from({ length: 12 }, (_, i) => i), `an array (${'[0,1,2,3,4,5,6,7,8,9]'})`],
    [Array.from({ length: 30 }, () => 'ab'), `an array (${'["ab","ab","ab","ab","ab","ab","ab","ab"'}…)`],
  ])('names what was found instead: %j -> %s', (value, expected) => {
    expect(describe(value)).toBe(expected);
  });
});

group('toEventDetails', () => {
  it.each([undefined, null])('reads %s details as none', (input) => {
    expect(read(input)).toEqual({ raw: {} });
  });

  it('keeps the member as received in raw, unknown fields included', () => {
    const input = { name: 'A', somethingNew: { x: 1 } };
    const details = read(input);
    expect(details.raw).toBe(input);
    expect(details).toEqual({ name: 'A', raw: input });
  });

  it('copies the named string and number fields', () => {
    const input = {
      name: 'A',
      resource: 'invoke',
      resourceType: 'lambda',
      region: 'eu-west-1',
      mapRunArn: 'arn:run',
      location: '$.x',
      state: 'S',
      workerName: 'w',
      roleArn: 'arn:role',
      stateMachineAliasArn: 'arn:alias',
      stateMachineVersionArn: 'arn:version',
      index: 0,
      length: 3,
      redriveCount: 1,
      timeoutInSeconds: 30,
      heartbeatInSeconds: 5,
    };
    expect(read(input)).toEqual({ ...input, raw: input });
  });

  it.each([
    ['3', 3],
    [' 4 ', 4],
    ['0', 0],
    ['1e3', 1000],
  ])('reads the number text %j as %i (CloudWatch Logs writes numbers as text)', (text, n) => {
    expect(read({ index: text }).index).toBe(n);
  });

  it('writes data fields held parsed (recordings, hand-written files) back as compact JSON text', () => {
    const details = read({ input: { a: [1, 2] }, output: 42, parameters: true, error: 'E', cause: { errorMessage: 'm' } });
    expect(details).toMatchObject({ input: '{"a":[1,2]}', output: '42', parameters: 'true', error: 'E', cause: '{"errorMessage":"m"}' });
  });

  it('keeps data text as it is, not re-encoded', () => {
    expect(read({ input: '{ "a" : 1 }', output: 'plain' })).toMatchObject({ input: '{ "a" : 1 }', output: 'plain' });
  });

  it('bounds a deeply nested parsed value', () => {
    const deep = JSON.parse(`${'['.repeat(1_000)}${']'.repeat(1_000)}`) as unknown;
    expect(read({ input: deep }).input).toBe(`${'['.repeat(100)}"${deeperThan(100)}"${']'.repeat(100)}`);
  });

  it('flags truncated input, output and variables from their *Details members, only when true', () => {
    expect(read({ input: '{"a":', inputDetails: { truncated: true }, output: '[', outputDetails: { truncated: true } })).toMatchObject({
      inputTruncated: true,
      outputTruncated: true,
    });
    const notTruncated = read({ input: '{}', inputDetails: { truncated: false }, output: '{}', outputDetails: { truncated: 'yes' } });
    expect(notTruncated).not.toHaveProperty('inputTruncated');
    expect(notTruncated).not.toHaveProperty('outputTruncated');
    expect(read({ assignedVariables: { x: '1' }, assignedVariablesDetails: { truncated: true } }).assignedVariablesTruncated).toBe(true);
  });

  it('reads assigned variables as JSON text each, keeping odd names as own keys', () => {
    const details = read(JSON.parse('{"assignedVariables":{"x":"42","y":{"z":1},"__proto__":"[1]","n":null}}'));
    expect(details.assignedVariables).toEqual(JSON.parse('{"x":"42","y":"{\\"z\\":1}","__proto__":"[1]","n":"null"}'));
    expect(Object.keys(details.assignedVariables ?? {})).toEqual(['x', 'y', '__proto__', 'n']);
    expect(Object.getPrototypeOf(details.assignedVariables)).toBe(Object.prototype);
  });

  it('skips fields that are null', () => {
    expect(read({ name: null, index: null, input: null })).toEqual({ raw: { name: null, index: null, input: null } });
  });

  it.each([
    ['A', 'h.json, events[2], field \'stateEnteredEventDetails\': expected an object, got the string "A"'],
    [[1], "h.json, events[2], field 'stateEnteredEventDetails': expected an object, got an array ([1])"],
    [{ name: 7 }, "h.json, events[2], field 'stateEnteredEventDetails.name': expected a string, got number 7"],
    [{ resource: { a: 1 } }, "h.json, events[2], field 'stateEnteredEventDetails.resource': expected a string, got an object"],
    [{ index: 'x' }, 'h.json, events[2], field \'stateEnteredEventDetails.index\': expected a number, got the string "x"'],
    [{ index: '' }, 'h.json, events[2], field \'stateEnteredEventDetails.index\': expected a number, got the string ""'],
    [{ length: '  ' }, 'h.json, events[2], field \'stateEnteredEventDetails.length\': expected a number, got the string "  "'],
    [
      { timeoutInSeconds: true },
      "h.json, events[2], field 'stateEnteredEventDetails.timeoutInSeconds': expected a number, got boolean true",
    ],
    [
      { redriveCount: Infinity },
      "h.json, events[2], field 'stateEnteredEventDetails.redriveCount': expected a number, got number Infinity",
    ],
    [
      { assignedVariables: ['x'] },
      'h.json, events[2], field \'stateEnteredEventDetails.assignedVariables\': expected an object, got an array (["x"])',
    ],
  ])('rejects a field of the wrong kind, naming it (%j)', (input, message) => {
    expect(() => read(input)).toThrow(HistoryInputError);
    expect(() => read(input)).toThrow(message);
  });

  it('requires a name when asked (every state event names its state)', () => {
    expect(() => read({ input: '{}' }, true)).toThrow(
      "h.json, events[2], field 'stateEnteredEventDetails.name': missing: every state event names its state",
    );
    expect(() => read(undefined, true)).toThrow('missing: every state event names its state');
    expect(read({ name: '' }, true).name).toBe('');
  });
});
