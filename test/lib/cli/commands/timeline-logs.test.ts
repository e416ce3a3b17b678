import { describe, expect, it } from 'vitest';
import { isLogDocument, renderLogTimelines } from '@/lib/cli/commands/timeline-logs';
import { HistoryInputError } from '@/lib/history/history-input-error';

const ARN = 'arn:aws:states:eu-west-1:123456789012:express:m:run-1:0f0f';
const OTHER = 'arn:aws:states:eu-west-1:123456789012:express:m:run-2:1a1a';

/** A CloudWatch Logs record as Step Functions writes it (docs/aws-behaviour.md#cloudwatch-logs-record-format). */
const record = (id: number, type: string, previous: number, details: Record<string, unknown> = {}, arn = ARN) => ({
  id: String(id),
  type,
  details,
  previous_event_id: String(previous),
  event_timestamp: String(1_773_133_200_000 + id * 100),
  execution_arn: arn,
});

/** A whole run at level ALL with execution data: Start → Pass A → end. */
const succeeded = [
  record(1, 'ExecutionStarted', 0, { input: '{}' }),
  record(2, 'PassStateEntered', 0, { name: 'A', input: '{}' }),
  record(3, 'PassStateExited', 2, { name: 'A', output: '{}' }),
  record(4, 'ExecutionSucceeded', 3, { output: '{}' }),
];
/** What level ERROR leaves of a failed run: its failure events only. */
const failedAtError = [
  record(7, 'TaskFailed', 6, { error: 'E', cause: 'c' }, OTHER),
  record(9, 'ExecutionFailed', 7, { error: 'E', cause: 'c' }, OTHER),
];
const asLogEvents = (records: object[]) => ({ events: records.map((r) => ({ timestamp: 1, message: JSON.stringify(r) })) });

describe('isLogDocument: CloudWatch Logs records rather than a history', () => {
  it.each([
    ['a list of records', succeeded],
    ['a list of log events with a JSON message', asLogEvents(succeeded).events],
    ['`aws logs filter-log-events` output', asLogEvents(succeeded)],
    ['log events whose message is not JSON (still a log)', { events: [{ message: 'CloudWatch Logs delivery check' }] }],
    ['{ records: [...] }', { records: succeeded }],
    ['{ records: [] }', { records: [] }],
    ['a record with only execution_arn and previous_event_id', [{ execution_arn: ARN, previous_event_id: '0' }]],
  ])('recognises %s', (_label, document) => {
    expect(isLogDocument(document)).toBe(true);
  });

  it.each([
    ['a GetExecutionHistory document', { events: [{ id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: 1 }] }],
    ['a history with no events', { events: [] }],
    ['a history list', [{ id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: 1 }]],
    ['an empty list', []],
    ['a history with a records field too (events win)', { events: [{ id: 1, type: 'ExecutionStarted' }], records: succeeded }],
    ['a message that is not text', [{ message: 5 }]],
    ['a record without previous_event_id', [{ execution_arn: ARN }]],
    ['a list of text', ['{"id":"1"}']],
    ['null', null],
    ['text', 'records'],
    ['a number', 42],
  ])('does not take %s for a log', (_label, document) => {
    expect(isLogDocument(document)).toBe(false);
  });
});

