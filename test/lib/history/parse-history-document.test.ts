import { describe, expect, it } from 'vitest';
import { parseHistoryDocument, parseHistoryJson } from '@/lib/history/parse-history-document';

const events = [
  { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: 1_773_133_200, executionStartedEventDetails: { input: '{}' } },
  { id: 2, previousEventId: 0, type: 'PassStateEntered', timestamp: 1_773_133_200.1, stateEnteredEventDetails: { name: 'A' } },
];

describe('parseHistoryDocument', () => {
  it('keeps, for the summary, no payload but a Fail state’s input, and the details as received only for unknown types', () => {
    const document = [
      { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: 1, executionStartedEventDetails: { input: '{"a":1}' } },
      { id: 2, previousEventId: 1, type: 'TaskStateEntered', timestamp: 1, stateEnteredEventDetails: { name: 'T', input: '{"a":1}' } },
      {
        id: 3,
        previousEventId: 2,
        type: 'TaskScheduled',
        timestamp: 1,
        taskScheduledEventDetails: { resource: 'invoke', resourceType: 'lambda', region: 'us-east-1', parameters: '{"p":1}' },
      },
      {
        id: 4,
        previousEventId: 3,
        type: 'TaskFailed',
        timestamp: 1,
        taskFailedEventDetails: { error: 'E', cause: '{"errorMessage":"m"}' },
      },
      {
        id: 5,
        previousEventId: 4,
        type: 'FailStateEntered',
        timestamp: 1,
        stateEnteredEventDetails: { name: 'F', input: '{"reason":"r"}' },
      },
      { id: 6, previousEventId: 5, type: 'SomethingNewer', timestamp: 1, somethingNewerEventDetails: { output: '{"x":1}' } },
      { id: 7, previousEventId: 4, type: 'TaskStateExited', timestamp: 1, stateExitedEventDetails: { name: 'T', output: '{"ok":1}' } },
      { id: 8, previousEventId: 4, type: 'TaskStateExited', timestamp: 1, stateExitedEventDetails: { name: 'T', output: '{"Error":"E"}' } },
    ];
    const full = parseHistoryDocument(document, 'f').events.map((e) => e.details);
    const summary = parseHistoryDocument(document, 'f', { summary: true }).events.map((e) => e.details);
    expect(full.map((d) => d.input ?? d.parameters ?? d.output)).toEqual([
      '{"a":1}',
      '{"a":1}',
      '{"p":1}',
      undefined,
      '{"reason":"r"}',
      '{"x":1}',
      '{"ok":1}',
      '{"Error":"E"}',
    ]);
    // A state's output stays where it may be the error object a Catch wrote, which a caught visit reports.
    expect(summary.map((d) => d.input ?? d.parameters ?? d.output)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      '{"reason":"r"}',
      '{"x":1}',
      undefined,
      '{"Error":"E"}',
    ]);
    expect(summary[2]).toMatchObject({ resource: 'invoke', resourceType: 'lambda', region: 'us-east-1' });
    expect(summary[3]).toMatchObject({ error: 'E', cause: '{"errorMessage":"m"}' });
    expect(summary.slice(0, 5).map((d) => d.raw)).toEqual([{}, {}, {}, {}, {}]);
    expect(summary[5]?.raw).toEqual({ output: '{"x":1}' });
  });

  it('reads a bare array, the AWS CLI output and any object with an events array', () => {
    for (const document of [events, { events }, { name: 'case', status: 'RUNNING', events }]) {
      expect(parseHistoryDocument(document, 'f').events.map((e) => e.type)).toEqual(['ExecutionStarted', 'PassStateEntered']);
    }
  });

  it('reads CloudWatch Logs records, as a bare list or under a records key', () => {
    const records = [
      {
        id: '1',
        type: 'ExecutionStarted',
        details: { roleArn: 'r' },
        previous_event_id: '0',
        event_timestamp: '1713959670672',
        execution_arn: 'a',
      },
      {
        id: '2',
        type: 'PassStateEntered',
        details: { name: 'LogInput' },
        previous_event_id: '0',
        event_timestamp: '1713959670680',
        execution_arn: 'a',
      },
    ];
    for (const document of [records, { records }]) {
      const parsed = parseHistoryDocument(document, 'logs.json');
      expect(parsed.events.map((e) => [e.id, e.type, e.timestamp?.getTime()])).toEqual([
        [1, 'ExecutionStarted', 1_713_959_670_672],
        [2, 'PassStateEntered', 1_713_959_670_680],
      ]);
    }
  });

  it('says when a nextToken shows that later pages are missing', () => {
    const parsed = parseHistoryDocument({ events, nextToken: 'AAAA' }, 'page.json');
    expect(parsed.incomplete).toBe(true);
    expect(parsed.warnings).toEqual(['page.json: a nextToken is present, so later pages of the history are missing']);
  });

  it('names what is wrong with a document that holds no events', () => {
    expect(() => parseHistoryDocument({ executions: [] }, 'x.json')).toThrow(
      "x.json, field 'events': expected an 'events' array, found keys executions",
    );
    expect(() => parseHistoryDocument('hello', 'x.json')).toThrow(
      'x.json: expected an array of events or an object with an \'events\' array, got the string "hello"',
    );
    expect(() => parseHistoryJson('{"events": [', 'x.json')).toThrow(/^x\.json: not valid JSON/);
  });

  it('accepts a recording reshaped by its recorder with a warning, giving its branch events free ids', () => {
    const reshaped = {
      artifacts: ['parallel-branches-normalized'],
      events: [
        events[0],
        { id: 2, previousEventId: 0, type: 'ParallelStateEntered', timestamp: 'timestamp', stateEnteredEventDetails: { name: 'P' } },
        { id: 3, previousEventId: 2, type: 'ParallelStateStarted', timestamp: 'timestamp' },
        { id: [0], previousEventId: 0, type: 'PassStateEntered', timestamp: 'timestamp', stateEnteredEventDetails: { name: 'B' } },
        { id: [0], previousEventId: 0, type: 'PassStateExited', timestamp: 'timestamp', stateExitedEventDetails: { name: 'B' } },
        { id: 7, previousEventId: 5, type: 'ParallelStateExited', timestamp: 'timestamp', stateExitedEventDetails: { name: 'P' } },
      ],
    };
    const parsed = parseHistoryDocument(reshaped, 'case.json');
    expect(parsed.damaged).toBe(true);
    expect(parsed.events.map((e) => [e.id, e.previousEventId])).toEqual([
      [1, 0],
      [2, 0],
      [3, 2],
      [4, 3],
      [5, 4],
      [7, 5],
    ]);
    expect(parsed.warnings[0]).toContain('reshaped by its recorder (parallel-branches-normalized)');
    expect(parsed.warnings[1]).toBe('case.json: timestamps are masked ("timestamp") in 5 events, so no times or durations');
  });

  it('treats newest-first and not-terminal recordings as faithful', () => {
    expect(parseHistoryDocument({ artifacts: ['reverse-order'], events }, 'r').damaged).toBe(false);
  });

  it('rejects ids that are not integers when nothing says the recording was reshaped', () => {
    expect(() => parseHistoryDocument([{ ...events[0], id: [0] }], 'x.json')).toThrow("x.json, events[0], field 'id'");
  });
});
