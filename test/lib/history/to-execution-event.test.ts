import { describe, expect, it } from 'vitest';
import { HistoryInputError } from '@/lib/history/history-input-error';
import { toExecutionEvent } from '@/lib/history/to-execution-event';

const at = { source: 'history.json', eventIndex: 3 };
const base = { id: 4, previousEventId: 3, type: 'PassStateExited', stateExitedEventDetails: { name: 'A', output: '{"a":1}' } };

describe('toExecutionEvent', () => {
  it('reads timestamps as Date, ISO-8601 text, epoch seconds (AWS CLI) and epoch milliseconds (CloudWatch)', () => {
    const expected = new Date('2026-03-10T09:00:01.250Z');
    for (const timestamp of [
      expected,
      '2026-03-10T09:00:01.250Z',
      '2026-03-10T10:00:01.250+01:00',
      1_773_133_201.25,
      '1773133201.25',
      1_773_133_201_250,
    ]) {
      expect(toExecutionEvent({ ...base, timestamp }, at).timestamp).toEqual(expected);
    }
  });

  it('reads the masked "timestamp" placeholder of the recordings as no time, and counts it', () => {
    const notes = { maskedTimestamps: 0, missingTimestamps: 0 };
    expect(toExecutionEvent({ ...base, timestamp: 'timestamp' }, at, notes).timestamp).toBeNull();
    expect(notes.maskedTimestamps).toBe(1);
  });

  it('writes payloads that a recording holds parsed back as compact JSON text, as AWS sends them', () => {
    const event = toExecutionEvent(
      {
        ...base,
        timestamp: 1,
        stateExitedEventDetails: {
          name: 'A',
          output: { a: [1, 2] },
          outputDetails: { truncated: true },
          assignedVariables: { x: '42', y: { z: 1 } },
        },
      },
      at,
    );
    expect(event.details).toMatchObject({ output: '{"a":[1,2]}', outputTruncated: true });
    expect(event.details.assignedVariables).toEqual({ x: '42', y: '{"z":1}' });
  });

  it('keeps an unknown event type with its raw type and details', () => {
    const event = toExecutionEvent(
      { id: 9, previousEventId: 8, type: 'StateMachineRewound', timestamp: 1, stateMachineRewoundEventDetails: { to: 3 } },
      at,
    );
    expect(event).toMatchObject({ type: 'Unknown', rawType: 'StateMachineRewound', phase: 'unknown', category: 'unknown' });
    expect(event.details.raw).toEqual({ to: 3 });
  });

  it.each([
    [{ ...base, timestamp: 1, id: undefined }, "history.json, events[3], field 'id': missing"],
    [
      { ...base, timestamp: 1, id: 'four' },
      'history.json, events[3], field \'id\': expected an integer of at least 1, got the string "four"',
    ],
    [{ ...base, timestamp: 1, type: 7 }, "history.json, events[3], field 'type': expected a string, got number 7"],
    [
      { ...base, timestamp: 'yesterday' },
      'history.json, events[3], field \'timestamp\': expected a date (ISO-8601 text or epoch seconds), got the string "yesterday"',
    ],
    [
      { ...base, timestamp: 1, stateExitedEventDetails: { output: '{}' } },
      "history.json, events[3], field 'stateExitedEventDetails.name': missing: every state event names its state",
    ],
    [
      { ...base, timestamp: 1, stateExitedEventDetails: 'A' },
      'history.json, events[3], field \'stateExitedEventDetails\': expected an object, got the string "A"',
    ],
    [
      { ...base, timestamp: 1, stateExitedEventDetails: { name: 'A', index: 'x' } },
      'history.json, events[3], field \'stateExitedEventDetails.index\': expected a number, got the string "x"',
    ],
    ['PassStateExited', 'history.json, events[3]: expected an event object, got the string "PassStateExited"'],
  ])('rejects malformed input with a message naming file, event and field (%#)', (raw, message) => {
    expect(() => toExecutionEvent(raw, at)).toThrow(HistoryInputError);
    expect(() => toExecutionEvent(raw, at)).toThrow(message);
  });
});