describe('renderLogTimelines: a timeline per execution in a logs file, with what its log level left out', () => {
  it('prints one execution with its timeline and says nothing is missing at level ALL', () => {
    const { stdout, warnings } = renderLogTimelines(succeeded, 'logs.json', false);
    expect(stdout.startsWith(`1 execution in logs.json\n\n== ${ARN} (4 log records)\nExecution SUCCEEDED\n`)).toBe(true);
    expect(stdout).toContain('Events 4   State transitions (estimate) 1');
    expect(
      stdout.endsWith(
        'Log level ALL (inferred from the records), execution data included\nNothing is missing: the log holds the whole history.\n',
      ),
    ).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('groups records by execution, in order of first appearance, and explains what level ERROR leaves out', () => {
    const { stdout, warnings } = renderLogTimelines(asLogEvents([...succeeded, ...failedAtError]), 'both.json', false);
    expect(stdout.startsWith('2 executions in both.json\n')).toBe(true);
    expect(stdout.indexOf(`== ${ARN} (4 log records)`)).toBeLessThan(stdout.indexOf(`== ${OTHER} (2 log records)`));
    const second = stdout.slice(stdout.indexOf(`== ${OTHER}`));
    expect(second).toContain('Execution FAILED');
    expect(second).toContain(
      [
        'Log level ERROR (inferred from the records), execution data included',
        'What the log leaves out:',
        '  - Only failure events are logged at level ERROR: ExecutionStarted, state entries and exits, and successful task events are not, so there is no start time, no path to the failure and no state durations.',
        '  - Executions that succeed write nothing at level ERROR, so they are not listed.',
        'To get it: Set the logging level to ALL and includeExecutionData to true (UpdateStateMachine, or console: Edit state machine, Logging); executions started afterwards log their whole history.',
        '',
      ].join('\n'),
    );
    // The timeline's own warnings are passed on for stderr.
    expect(warnings).toEqual(['1 state event could not be placed in a visit']);
  });

  it('prints one JSON document with each execution, its record count, coverage and timeline', () => {
    const { stdout } = renderLogTimelines([...succeeded, ...failedAtError], 'both.json', true);
    const document = JSON.parse(stdout) as { executions: Record<string, unknown>[] };
    expect(document.executions).toHaveLength(2);
    expect(document.executions[0]).toMatchObject({
      executionArn: ARN,
      recordCount: 4,
      coverage: { level: 'ALL', includeExecutionData: true, inferred: true, complete: true, missing: [], remedy: null },
      timeline: { status: 'SUCCEEDED', durationMs: 300, transitions: 1, transitionsByState: { A: 1 }, eventCount: 4 },
    });
    expect(document.executions[1]).toMatchObject({
      executionArn: OTHER,
      recordCount: 2,
      coverage: { level: 'ERROR', complete: false },
      timeline: { status: 'FAILED' },
    });
  });

  it('counts events missing at level ALL as a delivery gap', () => {
    const { stdout } = renderLogTimelines(
      succeeded.filter((r) => r.id !== '3'),
      'gap.json',
      false,
    );
    expect(stdout).toContain('  - 1 event is missing from the log although the level is ALL: CloudWatch Logs delivery is best effort');
  });

  it('refuses a log with no records at all', () => {
    expect(() => renderLogTimelines({ records: [] }, 'none.json', false)).toThrow(
      new HistoryInputError({ source: 'none.json' }, 'holds no log records'),
    );
    expect(() => renderLogTimelines({ events: [] }, 'none.json', true)).toThrow('none.json: holds no log records');
  });

  it('says how many log events it read when none is a Step Functions record, showing the first (cut at 80 characters)', () => {
    const long = `{"level":"info","msg":"${'x'.repeat(100)}"}`;
    const one = () => renderLogTimelines({ events: [{ message: 'CloudWatch Logs delivery check' }] }, 'app.json', false);
    expect(one).toThrow(HistoryInputError);
    expect(one).toThrow(
      'app.json: read 1 log event, and none is a Step Functions execution record (an object with id, type, details and execution_arn); the first: "CloudWatch Logs delivery check"',
    );
    expect(() => renderLogTimelines({ events: [{ message: long }, { message: 'second' }] }, 'app.json', false)).toThrow(
      `app.json: read 2 log events, and none is a Step Functions execution record (an object with id, type, details and execution_arn); the first: ${JSON.stringify(`${long.slice(0, 80)}…`)}`,
    );
  });

  it('skips log events that are not records among ones that are', () => {
    const { stdout } = renderLogTimelines(
      { events: [{ message: 'CloudWatch Logs delivery check' }, ...asLogEvents(succeeded).events] },
      'mixed.json',
      false,
    );
    expect(stdout.startsWith(`1 execution in mixed.json\n\n== ${ARN} (4 log records)\n`)).toBe(true);
  });
});
