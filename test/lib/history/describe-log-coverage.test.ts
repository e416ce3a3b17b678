import { describe, expect, it } from 'vitest';
import { TURN_ON_LOGGING, describeLogCoverage, inferLoggingSettings } from '@/lib/history/describe-log-coverage';
import type { LogRecord } from '@/lib/history/to-log-execution-event';

const record = (id: number, type: string, details?: Record<string, unknown> | null): LogRecord =>
  ({ id: String(id), type, event_timestamp: String(1_773_133_200_000 + id), ...(details !== undefined && { details }) }) as LogRecord;

const RAISE_LEVEL =
  'Set the logging level to ALL and includeExecutionData to true (UpdateStateMachine, or console: Edit state machine, Logging); executions started afterwards log their whole history.';
const NO_DATA =
  'Inputs and outputs are not logged (includeExecutionData is false): states show their names, errors and causes, but no input, output or task parameters.';
const ERROR_MISSING = [
  'Only failure events are logged at level ERROR: ExecutionStarted, state entries and exits, and successful task events are not, so there is no start time, no path to the failure and no state durations.',
  'Executions that succeed write nothing at level ERROR, so they are not listed.',
];
const FATAL_MISSING = [
  'Only the end of a failed, aborted or timed-out execution is logged at level FATAL: no state events, no start time and no durations.',
  'Executions that succeed write nothing at level FATAL, so they are not listed.',
];
const OFF_MISSING = [
  'Logging is off, so Step Functions writes no history for this Express state machine: its executions cannot be listed or opened.',
];

const fullRun = [
  record(1, 'ExecutionStarted', { input: '{}', roleArn: 'arn:aws:iam::1:role/r' }),
  record(2, 'PassStateEntered', { name: 'A', input: '{}' }),
  record(3, 'PassStateExited', { name: 'A', output: '{}' }),
  record(4, 'ExecutionSucceeded', { output: '{}' }),
];

describe('inferLoggingSettings', () => {
  it.each([
    ['no records', [], 'ALL'],
    ['a whole run', fullRun, 'ALL'],
    ['only the execution failing', [record(9, 'ExecutionFailed', { error: 'E' })], 'FATAL'],
    ['only an execution timing out', [record(4, 'ExecutionTimedOut')], 'FATAL'],
    [
      'failure events and the execution failing',
      [record(7, 'TaskFailed', { error: 'E' }), record(9, 'ExecutionFailed', { error: 'E' })],
      'ERROR',
    ],
    ['a Fail state and the execution failing', [record(3, 'FailStateEntered', { name: 'F' }), record(4, 'ExecutionFailed')], 'ERROR'],
    ['a success event among failures', [record(5, 'TaskSucceeded'), record(7, 'TaskFailed'), record(9, 'ExecutionFailed')], 'ALL'],
    // Event 1 is ExecutionStarted, which only ALL logs.
    ['failure events and event 1', [record(1, 'TaskFailed'), record(2, 'ExecutionFailed')], 'ALL'],
    ['fatal events and event 1', [record(1, 'ExecutionFailed')], 'ALL'],
  ])('reads the lowest level consistent with %s', (_, records, level) => {
    expect(inferLoggingSettings(records).level).toBe(level);
  });

  it.each([
    ['the number 1', 1],
    ['the text "01"', '01'],
  ])('knows event 1 when its id is %s (scanLogRecords accepts numbers, the converters read ids numerically): ALL', (_, id) => {
    const first = { ...record(1, 'TaskFailed'), id } as unknown as LogRecord;
    expect(inferLoggingSettings([first, record(2, 'ExecutionFailed')]).level).toBe('ALL');
    expect(inferLoggingSettings([{ ...first, type: 'ExecutionFailed' }]).level).toBe('ALL');
  });

  it.each([
    ['a record carries an input', true, [record(1, 'ExecutionStarted', { input: '{"a":1}' })]],
    ['a record carries an output', true, [record(3, 'PassStateExited', { name: 'A', output: '1' })]],
    [
      'records that could carry data carry none',
      false,
      [record(1, 'ExecutionStarted', { roleArn: 'r' }), record(2, 'PassStateEntered', { name: 'A' })],
    ],
    ['a succeeded execution has no output', false, [record(4, 'ExecutionSucceeded', {})]],
    ['details are null', false, [record(2, 'TaskStateEntered', null)]],
    ['no record could carry data (failure events only)', true, [record(7, 'TaskFailed', { error: 'E' }), record(9, 'ExecutionFailed')]],
    ['there are no records', true, []],
  ])('when %s, says execution data is included: %s', (_, included, records) => {
    expect(inferLoggingSettings(records).includeExecutionData).toBe(included);
  });
});

