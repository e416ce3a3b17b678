import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  DescribeMapRunCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListMapRunsCommand,
  RedriveExecutionCommand,
  StartExecutionCommand,
  StopExecutionCommand,
  type HistoryEvent,
  type SFNClient,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@/lib/emulator/start-emulator';
import { makeClient, makeDataDir, ROLE_ARN } from '../../support/emulator-server/start-test-emulator';

const LAMBDA = (name: string) => `arn:aws:lambda:us-east-1:123456789012:function:${name}`;
// Fails for every value listed in the flag file, and logs each call, so a test can "fix the code".
const PICKY = `
import { appendFileSync, readFileSync } from 'node:fs';
export async function handler(event) {
  appendFileSync(process.env.REDRIVE_TEST_DIR + '/calls.log', JSON.stringify(event) + '\\n');
  const failing = JSON.parse(readFileSync(process.env.REDRIVE_TEST_DIR + '/failing.json', 'utf8'));
  if (failing.includes(event.value)) {
    const error = new Error('value ' + event.value + ' is broken');
    error.name = 'BrokenValue';
    throw error;
  }
  return { done: event.value };
}
`;

const TASK = JSON.stringify({
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Parameters: { 'value.$': '$.value' }, Next: 'Charge' },
    Charge: { Type: 'Task', Resource: LAMBDA('picky'), End: true },
  },
});
const MAP = JSON.stringify({
  StartAt: 'Each',
  States: {
    Each: {
      Type: 'Map',
      ItemsPath: '$.values',
      MaxConcurrency: 1,
      ItemSelector: { 'value.$': '$$.Map.Item.Value' },
      ItemProcessor: { StartAt: 'Work', States: { Work: { Type: 'Task', Resource: LAMBDA('picky'), End: true } } },
      End: true,
    },
  },
});
const PARALLEL = JSON.stringify({
  StartAt: 'Both',
  States: {
    Both: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'Steady', States: { Steady: { Type: 'Pass', Result: 'steady', End: true } } },
        {
          StartAt: 'Shape',
          States: {
            Shape: { Type: 'Pass', Parameters: { value: 'p' }, Next: 'Flaky' },
            Flaky: { Type: 'Task', Resource: LAMBDA('picky'), End: true },
          },
        },
      ],
      End: true,
    },
  },
});
// One item at a time, one failure tolerated: the second failure fails the run and leaves items unstarted.
const DISTRIBUTED = JSON.stringify({
  StartAt: 'Each',
  States: {
    Each: {
      Type: 'Map',
      Label: 'Charges',
      ItemsPath: '$.values',
      MaxConcurrency: 1,
      ToleratedFailureCount: 1,
      ItemSelector: { 'value.$': '$$.Map.Item.Value' },
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, ...JSON.parse(TASK) },
      End: true,
    },
  },
});
const WAIT = JSON.stringify({ StartAt: 'Nap', States: { Nap: { Type: 'Wait', Seconds: 3600, End: true } } });

