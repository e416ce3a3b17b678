import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandOutput,
  InvalidNextToken,
  InvalidParameterValueException,
  ListMetricsCommand,
  type MetricDataQuery,
} from '@aws-sdk/client-cloudwatch';
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SFNClient } from '@aws-sdk/client-sfn';
import { startEmulator, type RunningEmulator } from '@/lib/emulator/start-emulator';
import { makeDataDir, ROLE_ARN } from '../../support/emulator-server/start-test-emulator';

const run = promisify(execFile);
const hasAwsCli = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasAwsCli) console.warn('Skipping the AWS CLI CloudWatch tests: `aws` is not on PATH (CI installs awscli).');

const HOUR = 3_600_000;
const PASS = JSON.stringify({ StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } });
const FAIL = JSON.stringify({ StartAt: 'Boom', States: { Boom: { Type: 'Fail', Error: 'Oops', Cause: 'on purpose' } } });
const NAP = JSON.stringify({ StartAt: 'Nap', States: { Nap: { Type: 'Wait', Seconds: 3600, End: true } } });
const SLOW = JSON.stringify({ TimeoutSeconds: 1, StartAt: 'Nap', States: { Nap: { Type: 'Wait', Seconds: 100, End: true } } });
const STATUS_METRICS = {
  SUCCEEDED: 'ExecutionsSucceeded',
  FAILED: 'ExecutionsFailed',
  TIMED_OUT: 'ExecutionsTimedOut',
  ABORTED: 'ExecutionsAborted',
} as const;

interface RanExecution {
  status: string;
  startMs: number;
  stopMs: number;
}

/** StartSyncExecution would go to the sync- host without disableHostPrefix. */
function makeClient(emulator: RunningEmulator): SFNClient {
  return new SFNClient({
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
    disableHostPrefix: true,
  });
}

