import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ExecutionLogWriter, toLoggingTarget } from '@/lib/emulator/logs/execution-log-writer';
import { LogsStore } from '@/lib/emulator/logs/logs-store';
import { toLogRecordMessage } from '@/lib/emulator/logs/to-log-record-message';
import type { ExecutionRecord, StateMachineRevision, StoredEvent } from '@/lib/emulator/store/store-types';

const GROUP_ARN = 'arn:aws:logs:eu-west-1:123456789012:log-group:/aws/vendedlogs/states/M:*';
const logging = (config: object) => JSON.stringify(config);
const destination = (logGroupArn: string) => [{ cloudWatchLogsLogGroup: { logGroupArn } }];

describe('toLoggingTarget', () => {
  it('reads level, data flag, and the region and name of the log group from its ARN', () => {
    expect(toLoggingTarget(logging({ level: 'ALL', includeExecutionData: true, destinations: destination(GROUP_ARN) }))).toEqual({
      level: 'ALL',
      includeExecutionData: true,
      region: 'eu-west-1',
      logGroupName: '/aws/vendedlogs/states/M',
    });
  });

  it('keeps a log group name that holds colons', () => {
    expect(
      toLoggingTarget(logging({ level: 'ERROR', destinations: destination('arn:aws:logs:us-east-1:123456789012:log-group:a:b:*') })),
    ).toMatchObject({
      logGroupName: 'a:b',
      includeExecutionData: false,
    });
  });

  it.each([
    ['level OFF', { level: 'OFF', destinations: destination(GROUP_ARN) }],
    ['no level', { destinations: destination(GROUP_ARN) }],
    ['an unknown level', { level: 'DEBUG', destinations: destination(GROUP_ARN) }],
    ['no destination', { level: 'ALL' }],
    ['an empty destination list', { level: 'ALL', destinations: [] }],
    ['a log group ARN without :*', { level: 'ALL', destinations: destination(GROUP_ARN.slice(0, -2)) }],
    ['an ARN of another service', { level: 'ALL', destinations: destination('arn:aws:s3:::bucket') }],
  ])('writes nothing for %s', (_what, config) => {
    expect(toLoggingTarget(logging(config))).toBeUndefined();
  });

  it('reads includeExecutionData as true only when it is exactly true', () => {
    expect(
      toLoggingTarget(logging({ level: 'ALL', includeExecutionData: 'true', destinations: destination(GROUP_ARN) }))?.includeExecutionData,
    ).toBe(false);
  });
});

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function setUp(now = 9_000) {
  const db = new Database(':memory:');
  open.push(db);
  const store = new LogsStore(db);
  let clock = now;
  const writer = new ExecutionLogWriter(store, () => clock);
  return { store, writer, setClock: (ms: number) => (clock = ms) };
}

function revision(loggingConfiguration: string): StateMachineRevision {
  return {
    revision: 1,
    revisionId: 'r',
    definition: '{}',
    roleArn: 'arn:aws:iam::123456789012:role/R',
    loggingConfiguration,
    tracingConfiguration: '{}',
    description: null,
    updateDateMs: 0,
  };
}

function execution(name: string, startDateMs = Date.UTC(2024, 4, 1, 10, 15, 30)): ExecutionRecord {
  return {
    id: 1,
    arn: `arn:aws:states:us-east-1:123456789012:express:M:${name}:u`,
    stateMachineId: 1,
    stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:M',
    stateMachineName: 'M',
    revision: 1,
    name,
    type: 'EXPRESS',
    status: 'RUNNING',
    startDateMs,
    stopDateMs: null,
    input: '{}',
    output: null,
    error: null,
    cause: null,
    redriveCount: 0,
    redriveDateMs: null,
  };
}

const started: StoredEvent = {
  id: 1,
  previousEventId: 0,
  type: 'ExecutionStarted',
  timestampMs: 1_000,
  details: JSON.stringify({ executionStartedEventDetails: { input: '{"n":1}', roleArn: 'arn:aws:iam::123456789012:role/R' } }),
};
const entered: StoredEvent = {
  id: 2,
  previousEventId: 1,
  type: 'PassStateEntered',
  timestampMs: 1_001,
  details: '{"stateEnteredEventDetails":{"name":"P"}}',
};
const failed: StoredEvent = {
  id: 3,
  previousEventId: 2,
  type: 'ExecutionFailed',
  timestampMs: 1_002,
  details: '{"executionFailedEventDetails":{"error":"E","cause":"C"}}',
};

const ALL_WITH_DATA = revision(logging({ level: 'ALL', includeExecutionData: true, destinations: destination(GROUP_ARN) }));

