import { afterAll, describe, expect, it } from 'vitest';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { toLogExecutionEvent } from '@/lib/history/to-log-execution-event';
import { toLogHistoryEvent } from '@/lib/history/to-log-history-event';
import { FuzzRunner } from '../fuzz/support/fuzz-runner';

// Issue 10: garbled or hostile history files end with a result or a HistoryInputError, never a
// TypeError, a RangeError or a hang. Inputs found by test/fuzz land here as regression tests.

const T0 = 1_773_133_200;
const started = { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: T0, executionStartedEventDetails: { input: '{}' } };
const pass = (id: number, previousEventId: number, name = 'A') => [
  { id, previousEventId, type: 'PassStateEntered', timestamp: T0 + id, stateEnteredEventDetails: { name, input: '{}' } },
  { id: id + 1, previousEventId: id, type: 'PassStateExited', timestamp: T0 + id + 1, stateExitedEventDetails: { name, output: '{}' } },
];
/** What `statescope timeline` prints for a timeline: the --json document and the text. */

describe('hostile histories: ids', () => {
  // A hang cannot fail a test in the thread that hangs, so this one runs on the fuzz suite's watchdog.
  const runner = new FuzzRunner(5_000);
  afterAll(() => runner.stop());

  it('names the event that cannot be given an id after the largest safe id, instead of counting forever', async () => {
    const document = {
      artifacts: ['parallel-branches-normalized'],
      events: [
        { ...started, id: Number.MAX_SAFE_INTEGER },
        { id: [0], previousEventId: 0, type: 'PassStateEntered', timestamp: 'timestamp', stateEnteredEventDetails: { name: 'B' } },
        { id: [0], previousEventId: 0, type: 'PassStateExited', timestamp: 'timestamp', stateExitedEventDetails: { name: 'B' } },
      ],
    };
    const outcome = await runner.run({ target: 'timeline-file', text: JSON.stringify(document), json: true, definition: null });
    expect(outcome).toMatchObject({ kind: 'input-error' });
    expect(outcome.message).toMatch(/^fuzz-input\.json, events\[1\], field 'id': /);
    expect(outcome.message).toContain('9007199254740991');
  }, 20_000);
});

describe('hostile histories: timestamps out of the range of dates', () => {
  it('names the event and field for epoch numbers no Date can hold', () => {
    for (const timestamp of [1e20, -1e20, '100000000000000000000']) {
      expect(() => parseHistoryDocument([started, { ...pass(2, 1)[0], timestamp }], 'h.json')).toThrow(
        /^h\.json, events\[1\], field 'timestamp': .* is outside the range of dates/,
      );
    }
  });

  it('does the same for a CloudWatch Logs record, through both readers', () => {
    const record = { id: '1', type: 'ExecutionStarted', details: {}, previous_event_id: '0', event_timestamp: '100000000000000000000', execution_arn: 'arn' };
    const at = { source: 'logs.json', eventIndex: 0 };
    expect(() => toLogExecutionEvent(record, at)).toThrow(/^logs\.json, events\[0\], field 'timestamp': .* is outside the range of dates/);
    expect(() => toLogHistoryEvent(record, at)).toThrow(/^logs\.json, events\[0\], field 'event_timestamp': .* is outside the range of dates/);
  });
});
