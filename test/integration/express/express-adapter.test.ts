import { StartExecutionCommand, StartSyncExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeExecution } from '@/lib/aws/describe-execution';
import { describeStateMachineForExecution } from '@/lib/aws/describe-state-machine-for-execution';
import { getExecutionHistory } from '@/lib/aws/get-execution-history';
import { getExecutionLogCoverage, getStateMachineLogCoverage } from '@/lib/aws/get-express-log-coverage';
import { listExecutions } from '@/lib/aws/list-executions';
import { runTimelineCommand } from '@/lib/cli/commands/timeline';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../../support/aws/aws-env';
import { createLoggedMachine, startExpressEmulator, type ExpressEmulator } from '../../support/express/express-emulator';

const CHECKOUT = {
  StartAt: 'Price',
  States: {
    Price: { Type: 'Pass', Parameters: { 'total.$': '$.total' }, Next: 'IsNegative' },
    IsNegative: { Type: 'Choice', Choices: [{ Variable: '$.total', NumericLessThan: 0, Next: 'Reject' }], Default: 'Done' },
    Reject: { Type: 'Fail', Error: 'OrderRejected', Cause: 'The order total is negative' },
    Done: { Type: 'Succeed' },
  },
};

describe('lib/aws reads Express executions from CloudWatch Logs (emulator, real SDK)', () => {
  let env: ExpressEmulator;
  let restore: () => void;
  let allArn: string;
  let errorArn: string;
  let offArn: string;
  let failedArn: string;
  let succeededArns: string[];
  let errorFailedArn: string;

  beforeAll(async () => {
    env = await startExpressEmulator();
    restore = setAwsEnv({ AWS_ENDPOINT_URL: env.url, AWS_REGION: 'us-east-1', ...DUMMY_CREDENTIALS });
    allArn = await createLoggedMachine(env.sfn, 'checkout-all', CHECKOUT, {
      level: 'ALL',
      includeExecutionData: true,
      logGroupName: '/aws/vendedlogs/states/checkout-all',
    });
    errorArn = await createLoggedMachine(env.sfn, 'checkout-error', CHECKOUT, {
      level: 'ERROR',
      includeExecutionData: false,
      logGroupName: '/aws/vendedlogs/states/checkout-error',
    });
    offArn = await createLoggedMachine(env.sfn, 'checkout-off', CHECKOUT, { level: 'OFF', includeExecutionData: false });
    succeededArns = [];
    for (let n = 1; n <= 5; n++) {
      const out = await env.sfn.send(
        new StartExecutionCommand({ stateMachineArn: allArn, name: `ok-${n}`, input: JSON.stringify({ total: n }) }),
      );
      succeededArns.push(out.executionArn!);
      await new Promise((resolve) => setTimeout(resolve, 3)); // distinct start times
    }
    failedArn = (await env.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: allArn, name: 'negative', input: '{"total":-5}' })))
      .executionArn!;
    await env.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: errorArn, name: 'fine', input: '{"total":1}' }));
    errorFailedArn = (await env.sfn.send(new StartSyncExecutionCommand({ stateMachineArn: errorArn, name: 'bad', input: '{"total":-1}' })))
      .executionArn!;
    await env.emulator.whenIdle();
  });

  afterAll(async () => {
    restore?.();
    await env?.close();
  });

  it('lists an Express machine newest first, with statuses, and pages with its own tokens', async () => {
    const all = await listExecutions({ stateMachineArn: allArn });
    expect(all.executions.map((e) => [e.name, e.status])).toEqual([
      ['negative', 'FAILED'],
      ['ok-5', 'SUCCEEDED'],
      ['ok-4', 'SUCCEEDED'],
      ['ok-3', 'SUCCEEDED'],
      ['ok-2', 'SUCCEEDED'],
      ['ok-1', 'SUCCEEDED'],
    ]);
    expect(all.nextToken).toBeUndefined();
    const first = await listExecutions({ stateMachineArn: allArn, maxResults: 4 });
    expect(first.executions.map((e) => e.name)).toEqual(['negative', 'ok-5', 'ok-4', 'ok-3']);
    const second = await listExecutions({ stateMachineArn: allArn, maxResults: 4, nextToken: first.nextToken });
    expect(second.executions.map((e) => e.name)).toEqual(['ok-2', 'ok-1']);
    expect(second.nextToken).toBeUndefined();
    const failed = await listExecutions({ stateMachineArn: allArn, statusFilter: 'FAILED' });
    expect(failed.executions.map((e) => e.arn)).toEqual([failedArn]);
  });

  it('describes an Express execution from its records: status, times, input, output, error and cause', async () => {
    const ok = await describeExecution(succeededArns[2]!);
    expect(ok).toMatchObject({
      arn: succeededArns[2],
      stateMachineArn: allArn,
      name: 'ok-3',
      status: 'SUCCEEDED',
      input: '{"total":3}',
      output: '{"total":3}',
    });
    expect(ok.stoppedAt!.getTime()).toBeGreaterThanOrEqual(ok.startedAt.getTime());
    const failed = await describeExecution(failedArn);
    expect(failed).toMatchObject({ status: 'FAILED', error: 'OrderRejected', cause: 'The order total is negative' });
  });

  it('gives the history as API events that rebuild the same timeline as a Standard run would', async () => {
    const events = await getExecutionHistory(failedArn);
    expect(events.map((e) => [e.id, e.previousEventId, e.type])).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'PassStateEntered'],
      [3, 2, 'PassStateExited'],
      [4, 3, 'ChoiceStateEntered'],
      [5, 4, 'ChoiceStateExited'],
      [6, 5, 'FailStateEntered'],
      [7, 6, 'ExecutionFailed'],
    ]);
    expect(events[0]!.executionStartedEventDetails).toMatchObject({ input: '{"total":-5}' });
    expect(events.every((e) => e.timestamp instanceof Date && e.timestamp.getTime() > 1.7e12)).toBe(true);
    const timeline = buildExecutionTimeline(parseHistoryDocument(events, 'logs').events);
    expect(timeline.status).toBe('FAILED');
    expect(timeline.failure.rootCause).toMatchObject({ state: 'Reject', error: 'OrderRejected', cause: 'The order total is negative' });
    expect((await describeStateMachineForExecution(failedArn)).name).toBe('checkout-all');
  });

  it('at level ERROR lists only failures, and says what is missing', async () => {
    const page = await listExecutions({ stateMachineArn: errorArn });
    expect(page.executions.map((e) => [e.arn, e.status])).toEqual([[errorFailedArn, 'FAILED']]);
    const events = await getExecutionHistory(errorFailedArn);
    expect(events.map((e) => e.type)).toEqual(['FailStateEntered', 'ExecutionFailed']);
    const coverage = await getExecutionLogCoverage(errorFailedArn);
    expect(coverage).toMatchObject({
      logGroupName: '/aws/vendedlogs/states/checkout-error',
      coverage: { level: 'ERROR', includeExecutionData: false, complete: false },
    });
    expect(coverage!.coverage.missing).toHaveLength(3);
    expect(await getExecutionLogCoverage(failedArn)).toMatchObject({ coverage: { level: 'ALL', complete: true, missing: [] } });
  });

  it('explains logging OFF as a data-source problem with the way to turn it on', async () => {
    await expect(listExecutions({ stateMachineArn: offArn })).rejects.toMatchObject({
      kind: 'invalid-input',
      message: expect.stringContaining('without CloudWatch Logs logging'),
      hint: expect.stringContaining('Turn logging on'),
    });
    const coverage = await getStateMachineLogCoverage(offArn);
    expect(coverage?.coverage).toMatchObject({ level: 'OFF', remedy: expect.stringContaining('UpdateStateMachine') });
  });

  it('statescope timeline reads an Express execution ARN from its logs', async () => {
    let stdout = '';
    const code = await runTimelineCommand([failedArn], { stdout: (t) => (stdout += t), stderr: () => {} });
    expect(code).toBe(0);
    expect(stdout).toContain('Execution FAILED');
    expect(stdout).toContain('Root cause: Reject: OrderRejected\n  The order total is negative');
  });

  it('reports an unknown Express execution as not found', async () => {
    const missing = `${failedArn.split(':').slice(0, 8).join(':')}:00000000-0000-0000-0000-000000000000`;
    await expect(describeExecution(missing)).rejects.toMatchObject({ kind: 'not-found' });
  });
});
