import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  paginateFilterLogEvents,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  DescribeStateMachineCommand,
  ListExecutionsCommand,
  SFNClient,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLoggedMachine,
  logGroupArn,
  REGION,
  startExpressEmulator,
  type ExpressEmulator,
} from '../../support/express/express-emulator';

const PASS = { StartAt: 'Hello', States: { Hello: { Type: 'Pass', Result: { greeting: 'hi' }, ResultPath: '$.out', End: true } } };
const FAIL = {
  StartAt: 'Check',
  States: {
    Check: { Type: 'Pass', Next: 'Boom' },
    Boom: { Type: 'Fail', Error: 'OrderRejected', Cause: 'The order total is negative' },
  },
};

interface Record_ {
  id: string;
  type: string;
  details: Record<string, unknown>;
  previous_event_id: string;
  event_timestamp: string;
  execution_arn: string;
  redrive_count: string;
}

describe('Express workflows and CloudWatch Logs in the emulator, through the unmodified SDK', () => {
  let env: ExpressEmulator;

  beforeAll(async () => {
    env = await startExpressEmulator();
  });
  afterAll(async () => {
    await env?.close();
  });

  async function recordsOf(group: string, executionArn?: string): Promise<Record_[]> {
    const out: Record_[] = [];
    const pages = paginateFilterLogEvents(
      { client: env.logs },
      { logGroupName: group, ...(executionArn ? { filterPattern: `{ $.execution_arn = "${executionArn}" }` } : {}) },
    );
    for await (const page of pages) for (const event of page.events ?? []) out.push(JSON.parse(event.message!) as Record_);
    return out;
  }

  it('creates and describes log groups, and refuses a duplicate', async () => {
    await env.logs.send(new CreateLogGroupCommand({ logGroupName: '/aws/vendedlogs/states/created' }));
    await expect(env.logs.send(new CreateLogGroupCommand({ logGroupName: '/aws/vendedlogs/states/created' }))).rejects.toMatchObject({
      name: 'ResourceAlreadyExistsException',
    });
    const out = await env.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/vendedlogs/states/cr' }));
    expect(out.logGroups?.map((g) => [g.logGroupName, g.arn])).toEqual([
      ['/aws/vendedlogs/states/created', logGroupArn('/aws/vendedlogs/states/created')],
    ]);
  });

  it('StartSyncExecution returns the result and billing details, and logs every event at ALL with data', async () => {
    const group = '/aws/vendedlogs/states/sync-all';
    const arn = await createLoggedMachine(env.sfn, 'SyncAll', PASS, { level: 'ALL', includeExecutionData: true, logGroupName: group });
    const out = await env.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: arn, name: 'first', input: '{"n":1}' }));
    expect(out).toMatchObject({ status: 'SUCCEEDED', name: 'first', output: '{"n":1,"out":{"greeting":"hi"}}', input: '{"n":1}' });
    expect(out.executionArn).toMatch(/^arn:aws:states:us-east-1:123456789012:express:SyncAll:first:[0-9a-f-]{36}$/);
    expect(out.billingDetails).toEqual({ billedMemoryUsedInMB: 64, billedDurationInMilliseconds: 100 });

    const records = await recordsOf(group);
    expect(records.map((r) => [r.id, r.type, r.previous_event_id])).toEqual([
      ['1', 'ExecutionStarted', '0'],
      ['2', 'PassStateEntered', '0'],
      ['3', 'PassStateExited', '2'],
      ['4', 'ExecutionSucceeded', '3'],
    ]);
    expect(Object.keys(records[0]!)).toEqual([
      'id',
      'type',
      'details',
      'previous_event_id',
      'event_timestamp',
      'execution_arn',
      'redrive_count',
    ]);
    expect(records[0]!.details).toEqual({
      input: '{"n":1}',
      inputDetails: { truncated: false },
      roleArn: 'arn:aws:iam::123456789012:role/statescope-test',
    });
    expect(records[3]!.details).toEqual({ output: '{"n":1,"out":{"greeting":"hi"}}', outputDetails: { truncated: false } });
    expect(
      records.every((r) => r.execution_arn === out.executionArn && r.redrive_count === '0' && /^\d{13}$/.test(r.event_timestamp)),
    ).toBe(true);

    const streams = await env.logs.send(new DescribeLogStreamsCommand({ logGroupName: group }));
    expect(streams.logStreams).toHaveLength(1);
    expect(streams.logStreams![0]!.logStreamName).toMatch(/^states\/SyncAll\/\d{4}-\d\d-\d\d-\d\d-\d\d\/[0-9a-f]{8}$/);
  });

  it('returns HTTP 200 with status FAILED for a failing sync execution, and without data keeps only names, error and cause', async () => {
    const group = '/aws/vendedlogs/states/sync-nodata';
    const arn = await createLoggedMachine(env.sfn, 'SyncNoData', FAIL, { level: 'ALL', includeExecutionData: false, logGroupName: group });
    const out = await env.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: arn, input: '{"total":-1}' }));
    expect(out).toMatchObject({ status: 'FAILED', error: 'OrderRejected', cause: 'The order total is negative' });
    const records = await recordsOf(group);
    expect(records.map((r) => [r.type, r.details])).toEqual([
      ['ExecutionStarted', { roleArn: 'arn:aws:iam::123456789012:role/statescope-test' }],
      ['PassStateEntered', { name: 'Check' }],
      ['PassStateExited', { name: 'Check' }],
      ['FailStateEntered', { name: 'Boom' }],
      ['ExecutionFailed', { error: 'OrderRejected', cause: 'The order total is negative' }],
    ]);
  });

  it.each([
    ['ERROR', ['FailStateEntered', 'ExecutionFailed']],
    ['FATAL', ['ExecutionFailed']],
    ['OFF', []],
  ] as const)('logs only the types of level %s', async (level, types) => {
    const group = `/aws/vendedlogs/states/level-${level}`;
    await env.logs.send(new CreateLogGroupCommand({ logGroupName: group }));
    const arn = await createLoggedMachine(env.sfn, `Level${level}`, FAIL, {
      level,
      includeExecutionData: true,
      ...(level === 'OFF' ? {} : { logGroupName: group }),
    });
    await env.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: arn }));
    await env.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: arn.replace('FAIL', 'x') }));
    const records = await recordsOf(group);
    expect(records.map((r) => r.type)).toEqual([...types, ...types]);
  });

  it('delivers asynchronous Express starts; several executions share one stream and a filter finds one of them', async () => {
    const group = '/aws/vendedlogs/states/async';
    const arn = await createLoggedMachine(env.sfn, 'Async', PASS, { level: 'ALL', includeExecutionData: true, logGroupName: group });
    const started = await Promise.all(
      [1, 2, 3].map((n) => env.sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: `run-${n}`, input: `{"n":${n}}` }))),
    );
    await env.emulator.whenIdle();
    const all = await recordsOf(group);
    expect(all).toHaveLength(12);
    expect(new Set(all.map((r) => r.execution_arn))).toEqual(new Set(started.map((s) => s.executionArn)));
    const streams = await env.logs.send(new DescribeLogStreamsCommand({ logGroupName: group }));
    expect(streams.logStreams!.length).toBeLessThanOrEqual(2); // one per minute of start time

    const second = await recordsOf(group, started[1]!.executionArn);
    expect(second.map((r) => r.type)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
    expect(second[0]!.details.input).toBe('{"n":2}');

    const terminal = await env.logs.send(
      new FilterLogEventsCommand({ logGroupName: group, filterPattern: '{ $.type = "ExecutionSucceeded" || $.type = "ExecutionFailed" }' }),
    );
    expect(terminal.events).toHaveLength(3);
    expect(terminal.events![0]).toMatchObject({ logStreamName: expect.stringMatching(/^states\/Async\//), eventId: expect.any(String) });
  });

  it('pages FilterLogEvents with nextToken and GetLogEvents with forward and backward tokens', async () => {
    const group = '/aws/vendedlogs/states/paging';
    await env.logs.send(new CreateLogGroupCommand({ logGroupName: group }));
    await env.logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: 's1' }));
    await env.logs.send(
      new PutLogEventsCommand({
        logGroupName: group,
        logStreamName: 's1',
        logEvents: Array.from({ length: 25 }, (_, i) => ({ timestamp: 1_700_000_000_000 + i, message: `line ${i}` })),
      }),
    );
    const first = await env.logs.send(new FilterLogEventsCommand({ logGroupName: group, limit: 10 }));
    expect(first.events?.map((e) => e.message)).toEqual(Array.from({ length: 10 }, (_, i) => `line ${i}`));
    const second = await env.logs.send(new FilterLogEventsCommand({ logGroupName: group, limit: 10, nextToken: first.nextToken }));
    expect(second.events?.[0]?.message).toBe('line 10');
    const windowed = await env.logs.send(
      new FilterLogEventsCommand({ logGroupName: group, startTime: 1_700_000_000_005, endTime: 1_700_000_000_007, filterPattern: 'line' }),
    );
    expect(windowed.events?.map((e) => e.message)).toEqual(['line 5', 'line 6', 'line 7']);
    expect(windowed.nextToken).toBeUndefined();

    const head = await env.logs.send(new GetLogEventsCommand({ logGroupName: group, logStreamName: 's1', startFromHead: true, limit: 20 }));
    expect(head.events?.at(-1)?.message).toBe('line 19');
    const rest = await env.logs.send(
      new GetLogEventsCommand({ logGroupName: group, logStreamName: 's1', nextToken: head.nextForwardToken, limit: 20 }),
    );
    expect(rest.events?.map((e) => e.message)).toEqual(['line 20', 'line 21', 'line 22', 'line 23', 'line 24']);
    const end = await env.logs.send(
      new GetLogEventsCommand({ logGroupName: group, logStreamName: 's1', nextToken: rest.nextForwardToken }),
    );
    expect(end.events).toEqual([]);
    expect(end.nextForwardToken).toBe(rest.nextForwardToken);
    const tail = await env.logs.send(new GetLogEventsCommand({ logGroupName: group, logStreamName: 's1', limit: 2 }));
    expect(tail.events?.map((e) => e.message)).toEqual(['line 23', 'line 24']);
  });

  it('reports a missing log group as ResourceNotFoundException and a bad pattern as InvalidParameterException', async () => {
    await expect(env.logs.send(new FilterLogEventsCommand({ logGroupName: 'nope' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    await env.logs.send(new CreateLogGroupCommand({ logGroupName: 'bad-pattern' }));
    await expect(
      env.logs.send(new FilterLogEventsCommand({ logGroupName: 'bad-pattern', filterPattern: '{ $.type = ' })),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });
  });

  it('keeps the logging configuration on Describe, refuses sync starts of Standard machines and Express listing', async () => {
    const arn = await createLoggedMachine(env.sfn, 'Described', PASS, {
      level: 'ERROR',
      includeExecutionData: false,
      logGroupName: 'described',
    });
    const described = await env.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
    expect(described.type).toBe('EXPRESS');
    expect(described.loggingConfiguration).toEqual({
      level: 'ERROR',
      includeExecutionData: false,
      destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: logGroupArn('described') } }],
    });
    await expect(env.sfn.send(new ListExecutionsCommand({ stateMachineArn: arn }))).rejects.toMatchObject({
      name: 'StateMachineTypeNotSupported',
    });
    const standard = await createLoggedMachine(env.sfn, 'StandardOne', PASS, { level: 'OFF', includeExecutionData: false }, 'STANDARD');
    await expect(env.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: standard }))).rejects.toMatchObject({
      name: 'StateMachineTypeNotSupported',
    });
  });

  it('logs executions started after UpdateStateMachine turns logging on, at the new level', async () => {
    const arn = await createLoggedMachine(env.sfn, 'TurnedOn', FAIL, { level: 'OFF', includeExecutionData: false });
    await env.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: arn, name: 'before' }));
    await env.sfn.send(
      new UpdateStateMachineCommand({
        stateMachineArn: arn,
        loggingConfiguration: {
          level: 'FATAL',
          includeExecutionData: false,
          destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: logGroupArn('turned-on') } }],
        },
      }),
    );
    const after = await env.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: arn, name: 'after' }));
    const records = await recordsOf('turned-on');
    expect(records.map((r) => [r.type, r.execution_arn])).toEqual([['ExecutionFailed', after.executionArn]]);
    expect((await env.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }))).loggingConfiguration?.level).toBe('FATAL');
  });

  it('is reached on the sync- host only when the SDK keeps its host prefix (documented: use disableHostPrefix)', async () => {
    const prefixed = new SFNClient({
      endpoint: env.url,
      region: REGION,
      credentials: { accessKeyId: 't', secretAccessKey: 't' },
      maxAttempts: 1,
    });
    const arn = `arn:aws:states:${REGION}:123456789012:stateMachine:SyncAll`;
    await expect(prefixed.send(new StartSyncExecutionCommand({ stateMachineArn: arn }))).rejects.toMatchObject({
      message: expect.stringMatching(/sync-127\.0\.0\.1|ENOTFOUND|EAI_AGAIN/),
    });
    prefixed.destroy();
  });
});
