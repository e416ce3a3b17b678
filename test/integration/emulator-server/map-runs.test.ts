import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  DescribeMapRunCommand,
  DescribeStateMachineCommand,
  DescribeStateMachineForExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListMapRunsCommand,
  StartExecutionCommand,
  UpdateMapRunCommand,
  type SFNClient,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '@/lib/emulator/start-emulator';
import type { RunningEmulator } from '@/lib/emulator/start-emulator-server';
import { makeClient, makeDataDir, ROLE_ARN } from '../../support/emulator-server/start-test-emulator';

const run = promisify(execFile);
const hasAwsCli = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasAwsCli) console.warn('Skipping the AWS CLI Map Run checks: `aws` is not on PATH (CI installs awscli).');

const processor = {
  ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
  StartAt: 'Check',
  States: {
    Check: { Type: 'Choice', Choices: [{ Variable: '$.bad', BooleanEquals: true, Next: 'Reject' }], Default: 'Accept' },
    Reject: { Type: 'Fail', Error: 'Order.Rejected', Cause: 'bad order' },
    Accept: { Type: 'Pass', End: true },
  },
};
const FROM_INPUT = {
  StartAt: 'Orders',
  States: {
    Orders: {
      Type: 'Map',
      Label: 'Orders',
      ItemsPath: '$.items',
      MaxConcurrency: 10,
      ToleratedFailurePercentage: 50,
      ItemProcessor: processor,
      End: true,
    },
  },
};
const FROM_S3 = {
  StartAt: 'Batches',
  States: {
    Batches: {
      Type: 'Map',
      ItemReader: {
        Resource: 'arn:aws:states:::s3:getObject',
        ReaderConfig: { InputType: 'JSONL' },
        Parameters: { Bucket: 'orders', Key: 'day.jsonl' },
      },
      ItemBatcher: { MaxItemsPerBatch: 4 },
      ItemProcessor: { ProcessorConfig: processor.ProcessorConfig, StartAt: 'Accept', States: { Accept: processor.States.Accept } },
      ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'results', Prefix: 'daily' } },
      End: true,
    },
  },
};

