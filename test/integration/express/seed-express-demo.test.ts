import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeExecution } from '@/lib/aws/describe-execution';
import { getExecutionHistory } from '@/lib/aws/get-execution-history';
import { getStateMachineLogCoverage } from '@/lib/aws/get-express-log-coverage';
import { listExecutions } from '@/lib/aws/list-executions';
import {
  EXPRESS_DEMO_FAILED_NAME,
  EXPRESS_DEMO_LOG_GROUP,
  expressDemoInput,
  seedExpressDemo,
  type ExpressDemoSummary,
} from '@/lib/demo/seed-express-demo';
import { startEmulator, type RunningEmulator } from '@/lib/emulator/start-emulator';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../../support/aws/aws-env';

describe('the Express odd/even demo', () => {
  let emulator: RunningEmulator;
  let dataDir: string;
  let restore: () => void;
  let summary: ExpressDemoSummary;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'statescope-express-demo-'));
    emulator = await startEmulator({ port: 0, host: '127.0.0.1', dataDir, timeScale: 0.01 });
    restore = setAwsEnv({ AWS_ENDPOINT_URL: emulator.url, AWS_REGION: 'us-east-1', ...DUMMY_CREDENTIALS });
    summary = await seedExpressDemo({ endpoint: emulator.url, region: 'us-east-1', count: 60 });
  });
  afterAll(async () => {
    restore?.();
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('uses mostly numbers and every 25th input a word', () => {
    expect([0, 1, 24, 49].map(expressDemoInput)).toEqual([{ N: -500 }, { N: 419 }, { N: 'seven' }, { N: 'seven' }]);
  });

  it('starts the requested executions; the words and the last one fail', () => {
    expect(summary).toMatchObject({
      stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:odd-even-express',
      logGroupName: EXPRESS_DEMO_LOG_GROUP,
      executions: 60,
      failed: 3,
    });
    expect(summary.failedExecutionArn).toMatch(new RegExp(`:express:odd-even-express:${EXPRESS_DEMO_FAILED_NAME}:[0-9a-f-]{36}$`));
  });

  it('is read back from CloudWatch Logs by the adapter', async () => {
    const failed = await listExecutions({ stateMachineArn: summary.stateMachineArn, statusFilter: 'FAILED' });
    expect(failed.executions).toHaveLength(3);
    const all = await listExecutions({ stateMachineArn: summary.stateMachineArn, maxResults: 1000 });
    expect(all.executions).toHaveLength(60);
    expect(await describeExecution(summary.failedExecutionArn!)).toMatchObject({
      status: 'FAILED',
      error: 'InvalidNumberError',
      cause: expect.stringContaining('N must be a whole number, got \\"seven\\"'),
    });
  });

  it('adds a copy logging only errors without data, whose pages list only failures', async () => {
    const { errorsOnly } = summary;
    expect(errorsOnly.stateMachineArn).toBe('arn:aws:states:us-east-1:123456789012:stateMachine:odd-even-express-errors-only');
    const page = await listExecutions({ stateMachineArn: errorsOnly.stateMachineArn });
    expect(page.executions.map((e) => e.status)).toEqual(['FAILED', 'FAILED']);
    expect((await getExecutionHistory(errorsOnly.failedExecutionArn!)).map((e) => e.type)).toEqual([
      'LambdaFunctionFailed',
      'ExecutionFailed',
    ]);
    expect((await getStateMachineLogCoverage(errorsOnly.stateMachineArn))?.coverage).toMatchObject({
      level: 'ERROR',
      includeExecutionData: false,
    });
  });

  it('keeps the records already there when run again', async () => {
    const again = await seedExpressDemo({ endpoint: emulator.url, region: 'us-east-1', count: 60 });
    expect(again).toEqual(summary);
  });
});