describe('RedriveExecution through the AWS SDK', () => {
  const data = makeDataDir();
  const handlersDir = path.join(data.dir, 'handlers');
  let emulator: RunningEmulator;
  let sfn: SFNClient;

  const setFailing = (values: unknown[]) => writeFileSync(path.join(data.dir, 'failing.json'), JSON.stringify(values));
  const calls = () =>
    readFileSync(path.join(data.dir, 'calls.log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { value: unknown });

  async function create(name: string, definition: string, type: 'STANDARD' | 'EXPRESS' = 'STANDARD'): Promise<string> {
    return (await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn: ROLE_ARN, type }))).stateMachineArn!;
  }

  async function run(stateMachineArn: string, input: unknown): Promise<string> {
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify(input) }));
    await emulator.whenIdle();
    return executionArn!;
  }

  async function redrive(executionArn: string, clientToken?: string) {
    const answer = await sfn.send(new RedriveExecutionCommand({ executionArn, clientToken }));
    await emulator.whenIdle();
    return answer;
  }

  async function history(executionArn: string): Promise<HistoryEvent[]> {
    return (await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }))).events!;
  }

  /** The events a redrive appended: from ExecutionRedriven on. */
  const afterRedrive = (events: HistoryEvent[]) => events.slice(events.findIndex((event) => event.type === 'ExecutionRedriven'));

  beforeAll(async () => {
    mkdirSync(handlersDir);
    writeFileSync(path.join(handlersDir, 'picky.mjs'), PICKY);
    writeFileSync(path.join(data.dir, 'calls.log'), '');
    process.env.REDRIVE_TEST_DIR = data.dir;
    emulator = await startEmulator({ port: 0, dataDir: data.dir, handlersDir, timeScale: 0.001 });
    sfn = makeClient(emulator);
  });

  afterAll(async () => {
    await emulator.close();
    data.remove();
  });

  it('reruns only the failed Task, with its recorded input, after its handler is fixed, and appends to the history', async () => {
    setFailing(['v1']);
    const executionArn = await run(await create('task', TASK), { value: 'v1' });
    const failed = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(failed).toMatchObject({ status: 'FAILED', error: 'BrokenValue', redriveCount: 0, redriveStatus: 'REDRIVABLE' });
    expect(failed.redriveStatusReason).toBeUndefined();
    const before = await history(executionArn);

    setFailing([]);
    const { redriveDate } = await redrive(executionArn);
    const after = await history(executionArn);
    expect(after.slice(0, before.length)).toEqual(before);
    const rerun = afterRedrive(after);
    const lastBefore = before.at(-1)!;
    expect(rerun[0]).toMatchObject({
      id: lastBefore.id! + 1,
      previousEventId: lastBefore.id,
      executionRedrivenEventDetails: { redriveCount: 1 },
    });
    expect(rerun.map((event) => event.type)).toEqual([
      'ExecutionRedriven',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    expect(rerun[1]!.stateEnteredEventDetails).toEqual(before.find((event) => event.type === 'TaskStateEntered')!.stateEnteredEventDetails);
    expect(after.filter((event) => event.type === 'PassStateEntered')).toHaveLength(1);
    expect(calls().filter((call) => call.value === 'v1')).toHaveLength(2);

    const succeeded = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(succeeded).toMatchObject({
      status: 'SUCCEEDED',
      output: '{"done":"v1"}',
      redriveCount: 1,
      redriveDate,
      redriveStatus: 'NOT_REDRIVABLE',
      redriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven',
    });
    expect(succeeded.error).toBeUndefined();
    const stateMachineArn = succeeded.stateMachineArn!;
    const redriven = await sfn.send(new ListExecutionsCommand({ stateMachineArn, redriveFilter: 'REDRIVEN' }));
    expect(redriven.executions!.map((item) => [item.executionArn, item.redriveCount, item.redriveDate])).toEqual([
      [executionArn, 1, redriveDate],
    ]);
    const notRedriven = await sfn.send(new ListExecutionsCommand({ stateMachineArn, redriveFilter: 'NOT_REDRIVEN' }));
    expect(notRedriven.executions).toEqual([]);
  });

  it('reruns only the unsuccessful iterations of an inline Map and keeps the others’ results', async () => {
    setFailing(['m3']);
    const executionArn = await run(await create('map', MAP), { values: ['m1', 'm2', 'm3', 'm4'] });
    expect((await sfn.send(new DescribeExecutionCommand({ executionArn }))).status).toBe('FAILED');
    setFailing([]);
    await redrive(executionArn);
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(described.status).toBe('SUCCEEDED');
    expect(JSON.parse(described.output!)).toEqual(['m1', 'm2', 'm3', 'm4'].map((value) => ({ done: value })));
    const rerun = afterRedrive(await history(executionArn));
    expect(
      rerun.filter((event) => event.type === 'MapIterationStarted').map((event) => event.mapIterationStartedEventDetails!.index),
    ).toEqual([2, 3]);
    expect(rerun.find((event) => event.type === 'MapStateStarted')!.mapStateStartedEventDetails).toEqual({ length: 4 });
    const counts = (value: string) => calls().filter((call) => call.value === value).length;
    expect(['m1', 'm2', 'm3', 'm4'].map(counts)).toEqual([1, 1, 2, 1]);
  });

  it('reruns only the failed branch of a Parallel, from its failed state', async () => {
    setFailing(['p']);
    const executionArn = await run(await create('parallel', PARALLEL), {});
    setFailing([]);
    await redrive(executionArn);
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(described.status).toBe('SUCCEEDED');
    expect(JSON.parse(described.output!)).toEqual(['steady', { done: 'p' }]);
    const rerun = afterRedrive(await history(executionArn));
    expect(
      rerun.filter((event) => String(event.type).endsWith('StateEntered')).map((event) => event.stateEnteredEventDetails!.name),
    ).toEqual(['Both', 'Flaky']);
  });

  it('answers a repeated client token with the first redrive and does not redrive again', async () => {
    setFailing(['t']);
    const executionArn = await run(await create('token', TASK), { value: 't' });
    const first = await redrive(executionArn, 'token-1');
    const again = await redrive(executionArn, 'token-1');
    expect(again.redriveDate).toEqual(first.redriveDate);
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(described).toMatchObject({ status: 'FAILED', redriveCount: 1 });
    const second = await redrive(executionArn, 'token-2');
    expect(second.redriveDate!.getTime()).toBeGreaterThanOrEqual(first.redriveDate!.getTime());
    const events = await history(executionArn);
    expect(events.filter((event) => event.type === 'ExecutionRedriven').map((event) => event.executionRedrivenEventDetails)).toEqual([
      { redriveCount: 1 },
      { redriveCount: 2 },
    ]);
  });

  it('refuses running, succeeded, Express, expired and unknown executions as AWS does', async () => {
    const refusal = (executionArn: string) => sfn.send(new RedriveExecutionCommand({ executionArn }));
    const waitArn = await create('waits', WAIT);
    const { executionArn: running } = await sfn.send(new StartExecutionCommand({ stateMachineArn: waitArn }));
    await expect(refusal(running!)).rejects.toMatchObject({
      name: 'ExecutionNotRedrivable',
      message: 'Execution is RUNNING and cannot be redriven',
    });
    await sfn.send(new StopExecutionCommand({ executionArn: running }));

    setFailing([]);
    const succeeded = await run(await create('fine', TASK), { value: 'ok' });
    await expect(refusal(succeeded)).rejects.toMatchObject({
      name: 'ExecutionNotRedrivable',
      message: 'Execution is SUCCEEDED and cannot be redriven',
    });

    setFailing(['old']);
    const old = await run(await create('old', TASK), { value: 'old' });
    const response = await fetch(emulator.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'StatescopeEmulator.BackdateExecution' },
      body: JSON.stringify({ ExecutionArn: old, StartDate: (Date.now() - 15 * 86_400_000) / 1000 }),
    });
    expect(response.status).toBe(200);
    await expect(refusal(old)).rejects.toMatchObject({ name: 'ExecutionNotRedrivable', message: 'Execution redrivable period exceeded' });
    expect(await sfn.send(new DescribeExecutionCommand({ executionArn: old }))).toMatchObject({
      redriveStatus: 'NOT_REDRIVABLE',
      redriveStatusReason: 'Execution redrivable period exceeded',
    });

    const express = await create('fast', TASK, 'EXPRESS');
    const { executionArn: expressArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: express, input: '{"value":"x"}' }));
    await emulator.whenIdle();
    await expect(refusal(expressArn!)).rejects.toMatchObject({ name: 'InvalidArn' });

    const unknown = `${waitArn.replace(':stateMachine:', ':execution:')}:nobody`;
    await expect(refusal(unknown)).rejects.toMatchObject({
      name: 'ExecutionDoesNotExist',
      message: `Execution Does Not Exist: '${unknown}'`,
    });
  });
  it("redrives a Distributed Map's Map Run: only its failed children are redriven and its unstarted items started, in the same run", async () => {
    const values = Array.from({ length: 20 }, (_, i) => i);
    setFailing([3, 7]);
    const parentArn = await run(await create('charges', DISTRIBUTED), { values });
    expect(await sfn.send(new DescribeExecutionCommand({ executionArn: parentArn }))).toMatchObject({ status: 'FAILED' });
    const [mapRun] = (await sfn.send(new ListMapRunsCommand({ executionArn: parentArn }))).mapRuns!;
    const mapRunArn = mapRun!.mapRunArn!;
    const before = await sfn.send(new DescribeMapRunCommand({ mapRunArn }));
    expect(before).toMatchObject({ status: 'FAILED', redriveCount: 0 });
    expect(before.itemCounts).toMatchObject({ succeeded: 6, failed: 2, pending: 12, total: 20, pendingRedrive: 0 });
    const children = async () => (await sfn.send(new ListExecutionsCommand({ mapRunArn, maxResults: 100 }))).executions!;
    const failedBefore = (await children()).filter((child) => child.status === 'FAILED');
    expect(failedBefore).toHaveLength(2);
    const failedArn = failedBefore[0]!.executionArn!;

    // A child is redriven only through its parent's Map Run.
    expect(await sfn.send(new DescribeExecutionCommand({ executionArn: failedArn }))).toMatchObject({
      status: 'FAILED',
      redriveStatus: 'REDRIVABLE_BY_MAP_RUN',
      mapRunArn,
    });
    await expect(sfn.send(new RedriveExecutionCommand({ executionArn: failedArn }))).rejects.toMatchObject({
      name: 'ExecutionNotRedrivable',
    });
    const succeededChild = (await children()).find((child) => child.status === 'SUCCEEDED')!;
    expect(await sfn.send(new DescribeExecutionCommand({ executionArn: succeededChild.executionArn }))).toMatchObject({
      redriveStatus: 'NOT_REDRIVABLE',
      redriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven',
    });

    setFailing([]);
    const callsBefore = calls().length;
    await redrive(parentArn);
    expect(
      calls()
        .slice(callsBefore)
        .map((call) => call.value),
    ).toEqual([3, 7, ...values.slice(8)]);
    expect(await sfn.send(new DescribeExecutionCommand({ executionArn: parentArn }))).toMatchObject({
      status: 'SUCCEEDED',
      redriveCount: 1,
    });
    const rerun = afterRedrive(await history(parentArn));
    expect(rerun.map((event) => event.type)).toEqual([
      'ExecutionRedriven',
      'MapStateEntered',
      'MapStateStarted',
      'MapRunRedriven',
      'MapRunSucceeded',
      'MapStateSucceeded',
      'MapStateExited',
      'ExecutionSucceeded',
    ]);
    expect(rerun[3]!.mapRunRedrivenEventDetails).toEqual({ mapRunArn, redriveCount: 1 });
    const output = JSON.parse((await sfn.send(new DescribeExecutionCommand({ executionArn: parentArn }))).output!) as unknown[];
    expect(output).toEqual(values.map((value) => ({ done: value })));

    // The same Map Run, redriven once; its failed children redriven themselves (same ARN, history continued).
    expect((await sfn.send(new ListMapRunsCommand({ executionArn: parentArn }))).mapRuns).toHaveLength(1);
    const after = await sfn.send(new DescribeMapRunCommand({ mapRunArn }));
    expect(after).toMatchObject({ status: 'SUCCEEDED', redriveCount: 1 });
    expect(after.redriveDate).toBeInstanceOf(Date);
    expect(after.itemCounts).toMatchObject({
      succeeded: 20,
      failed: 0,
      pending: 0,
      total: 20,
      pendingRedrive: 0,
      failuresNotRedrivable: 0,
    });
    const all = await children();
    expect(all).toHaveLength(20);
    expect(all.find((child) => child.executionArn === failedArn)).toMatchObject({ status: 'SUCCEEDED', redriveCount: 1 });
    expect(afterRedrive(await history(failedArn)).map((event) => event.type)).toEqual([
      'ExecutionRedriven',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    expect(all.filter((child) => child.redriveCount === 1)).toHaveLength(2);
  });
});