describe('Distributed Map runs over the Step Functions API', () => {
  const data = makeDataDir();
  let emulator: RunningEmulator;
  let sfn: SFNClient;
  let parentArn: string;
  let mapRunArn: string;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, dataDir: data.dir, timeScale: 0 });
    sfn = makeClient(emulator);
    const { stateMachineArn } = await sfn.send(
      new CreateStateMachineCommand({ name: 'OrderRun', definition: JSON.stringify(FROM_INPUT), roleArn: ROLE_ARN }),
    );
    const items = Array.from({ length: 20 }, (_, i) => ({ id: i, bad: i % 5 === 0 }));
    parentArn = (await sfn.send(new StartExecutionCommand({ stateMachineArn, name: 'day-1', input: JSON.stringify({ items }) })))
      .executionArn!;
    await emulator.whenIdle();
    mapRunArn = (await sfn.send(new ListMapRunsCommand({ executionArn: parentArn }))).mapRuns![0]!.mapRunArn!;
  });

  afterAll(async () => {
    await emulator?.close();
    data.remove();
  });

  it('lists the Map Run and describes its counts, limits and status', async () => {
    const listed = await sfn.send(new ListMapRunsCommand({ executionArn: parentArn }));
    expect(listed.mapRuns).toEqual([
      expect.objectContaining({ executionArn: parentArn, mapRunArn, stateMachineArn: expect.stringMatching(/:stateMachine:OrderRun$/) }),
    ]);
    expect(mapRunArn).toMatch(/^arn:aws:states:us-east-1:123456789012:mapRun:OrderRun\/Orders:[0-9a-f-]{36}$/);
    const described = await sfn.send(new DescribeMapRunCommand({ mapRunArn }));
    expect(described).toMatchObject({ status: 'SUCCEEDED', maxConcurrency: 10, toleratedFailurePercentage: 50, toleratedFailureCount: 0 });
    expect(described.itemCounts).toMatchObject({ pending: 0, running: 0, succeeded: 16, failed: 4, total: 20, resultsWritten: 0 });
    expect(described.executionCounts).toMatchObject({ succeeded: 16, failed: 4, total: 20 });
    expect(described.stopDate).toBeInstanceOf(Date);
  });

  it('lists the children by Map Run (never by the machine), each with its own history and its Map Run', async () => {
    const failed = await sfn.send(new ListExecutionsCommand({ mapRunArn, statusFilter: 'FAILED' }));
    expect(failed.executions).toHaveLength(4);
    const child = failed.executions![0]!;
    expect(child).toMatchObject({ mapRunArn, itemCount: 1, stateMachineArn: expect.stringMatching(/:stateMachine:OrderRun\/Orders$/) });
    expect(child.executionArn).toMatch(/:execution:OrderRun\/Orders:[0-9a-f-]{36}$/);
    const history = await sfn.send(new GetExecutionHistoryCommand({ executionArn: child.executionArn }));
    expect(history.events?.map((e) => e.type)).toEqual([
      'ExecutionStarted',
      'ChoiceStateEntered',
      'ChoiceStateExited',
      'FailStateEntered',
      'ExecutionFailed',
    ]);
    expect(await sfn.send(new DescribeExecutionCommand({ executionArn: child.executionArn }))).toMatchObject({
      mapRunArn,
      status: 'FAILED',
      error: 'Order.Rejected',
    });
    const page = await sfn.send(new ListExecutionsCommand({ mapRunArn, maxResults: 15 }));
    const rest = await sfn.send(new ListExecutionsCommand({ mapRunArn, maxResults: 15, nextToken: page.nextToken }));
    expect(page.executions!.length + rest.executions!.length).toBe(20);
    const byMachine = await sfn.send(new ListExecutionsCommand({ stateMachineArn: child.stateMachineArn!.replace(/\/Orders$/, '') }));
    expect(byMachine.executions?.map((e) => e.executionArn)).toEqual([parentArn]);
  });

  it('describes a child’s own workflow: the ItemProcessor as the labelled machine, with its Map Run and label', async () => {
    const [child] = (await sfn.send(new ListExecutionsCommand({ mapRunArn, maxResults: 1 }))).executions!;
    const described = await sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn: child!.executionArn }));
    expect(described).toMatchObject({ name: 'OrderRun', mapRunArn, label: 'Orders', roleArn: ROLE_ARN });
    expect(described.stateMachineArn).toMatch(/:stateMachine:OrderRun\/Orders$/);
    expect(JSON.parse(described.definition!)).toEqual({ StartAt: 'Check', States: processor.States, QueryLanguage: 'JSONPath' });
    const parent = await sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn: parentArn }));
    expect(JSON.parse(parent.definition!)).toEqual(FROM_INPUT);
    expect(parent.mapRunArn).toBeUndefined();
    const labelled = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: described.stateMachineArn }));
    expect(labelled).toMatchObject({ stateMachineArn: described.stateMachineArn, name: 'OrderRun', label: 'Orders', type: 'STANDARD' });
    expect(labelled.definition).toBe(described.definition);
    const unknown = described.stateMachineArn!.replace(/Orders$/, 'Nope');
    await expect(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: unknown }))).rejects.toMatchObject({
      name: 'StateMachineDoesNotExist',
      message: `State Machine Does Not Exist: '${unknown}'`,
    });
  });

  it('updates the limits and refuses bad values and unknown Map Runs as AWS does', async () => {
    await sfn.send(new UpdateMapRunCommand({ mapRunArn, maxConcurrency: 5, toleratedFailureCount: 2 }));
    expect(await sfn.send(new DescribeMapRunCommand({ mapRunArn }))).toMatchObject({ maxConcurrency: 5, toleratedFailureCount: 2 });
    await expect(sfn.send(new UpdateMapRunCommand({ mapRunArn, toleratedFailurePercentage: 101 }))).rejects.toMatchObject({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value '101' at 'toleratedFailurePercentage' failed to satisfy constraint: Member must have value less than or equal to 100",
    });
    const unknown = mapRunArn.replace(/:[0-9a-f-]{36}$/, ':00000000-0000-0000-0000-000000000000');
    await expect(sfn.send(new DescribeMapRunCommand({ mapRunArn: unknown }))).rejects.toMatchObject({ name: 'ResourceNotFound' });
    await expect(sfn.send(new DescribeMapRunCommand({ mapRunArn: parentArn }))).rejects.toMatchObject({ name: 'InvalidArn' });
  });

  it('reads items from the local S3 stand-in, batches them and writes the results there', async () => {
    mkdirSync(path.join(data.dir, 's3', 'orders'), { recursive: true });
    writeFileSync(
      path.join(data.dir, 's3', 'orders', 'day.jsonl'),
      Array.from({ length: 10 }, (_, i) => JSON.stringify({ id: i })).join('\n'),
    );
    const { stateMachineArn } = await sfn.send(
      new CreateStateMachineCommand({ name: 'FromS3', definition: JSON.stringify(FROM_S3), roleArn: ROLE_ARN }),
    );
    const executionArn = (await sfn.send(new StartExecutionCommand({ stateMachineArn, name: 'batch' }))).executionArn!;
    await emulator.whenIdle();
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    const output = JSON.parse(described.output ?? '{}') as { ResultWriterDetails: { Bucket: string; Key: string } };
    expect(output.ResultWriterDetails.Bucket).toBe('results');
    const manifest = path.join(data.dir, 's3', 'results', output.ResultWriterDetails.Key);
    expect(existsSync(manifest)).toBe(true);
    expect(JSON.parse(readFileSync(manifest, 'utf8'))).toMatchObject({ DestinationBucket: 'results' });
    const [runItem] = (await sfn.send(new ListMapRunsCommand({ executionArn }))).mapRuns!;
    const run = await sfn.send(new DescribeMapRunCommand({ mapRunArn: runItem!.mapRunArn }));
    expect(run.itemCounts).toMatchObject({ succeeded: 10, total: 10, resultsWritten: 10 });
    expect(run.executionCounts).toMatchObject({ succeeded: 3, total: 3 });
    // A generated label: the Map state is found through the parent's history.
    const [batch] = (await sfn.send(new ListExecutionsCommand({ mapRunArn: runItem!.mapRunArn, maxResults: 1 }))).executions!;
    const child = await sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn: batch!.executionArn }));
    expect(JSON.parse(child.definition!)).toEqual({
      StartAt: 'Accept',
      States: { Accept: processor.States.Accept },
      QueryLanguage: 'JSONPath',
    });
    const label = runItem!.mapRunArn!.split(':')[6]!.split('/')[1]!;
    expect(child).toMatchObject({ label, stateMachineArn: `${stateMachineArn}/${label}` });
    expect(await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: `${stateMachineArn}/${label}` }))).toMatchObject({
      definition: child.definition,
      label,
    });
  });

  it.skipIf(!hasAwsCli)('answers the AWS CLI’s list-map-runs and describe-map-run', async () => {
    const aws = async (...args: string[]) => {
      const env = {
        ...process.env,
        AWS_ACCESS_KEY_ID: 'x',
        AWS_SECRET_ACCESS_KEY: 'x',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_PAGER: '',
        AWS_CONFIG_FILE: '/dev/null',
      };
      const { stdout } = await run('aws', ['stepfunctions', ...args, '--endpoint-url', emulator.url, '--output', 'json'], { env });
      return JSON.parse(stdout) as Record<string, unknown>;
    };
    expect(await aws('list-map-runs', '--execution-arn', parentArn)).toMatchObject({ mapRuns: [expect.objectContaining({ mapRunArn })] });
    expect(await aws('describe-map-run', '--map-run-arn', mapRunArn)).toMatchObject({
      mapRunArn,
      status: 'SUCCEEDED',
      itemCounts: expect.objectContaining({ failed: 4, total: 20 }),
    });
  });
});
