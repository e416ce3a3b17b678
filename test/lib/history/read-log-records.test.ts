import { describe, expect, it } from 'vitest';
import { HistoryInputError } from '@/lib/history/history-input-error';
import { groupLogRecords, readLogRecords, scanLogRecords } from '@/lib/history/read-log-records';
import type { LogRecord } from '@/lib/history/to-log-execution-event';

const ARN_A = 'arn:aws:states:eu-west-1:123456789012:express:M:a';
const ARN_B = 'arn:aws:states:eu-west-1:123456789012:express:M:b';

/** A record as AWS writes it; `arn` null leaves execution_arn out. */
const record = (id: string, arn: string | null = ARN_A, extra: Record<string, unknown> = {}): LogRecord =>
  ({
    id,
    type: 'PassStateEntered',
    details: { name: 'A' },
    previous_event_id: '0',
    event_timestamp: '1713959670680',
    ...(arn !== null && { execution_arn: arn }),
    ...extra,
  }) as LogRecord;

const logEvent = (message: string) => ({ timestamp: 1_713_959_670_680, message, ingestionTime: 1_713_959_671_000 });

describe('scanLogRecords', () => {
  const r1 = record('1');
  const r2 = record('2');

  it.each([
    ['a list of records', [r1, r2]],
    ['{ records: [...] }', { records: [r1, r2] }],
    ['aws logs filter-log-events output', { events: [logEvent(JSON.stringify(r1)), logEvent(JSON.stringify(r2))], searchedLogStreams: [] }],
    ['a list of log events', [logEvent(JSON.stringify(r1)), logEvent(JSON.stringify(r2))]],
  ])('reads %s', (_, document) => {
    expect(scanLogRecords(document, 'log.json')).toEqual({ records: [r1, r2], read: 2, skipped: 0, firstSkipped: undefined });
  });

  it('takes a record with an event_timestamp but no execution_arn (a file cut from one execution)', () => {
    const bare = record('1', null);
    expect(scanLogRecords([bare], 'log.json').records).toEqual([bare]);
  });

  it('skips and counts log messages that are not Step Functions records, keeping the first', () => {
    const document = {
      events: [
        logEvent('CloudWatch Logs delivery check'),
        logEvent(JSON.stringify(r1)),
        logEvent('{"hello":"world"}'),
        logEvent('{"id":"3","type":"PassStateEntered"}'),
        logEvent(JSON.stringify(r2)),
      ],
    };
    expect(scanLogRecords(document, 'log.json')).toEqual({
      records: [r1, r2],
      read: 5,
      skipped: 3,
      firstSkipped: 'CloudWatch Logs delivery check',
    });
  });

  it('reads an empty list as no records', () => {
    expect(scanLogRecords({ events: [] }, 'log.json')).toEqual({ records: [], read: 0, skipped: 0, firstSkipped: undefined });
  });

  it.each([
    [
      'a string',
      'records',
      "log.json: expected log records: a list, or an object with 'events' (aws logs filter-log-events) or 'records', got the string \"records\"",
    ],
    [
      'an object without a list',
      { events: 'x' },
      "log.json: expected log records: a list, or an object with 'events' (aws logs filter-log-events) or 'records', got an object",
    ],
    [
      'null',
      null,
      "log.json: expected log records: a list, or an object with 'events' (aws logs filter-log-events) or 'records', got null",
    ],
  ])('rejects a document that is %s', (_, document, message) => {
    expect(() => scanLogRecords(document, 'log.json')).toThrow(HistoryInputError);
    expect(() => scanLogRecords(document, 'log.json')).toThrow(message);
  });

  it.each([
    ['a number', 7, 'log.json, events[1]: expected a Step Functions log record (id, type, details, execution_arn), got number 7'],
    [
      'an object without a type',
      { id: '2', execution_arn: ARN_A },
      'log.json, events[1]: expected a Step Functions log record (id, type, details, execution_arn), got an object',
    ],
    [
      'an object without an id',
      { type: 'PassStateEntered', execution_arn: ARN_A },
      'log.json, events[1]: expected a Step Functions log record (id, type, details, execution_arn), got an object',
    ],
  ])('rejects an item that is %s (not a log event, so not skipped), naming its index', (_, item, message) => {
    expect(() => scanLogRecords([r1, item], 'log.json')).toThrow(message);
  });

  it.each([
    ['id', { id: { n: 1 } }, 'an id (text or number), got an object'],
    ['id', { id: null }, 'an id (text or number), got null'],
    ['previous_event_id', { previous_event_id: true }, 'an id (text or number), got boolean true'],
    ['execution_arn', { execution_arn: 5 }, 'an ARN (text), got number 5'],
    ['event_timestamp', { event_timestamp: [1] }, 'epoch milliseconds (text or number), got an array ([1])'],
    ['redrive_count', { redrive_count: {} }, 'a count (text or number), got an object'],
    ['details', { details: ['x'] }, 'an object, got an array (["x"])'],
    ['details', { details: 'text' }, 'an object, got the string "text"'],
  ])('rejects a record whose %s has the wrong type (%j)', (field, extra, expected) => {
    const message = `log.json, events[0], field '${field}': expected ${expected}`;
    expect(() => scanLogRecords([{ ...record('1'), ...extra }], 'log.json')).toThrow(message);
    expect(() => scanLogRecords({ events: [logEvent(JSON.stringify({ ...record('1'), ...extra }))] }, 'log.json')).toThrow(message);
  });

  it('accepts numbers where AWS writes text, and null for the optional fields', () => {
    const numeric = {
      id: 3,
      type: 'PassStateEntered',
      event_timestamp: 1_713_959_670_680,
      previous_event_id: null,
      redrive_count: null,
      details: null,
      execution_arn: ARN_A,
    };
    expect(scanLogRecords([numeric], 'log.json').records).toEqual([numeric]);
  });
});

describe('readLogRecords', () => {
  it('gives the records of the scan, without the counts', () => {
    const r = record('1');
    expect(readLogRecords({ events: [logEvent('noise'), logEvent(JSON.stringify(r))] }, 'log.json')).toEqual([r]);
  });
});

describe('groupLogRecords', () => {
  it('is empty for no records', () => {
    expect(groupLogRecords([])).toEqual([]);
  });

  it('splits a stream by execution, in order of first appearance, each sorted by numeric id', () => {
    const records = [record('2', ARN_B), record('10', ARN_A), record('1', ARN_B), record('9', ARN_A), record('1', ARN_A)];
    expect(groupLogRecords(records).map((g) => [g.executionArn, g.records.map((r) => r.id)])).toEqual([
      [ARN_B, ['1', '2']],
      [ARN_A, ['1', '9', '10']],
    ]);
  });

  it('drops repeated ids (overlapping reads), keeping the first copy', () => {
    const first = record('2', ARN_A, { type: 'PassStateExited' });
    const repeat = record('2', ARN_A, { type: 'TaskStateEntered' });
    const [group] = groupLogRecords([record('1'), first, repeat, { ...record('1'), id: 1 as unknown as string }]);
    expect(group?.records).toEqual([record('1'), first]);
    expect(group?.records[1]).toBe(first);
  });

  it('puts records without an execution ARN in one group named ""', () => {
    expect(groupLogRecords([record('2', null), record('1', null)])).toEqual([
      { executionArn: '', records: [record('1', null), record('2', null)] },
    ]);
  });
});
