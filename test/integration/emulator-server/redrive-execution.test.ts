import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
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
});
