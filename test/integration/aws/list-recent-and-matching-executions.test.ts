import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listExecutionsSince } from '@/lib/aws/list-executions-since';
import { listMatchingExecutions } from '@/lib/aws/list-matching-executions';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../../support/aws/aws-env';
import { createStateMachine, runExecution, startTestEmulator, type TestEmulator } from '../../support/aws/test-emulator';

const PASS = { StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } };
const NAMES = ['order-1', 'refund-1', 'order-2', 'order-3', 'refund-2', 'order-4', 'order-5'];

describe('bounded execution reads against the embedded emulator', () => {
  let emulator: TestEmulator | undefined;
  let restore: (() => void) | undefined;
  let machineArn = '';

  beforeAll(async () => {
    emulator = await startTestEmulator();
    machineArn = await createStateMachine(emulator.sfn, 'bounded-reads', PASS);
    for (const name of NAMES) await runExecution(emulator.sfn, machineArn, name, {});
    restore = setAwsEnv({ ...DUMMY_CREDENTIALS, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_SFN: emulator.url });
  });
  afterAll(async () => {
    restore?.();
    await emulator?.close();
  });

  it('reads every recent execution across pages, newest first', async () => {
    const recent = await listExecutionsSince({
      stateMachineArn: machineArn,
      since: new Date(Date.now() - 3600_000),
      maxPages: 10,
      pageSize: 3,
    });
    expect(recent.executions.map((execution) => execution.name)).toEqual([...NAMES].reverse());
    expect(recent).toMatchObject({ capped: false, pagesRead: 3 });
  });

  it('stops at the page cap and says the count is capped', async () => {
    const recent = await listExecutionsSince({
      stateMachineArn: machineArn,
      since: new Date(Date.now() - 3600_000),
      maxPages: 2,
      pageSize: 3,
    });
    expect(recent.executions).toHaveLength(6);
    expect(recent).toMatchObject({ capped: true, pagesRead: 2 });
  });

  it('reads nothing older than the start bound', async () => {
    const recent = await listExecutionsSince({
      stateMachineArn: machineArn,
      since: new Date(Date.now() + 60_000),
      maxPages: 10,
      pageSize: 3,
    });
    expect(recent).toMatchObject({ executions: [], capped: false, pagesRead: 1 });
  });

  it('gathers a screen of name matches across pages and hands back the token to continue', async () => {
    const first = await listMatchingExecutions({
      stateMachineArn: machineArn,
      maxResults: 2,
      filter: { nameContains: 'ORDER' },
      maxPages: 10,
    });
    expect(first.executions.map((execution) => execution.name)).toEqual(['order-5', 'order-4']);
    expect(first.stoppedBy).toBe('enough');
    const rest = await listMatchingExecutions({
      stateMachineArn: machineArn,
      maxResults: 2,
      nextToken: first.nextToken,
      filter: { nameContains: 'ORDER' },
      maxPages: 10,
    });
    expect(rest.executions.map((execution) => execution.name)).toEqual(['order-3', 'order-2']);
  });

  it('without a name or time filter reads exactly one ListExecutions page', async () => {
    const page = await listMatchingExecutions({ stateMachineArn: machineArn, maxResults: 3, filter: {}, maxPages: 10 });
    expect(page.executions.map((execution) => execution.name)).toEqual(['order-5', 'order-4', 'refund-2']);
    expect(page).toMatchObject({ pagesRead: 1, stoppedBy: 'enough' });
    expect(page.nextToken).toEqual(expect.any(String));
  });
});