describe('ExecutionLogWriter', () => {
  it('delivers each event as a log record to the group of the ARN’s region, in a stream named states/{machine}/{minute}/{8 hex}', () => {
    const { store, writer } = setUp();
    const run = execution('e');
    writer.write(run, ALL_WITH_DATA, started);
    writer.write(run, ALL_WITH_DATA, entered);
    writer.flush();
    const group = store.getLogGroup('eu-west-1', '/aws/vendedlogs/states/M');
    expect(group).toBeDefined();
    const streams = store.listLogStreams(group!, '');
    expect(streams.map((s) => s.name)).toEqual([expect.stringMatching(/^states\/M\/2024-05-01-10-15\/[0-9a-f]{8}$/)]);
    const events = store.queryEvents({ groupId: group!.id, containing: [], limit: 10 });
    expect(events.map((e) => [e.timestampMs, e.ingestionTimeMs, e.message])).toEqual([
      [1_000, 9_000, toLogRecordMessage(started, run.arn, true)],
      [1_001, 9_000, toLogRecordMessage(entered, run.arn, true)],
    ]);
  });

  it('writes the execution’s redrive count into each record', () => {
    const { store, writer } = setUp();
    writer.write({ ...execution('e'), redriveCount: 2 }, ALL_WITH_DATA, entered);
    writer.flush();
    const group = store.getLogGroup('eu-west-1', '/aws/vendedlogs/states/M')!;
    expect(JSON.parse(store.queryEvents({ groupId: group.id, containing: [], limit: 10 })[0]!.message)).toMatchObject({
      redrive_count: '2',
    });
  });

  it('leaves the execution data out when the configuration says so', () => {
    const { store, writer } = setUp();
    const run = execution('e');
    writer.write(run, revision(logging({ level: 'ALL', includeExecutionData: false, destinations: destination(GROUP_ARN) })), started);
    writer.flush();
    const group = store.getLogGroup('eu-west-1', '/aws/vendedlogs/states/M')!;
    expect(store.queryEvents({ groupId: group.id, containing: [], limit: 10 })[0]?.message).toBe(
      toLogRecordMessage(started, run.arn, false),
    );
  });

  it('writes only the event types of the level: ERROR keeps ExecutionFailed and drops the rest here', () => {
    const { store, writer } = setUp();
    const errorsOnly = revision(logging({ level: 'ERROR', destinations: destination(GROUP_ARN) }));
    for (const event of [started, entered, failed]) writer.write(execution('e'), errorsOnly, event);
    writer.flush();
    const group = store.getLogGroup('eu-west-1', '/aws/vendedlogs/states/M')!;
    expect(store.queryEvents({ groupId: group.id, containing: [], limit: 10 }).map((e) => JSON.parse(e.message).type)).toEqual([
      'ExecutionFailed',
    ]);
  });

  it('writes nothing, not even a group, for a machine that does not log', () => {
    const { store, writer } = setUp();
    writer.write(execution('e'), revision(logging({ level: 'OFF', includeExecutionData: false })), started);
    writer.flush();
    expect(store.listLogGroups('eu-west-1', '', 0, 10)).toEqual([]);
    expect(store.listLogGroups('us-east-1', '', 0, 10)).toEqual([]);
  });

  it('shares one stream between executions started in the same minute, and opens another for the next minute', () => {
    const { store, writer } = setUp();
    writer.write(execution('a', Date.UTC(2024, 4, 1, 10, 15, 1)), ALL_WITH_DATA, started);
    writer.write(execution('b', Date.UTC(2024, 4, 1, 10, 15, 59)), ALL_WITH_DATA, started);
    writer.write(execution('c', Date.UTC(2024, 4, 1, 10, 16, 0)), ALL_WITH_DATA, started);
    writer.flush();
    const group = store.getLogGroup('eu-west-1', '/aws/vendedlogs/states/M')!;
    const streams = store.listLogStreams(group, '');
    expect(streams.map((s) => s.name.split('/')[2])).toEqual(['2024-05-01-10-15', '2024-05-01-10-16']);
    expect(new Set(streams.map((s) => s.name.split('/')[3])).size).toBe(1);
  });

  it('writes on the next event-loop turn by itself, stamping the ingestion time of that moment', async () => {
    const { store, writer, setClock } = setUp(5_000);
    writer.write(execution('e'), ALL_WITH_DATA, started);
    const group = store.getLogGroup('eu-west-1', '/aws/vendedlogs/states/M')!;
    expect(store.queryEvents({ groupId: group.id, containing: [], limit: 10 })).toEqual([]);
    setClock(6_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.queryEvents({ groupId: group.id, containing: [], limit: 10 }).map((e) => e.ingestionTimeMs)).toEqual([6_000]);
  });

  it('recreates the group after it was deleted, once told to forget its destinations', () => {
    const { store, writer } = setUp();
    writer.write(execution('e'), ALL_WITH_DATA, started);
    writer.flush();
    store.deleteLogGroup(store.getLogGroup('eu-west-1', '/aws/vendedlogs/states/M')!);
    writer.forgetDestinations();
    writer.write(execution('e'), ALL_WITH_DATA, entered);
    writer.flush();
    const group = store.getLogGroup('eu-west-1', '/aws/vendedlogs/states/M')!;
    expect(store.queryEvents({ groupId: group.id, containing: [], limit: 10 }).map((e) => e.timestampMs)).toEqual([1_001]);
  });
});