describe('the emulator publishes the AWS/States metrics', () => {
  const data = makeDataDir();
  let emulator: RunningEmulator;
  let cloudWatch: CloudWatchClient;
  let standardArn: string;
  let expressArn: string;
  const ran = new Map<string, RanExecution[]>();
  const nowMs = Date.now();
  const windowStart = new Date(Math.floor((nowMs - 10 * HOUR) / HOUR) * HOUR);
  const windowEnd = new Date(nowMs + 60_000);

  async function backdate(executionArn: string, startMs: number): Promise<void> {
    const response = await fetch(emulator.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'StatescopeEmulator.BackdateExecution' },
      body: JSON.stringify({ ExecutionArn: executionArn, StartDate: startMs / 1000 }),
    });
    expect(response.status).toBe(200);
  }

  async function record(machineArn: string, executionArn: string): Promise<void> {
    const sfn = makeClient(emulator);
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    const list = ran.get(machineArn) ?? [];
    list.push({ status: described.status!, startMs: described.startDate!.getTime(), stopMs: described.stopDate!.getTime() });
    ran.set(machineArn, list);
  }

  function query(id: string, metricName: string, stateMachineArn: string, stat: string, period = 3600): MetricDataQuery {
    return {
      Id: id,
      MetricStat: {
        Metric: { Namespace: 'AWS/States', MetricName: metricName, Dimensions: [{ Name: 'StateMachineArn', Value: stateMachineArn }] },
        Period: period,
        Stat: stat,
      },
    };
  }

  async function sdkSeries(queries: MetricDataQuery[]) {
    const answer = await cloudWatch.send(
      new GetMetricDataCommand({ MetricDataQueries: queries, StartTime: windowStart, EndTime: windowEnd }),
    );
    return Object.fromEntries(
      answer.MetricDataResults!.map((r) => [r.Id!, r.Timestamps!.map((t, i) => [t.getTime(), r.Values![i]!] as [number, number])]),
    );
  }

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, dataDir: data.dir, timeScale: 0.01 });
    cloudWatch = new CloudWatchClient({
      endpoint: emulator.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
    });
    const sfn = makeClient(emulator);
    const create = async (name: string, definition: string, type?: 'EXPRESS') =>
      (await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn: ROLE_ARN, type }))).stateMachineArn!;
    standardArn = await create('Metered', PASS);
    const failArn = await create('MeteredFail', FAIL);
    const napArn = await create('MeteredNap', NAP);
    const slowArn = await create('MeteredSlow', SLOW);
    expressArn = await create('MeteredExpress', PASS, 'EXPRESS');

    // The Standard machine: 6 runs, back-dated two by two into three different hours. Each pair sits
    // ten minutes into its hour, so a test that starts just before an hour turns still sees three.
    const thisHour = Math.floor(nowMs / HOUR) * HOUR;
    for (let i = 0; i < 6; i += 1) {
      const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: standardArn, name: `run-${i}` }));
      await emulator.whenIdle();
      const hoursBack = [5, 5, 3, 3, 1, 1][i]!;
      await backdate(executionArn!, thisHour - hoursBack * HOUR + 10 * 60_000 + i * 60_000);
      await record(standardArn, executionArn!);
    }
    const failed = await sfn.send(new StartExecutionCommand({ stateMachineArn: failArn }));
    const napping = await sfn.send(new StartExecutionCommand({ stateMachineArn: napArn }));
    await sfn.send(new StopExecutionCommand({ executionArn: napping.executionArn! }));
    const slow = await sfn.send(new StartExecutionCommand({ stateMachineArn: slowArn }));
    await emulator.whenIdle();
    await record(failArn, failed.executionArn!);
    await record(napArn, napping.executionArn!);
    await record(slowArn, slow.executionArn!);
    // Express runs have no DescribeExecution: their dates come from the synchronous answer.
    const express: RanExecution[] = [];
    for (let i = 0; i < 3; i += 1) {
      const answer = await sfn.send(new StartSyncExecutionCommand({ stateMachineArn: expressArn }));
      express.push({ status: answer.status!, startMs: answer.startDate!.getTime(), stopMs: answer.stopDate!.getTime() });
    }
    ran.set(expressArn, express);
  }, 60_000);

  afterAll(async () => {
    await emulator?.close();
    data.remove();
  });

  it('counts, per status and per hour, exactly the executions the emulator ran (Standard and Express)', async () => {
    expect(
      [...ran.values()]
        .flat()
        .map((e) => e.status)
        .sort(),
    ).toEqual(['ABORTED', 'FAILED', 'TIMED_OUT', ...Array(9).fill('SUCCEEDED')].sort());
    for (const [machineArn, executions] of ran) {
      const names = ['ExecutionsStarted', ...Object.values(STATUS_METRICS)];
      const series = await sdkSeries(names.map((name) => query(name.charAt(0).toLowerCase() + name.slice(1), name, machineArn, 'Sum')));
      const bucket = (ms: number) => windowStart.getTime() + Math.floor((ms - windowStart.getTime()) / HOUR) * HOUR;
      const expected = (pick: (e: RanExecution) => number | undefined) => {
        const counts = new Map<number, number>();
        for (const e of executions) {
          const at = pick(e);
          if (at !== undefined) counts.set(bucket(at), (counts.get(bucket(at)) ?? 0) + 1);
        }
        return [...counts].sort((a, b) => b[0] - a[0]);
      };
      expect(series.executionsStarted).toEqual(expected((e) => e.startMs));
      for (const [status, name] of Object.entries(STATUS_METRICS)) {
        const id = name.charAt(0).toLowerCase() + name.slice(1);
        expect(series[id], `${name} of ${machineArn}`).toEqual(expected((e) => (e.status === status ? e.stopMs : undefined)));
      }
    }
    // The back-dated runs really spread: three hours hold the Standard machine's starts.
    expect((await sdkSeries([query('s', 'ExecutionsStarted', standardArn, 'Sum')])).s).toHaveLength(3);
  });

  it('answers ExecutionTime statistics and percentiles from the run durations, ExecutionThrottled 0', async () => {
    const durations = ran.get(standardArn)!.map((e) => e.stopMs - e.startMs);
    const series = await sdkSeries([
      query('mx', 'ExecutionTime', standardArn, 'Maximum', 86_400),
      query('mn', 'ExecutionTime', standardArn, 'Minimum', 86_400),
      query('n', 'ExecutionTime', standardArn, 'SampleCount', 86_400),
      query('p100', 'ExecutionTime', standardArn, 'p100', 86_400),
      query('th', 'ExecutionThrottled', standardArn, 'Sum', 86_400),
      query('st', 'ExecutionsStarted', standardArn, 'SampleCount', 86_400),
    ]);
    expect(series.mx![0]![1]).toBe(Math.max(...durations));
    expect(series.mn![0]![1]).toBe(Math.min(...durations));
    expect(series.n![0]![1]).toBe(6);
    expect(series.p100![0]![1]).toBe(Math.max(...durations));
    expect(series.th![0]![1]).toBe(0);
    // Emitted twice per execution, as AWS does: Sum counts starts, SampleCount does not.
    expect(series.st![0]![1]).toBe(12);
  });

  it('pages with MaxDatapoints and NextToken, oldest first with ScanBy TimestampAscending', async () => {
    const input = {
      MetricDataQueries: [query('a', 'ExecutionsStarted', standardArn, 'Sum'), query('b', 'ExecutionsSucceeded', standardArn, 'Sum')],
      StartTime: windowStart,
      EndTime: windowEnd,
      MaxDatapoints: 2,
      ScanBy: 'TimestampAscending' as const,
    };
    const pages: GetMetricDataCommandOutput[] = [];
    let token: string | undefined;
    do {
      const page = await cloudWatch.send(new GetMetricDataCommand({ ...input, NextToken: token }));
      pages.push(page);
      token = page.NextToken;
    } while (token && pages.length < 10);
    expect(pages).toHaveLength(3);
    const values = (id: string) => pages.flatMap((p) => p.MetricDataResults!.find((r) => r.Id === id)!.Timestamps!.map((t) => t.getTime()));
    const a = values('a');
    expect(a).toEqual([...a].sort((x, y) => x - y));
    expect(a).toHaveLength(3);
    expect(pages[0]!.MetricDataResults![0]!.StatusCode).toBe('PartialData');
    await expect(cloudWatch.send(new GetMetricDataCommand({ ...input, NextToken: 'bm9wZQ' }))).rejects.toBeInstanceOf(InvalidNextToken);
  });

  it('lists the metrics each state machine published', async () => {
    const answer = await cloudWatch.send(
      new ListMetricsCommand({ Namespace: 'AWS/States', Dimensions: [{ Name: 'StateMachineArn', Value: expressArn }] }),
    );
    expect(answer.Metrics!.map((m) => m.MetricName).sort()).toEqual([
      'ExecutionThrottled',
      'ExecutionTime',
      'ExecutionsStarted',
      'ExecutionsSucceeded',
    ]);
    expect(answer.Metrics![0]!.Dimensions).toEqual([{ Name: 'StateMachineArn', Value: expressArn }]);
    expect((await cloudWatch.send(new ListMetricsCommand({ Namespace: 'AWS/Lambda' }))).Metrics).toEqual([]);
    const failed = await cloudWatch.send(new ListMetricsCommand({ MetricName: 'ExecutionsFailed' }));
    expect(failed.Metrics).toHaveLength(1);
  });

  it('refuses bad input with CloudWatch error codes and clear messages', async () => {
    const bad = (over: Partial<MetricDataQuery['MetricStat']>) =>
      cloudWatch.send(
        new GetMetricDataCommand({
          MetricDataQueries: [{ Id: 'q', MetricStat: { ...query('q', 'ExecutionsStarted', standardArn, 'Sum').MetricStat!, ...over } }],
          StartTime: windowStart,
          EndTime: windowEnd,
        }),
      );
    await expect(bad({ Period: 90 })).rejects.toThrow(/Period must be a multiple of 60/);
    await expect(bad({ Period: 90 })).rejects.toBeInstanceOf(InvalidParameterValueException);
    await expect(bad({ Stat: 'Median' })).rejects.toThrow(/Stat has the value 'Median'/);
    await expect(
      cloudWatch.send(new GetMetricDataCommand({ MetricDataQueries: [], StartTime: windowEnd, EndTime: windowStart })),
    ).rejects.toThrow('The parameter StartTime must be less than the parameter EndTime.');
    const tooMany = Array.from({ length: 501 }, (_, i) => query(`q${i}`, 'ExecutionsStarted', standardArn, 'Sum'));
    await expect(
      cloudWatch.send(new GetMetricDataCommand({ MetricDataQueries: tooMany, StartTime: windowStart, EndTime: windowEnd })),
    ).rejects.toThrow(/length less than or equal to 500/);
    await expect(
      cloudWatch.send(
        new GetMetricDataCommand({
          MetricDataQueries: [{ Id: 'e', Expression: 'SUM(METRICS())' }],
          StartTime: windowStart,
          EndTime: windowEnd,
        }),
      ),
    ).rejects.toThrow(/serves MetricStat queries only/);
  });

  it('speaks the Query protocol (older AWS CLIs) with the same numbers as the SDK', async () => {
    const form = new URLSearchParams({
      Action: 'GetMetricData',
      Version: '2010-08-01',
      'MetricDataQueries.member.1.Id': 'st',
      'MetricDataQueries.member.1.MetricStat.Metric.Namespace': 'AWS/States',
      'MetricDataQueries.member.1.MetricStat.Metric.MetricName': 'ExecutionsStarted',
      'MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name': 'StateMachineArn',
      'MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value': standardArn,
      'MetricDataQueries.member.1.MetricStat.Period': '3600',
      'MetricDataQueries.member.1.MetricStat.Stat': 'Sum',
      StartTime: windowStart.toISOString(),
      EndTime: windowEnd.toISOString(),
    });
    const response = await fetch(emulator.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toContain('<GetMetricDataResponse xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/">');
    const members = (tag: string) =>
      [...(new RegExp(`<${tag}>(.*?)</${tag}>`).exec(xml)?.[1] ?? '').matchAll(/<member>(.*?)<\/member>/g)].map((m) => m[1]!);
    const fromQuery = members('Timestamps').map((t, i) => [Date.parse(t), Number(members('Values')[i])]);
    expect(fromQuery).toEqual((await sdkSeries([query('st', 'ExecutionsStarted', standardArn, 'Sum')])).st);

    form.set('MetricDataQueries.member.1.MetricStat.Period', '61');
    const refused = await fetch(emulator.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(
      /<Error><Type>Sender<\/Type><Code>InvalidParameterValue<\/Code><Message>The parameter .*Period must be a multiple of 60/,
    );
  });

  describe.skipIf(!hasAwsCli)('the AWS CLI', () => {
    async function aws(...args: string[]): Promise<Record<string, unknown>> {
      const { stdout } = await run('aws', ['cloudwatch', ...args, '--endpoint-url', emulator.url, '--output', 'json'], {
        env: {
          ...process.env,
          AWS_ACCESS_KEY_ID: 'test',
          AWS_SECRET_ACCESS_KEY: 'test',
          AWS_DEFAULT_REGION: 'us-east-1',
          AWS_PAGER: '',
          AWS_CONFIG_FILE: '/dev/null',
          AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
          AWS_EC2_METADATA_DISABLED: 'true',
        },
      });
      return JSON.parse(stdout) as Record<string, unknown>;
    }

    it('get-metric-data returns the same numbers as the SDK', async () => {
      const queries = Object.values(STATUS_METRICS).map((name, i) => query(`m${i}`, name, standardArn, 'Sum'));
      queries.push(query('p', 'ExecutionTime', standardArn, 'p50'));
      const answer = await aws(
        'get-metric-data',
        '--metric-data-queries',
        JSON.stringify(queries),
        '--start-time',
        windowStart.toISOString(),
        '--end-time',
        windowEnd.toISOString(),
      );
      const results = answer.MetricDataResults as Array<{ Id: string; Timestamps: Array<string | number>; Values: number[] }>;
      // CLI v1 prints the wire's epoch seconds (cli_timestamp_format none), v2 ISO 8601 text.
      const toMs = (t: string | number) => (typeof t === 'number' ? t * 1000 : Date.parse(t));
      const fromCli = Object.fromEntries(results.map((r) => [r.Id, r.Timestamps.map((t, i) => [toMs(t), r.Values[i]])]));
      expect(fromCli).toEqual(await sdkSeries(queries));
      expect(fromCli.m0!.length).toBeGreaterThan(0);
    });

    it('list-metrics lists the same metrics as the SDK', async () => {
      const fromCli = (await aws('list-metrics', '--namespace', 'AWS/States')).Metrics;
      const fromSdk = (await cloudWatch.send(new ListMetricsCommand({ Namespace: 'AWS/States' }))).Metrics;
      expect(fromCli).toEqual(fromSdk);
    });
  });
});
