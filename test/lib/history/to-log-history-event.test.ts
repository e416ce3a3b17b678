import { describe, expect, it } from 'vitest';
import { HistoryInputError } from '@/lib/history/history-input-error';
import { toLogHistoryEvent } from '@/lib/history/to-log-history-event';

const at = { source: 'logs.json', eventIndex: 4 };
const ARN = 'arn:aws:states:eu-central-1:123456789012:express:M:run:4135';

describe('toLogHistoryEvent', () => {
  it("rebuilds a record as the API event: numbers as numbers, details under the type's member", () => {
    const details = { name: 'LogInput', output: '{"a":1}', outputDetails: { truncated: false } };
    const event = toLogHistoryEvent(
      {
        id: '3',
        type: 'PassStateExited',
        details,
        previous_event_id: '2',
        event_timestamp: '1713959670680',
        execution_arn: ARN,
        redrive_count: '0',
      },
      at,
    );
    expect(event).toEqual({
      id: 3,
      previousEventId: 2,
      type: 'PassStateExited',
      timestamp: new Date(1_713_959_670_680),
      stateExitedEventDetails: details,
    });
    expect(event.stateExitedEventDetails).toBe(details);
  });

  it.each([
    ['TaskScheduled', 'taskScheduledEventDetails'],
    ['MapStateEntered', 'stateEnteredEventDetails'],
    ['ExecutionFailed', 'executionFailedEventDetails'],
    ['MapRunStarted', 'mapRunStartedEventDetails'],
    ['SomethingNewHappened', 'somethingNewHappenedEventDetails'],
  ])('puts the details of a %s record under %s', (type, key) => {
    const event = toLogHistoryEvent({ id: '5', type, event_timestamp: '1', details: { x: 1 } }, at);
    expect(Object.keys(event).filter((k) => k.endsWith('EventDetails'))).toEqual([key]);
  });

  it.each([
    ['empty', {}],
    ['null', null],
    ['absent', undefined],
  ])('gives no details member when details are %s (as the API does for LambdaFunctionStarted)', (_, details) => {
    const event = toLogHistoryEvent({ id: '4', type: 'LambdaFunctionStarted', previous_event_id: '3', event_timestamp: '1', details }, at);
    expect(event).toEqual({ id: 4, previousEventId: 3, type: 'LambdaFunctionStarted', timestamp: new Date(1) });
  });

  it('reads ids and timestamps given as numbers too', () => {
    expect(toLogHistoryEvent({ id: 7, previous_event_id: 0, type: 'ExecutionStarted', event_timestamp: 1_713_959_670_680 }, at)).toEqual({
      id: 7,
      previousEventId: 0,
      type: 'ExecutionStarted',
      timestamp: new Date(1_713_959_670_680),
    });
  });

  it('reads a missing previous_event_id as 0 (the first event has none)', () => {
    expect(toLogHistoryEvent({ id: '1', type: 'ExecutionStarted', event_timestamp: '1' }, at).previousEventId).toBe(0);
  });

  it('reads a null previous_event_id as 0, like a missing one (the API gives the first event previousEventId 0)', () => {
    const event = toLogHistoryEvent({ id: '1', type: 'ExecutionStarted', previous_event_id: null, event_timestamp: '1' }, at);
    expect(event.previousEventId).toBe(0);
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['masked by the recorder', 'timestamp'],
  ])('reads a timestamp that is %s as no time', (_, event_timestamp) => {
    expect(toLogHistoryEvent({ id: '1', type: 'ExecutionStarted', event_timestamp }, at).timestamp).toBeNull();
  });

  it.each([
    ['x', 'logs.json, events[4]: expected a log record object, got the string "x"'],
    [null, 'logs.json, events[4]: expected a log record object, got null'],
    [{ id: '1', event_timestamp: '1' }, "logs.json, events[4], field 'type': expected a string, got undefined undefined"],
    [{ id: '1', type: '', event_timestamp: '1' }, 'logs.json, events[4], field \'type\': expected a string, got the string ""'],
    [{ id: '1', type: 3, event_timestamp: '1' }, "logs.json, events[4], field 'type': expected a string, got number 3"],
    [{ type: 'PassStateEntered', event_timestamp: '1' }, "logs.json, events[4], field 'id': missing"],
    [
      { id: '0', type: 'PassStateEntered', event_timestamp: '1' },
      'logs.json, events[4], field \'id\': expected an integer of at least 1, got the string "0"',
    ],
    [
      { id: '-2', type: 'PassStateEntered', event_timestamp: '1' },
      'logs.json, events[4], field \'id\': expected an integer of at least 1, got the string "-2"',
    ],
    [
      { id: 1.5, type: 'PassStateEntered', event_timestamp: '1' },
      "logs.json, events[4], field 'id': expected an integer of at least 1, got number 1.5",
    ],
    [
      { id: '9007199254740993', type: 'PassStateEntered', event_timestamp: '1' },
      'logs.json, events[4], field \'id\': expected an integer of at least 1, got the string "9007199254740993"',
    ],
    [
      { id: '2', previous_event_id: 'one', type: 'PassStateEntered', event_timestamp: '1' },
      'logs.json, events[4], field \'previous_event_id\': expected an integer of at least 0, got the string "one"',
    ],
    [
      { id: '2', type: 'PassStateEntered', event_timestamp: 'yesterday' },
      'logs.json, events[4], field \'event_timestamp\': expected epoch milliseconds, got the string "yesterday"',
    ],
    [
      { id: '2', type: 'PassStateEntered', event_timestamp: '1.5' },
      'logs.json, events[4], field \'event_timestamp\': expected epoch milliseconds, got the string "1.5"',
    ],
    [
      { id: '2', type: 'PassStateEntered', event_timestamp: 9e15 },
      "logs.json, events[4], field 'event_timestamp': number 9000000000000000 is outside the range of dates (years -271821 to 275760)",
    ],
    [
      { id: '2', type: 'PassStateEntered', event_timestamp: '1', details: [1] },
      "logs.json, events[4], field 'details': expected an object, got an array ([1])",
    ],
    [
      { id: '2', type: 'PassStateEntered', event_timestamp: '1', details: 'x' },
      'logs.json, events[4], field \'details\': expected an object, got the string "x"',
    ],
  ])('rejects a malformed record with a message naming the record and field (%#)', (raw: unknown, message) => {
    expect(() => toLogHistoryEvent(raw, at)).toThrow(HistoryInputError);
    expect(() => toLogHistoryEvent(raw, at)).toThrow(message);
  });

  it('accepts the largest date, epoch 8.64e15 ms', () => {
    expect(toLogHistoryEvent({ id: '1', type: 'ExecutionStarted', event_timestamp: 8.64e15 }, at).timestamp).toEqual(new Date(8.64e15));
  });
});