describe('describeLogCoverage', () => {
  it('says nothing is missing at ALL with execution data', () => {
    expect(describeLogCoverage({ level: 'ALL', includeExecutionData: true }, fullRun)).toEqual({
      level: 'ALL',
      includeExecutionData: true,
      inferred: false,
      complete: true,
      missing: [],
      remedy: null,
    });
  });

  it.each([
    ['ALL', true, [], true, null],
    ['ALL', false, [NO_DATA], true, RAISE_LEVEL],
    ['ERROR', true, ERROR_MISSING, false, RAISE_LEVEL],
    ['ERROR', false, [...ERROR_MISSING, NO_DATA], false, RAISE_LEVEL],
    ['FATAL', true, FATAL_MISSING, false, RAISE_LEVEL],
    ['OFF', true, OFF_MISSING, false, TURN_ON_LOGGING],
    // With logging off there is no data to miss: only the one sentence.
    ['OFF', false, OFF_MISSING, false, TURN_ON_LOGGING],
  ] as const)(
    'explains level %s with includeExecutionData %s by configuration',
    (level, includeExecutionData, missing, complete, remedy) => {
      expect(describeLogCoverage({ level, includeExecutionData })).toEqual({
        level,
        includeExecutionData,
        inferred: false,
        complete,
        missing,
        remedy,
      });
    },
  );

  it.each([
    [[1, 2, 4, 6], '2 events are missing'],
    [[1, 3], '1 event is missing'],
    [[3, 1, 1], '1 event is missing'],
  ])('counts ids the records skip at ALL (ids %j): %s', (ids, start) => {
    const coverage = describeLogCoverage(
      { level: 'ALL', includeExecutionData: true },
      ids.map((id) => record(id, 'PassStateEntered', { name: 'A', input: '{}' })),
    );
    expect(coverage.complete).toBe(false);
    expect(coverage.missing).toEqual([
      `${start} from the log although the level is ALL: CloudWatch Logs delivery is best effort, or the records were read from too short a time window.`,
    ]);
    expect(coverage.remedy).toBe(RAISE_LEVEL);
  });

  it('does not call the ids a lower level leaves out gaps', () => {
    const coverage = describeLogCoverage({ level: 'ERROR', includeExecutionData: true }, [
      record(7, 'TaskFailed'),
      record(9, 'ExecutionFailed'),
    ]);
    expect(coverage.missing).toEqual(ERROR_MISSING);
  });

  it('infers level and data from the records when the configuration is not known', () => {
    expect(describeLogCoverage(undefined, [record(7, 'TaskFailed', { error: 'E' }), record(9, 'ExecutionFailed', { error: 'E' })])).toEqual(
      {
        level: 'ERROR',
        includeExecutionData: true,
        inferred: true,
        complete: false,
        missing: ERROR_MISSING,
        remedy: RAISE_LEVEL,
      },
    );
    expect(describeLogCoverage(undefined, [record(1, 'ExecutionStarted', {}), record(2, 'ExecutionSucceeded', {})])).toMatchObject({
      level: 'ALL',
      includeExecutionData: false,
      inferred: true,
      complete: true,
      missing: [NO_DATA],
    });
  });

  it('reads no settings and no records as a complete ALL log, inferred', () => {
    expect(describeLogCoverage(undefined)).toEqual({
      level: 'ALL',
      includeExecutionData: true,
      inferred: true,
      complete: true,
      missing: [],
      remedy: null,
    });
  });
});
