import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeExecution } from '@/lib/aws/describe-execution';
import { describeStateMachine } from '@/lib/aws/describe-state-machine';
import { describeStateMachineForExecution } from '@/lib/aws/describe-state-machine-for-execution';
import { getExecutionHistory, getExecutionHistoryPage } from '@/lib/aws/get-execution-history';
import { listExecutions } from '@/lib/aws/list-executions';
import { listStateMachines } from '@/lib/aws/list-state-machines';
import { createAdapterFixture, type AdapterFixture } from '../../support/aws/adapter-fixture';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../../support/aws/aws-env';
import { startTestEmulator, type TestEmulator } from '../../support/aws/test-emulator';

// One emulator for every adapter function: starting it and running the fixture is the slow part.
describe('lib/aws against the embedded emulator with the real SDK', () => {
  let emulator: TestEmulator | undefined;
  let fixture: AdapterFixture;
  let restore: (() => void) | undefined;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    fixture = await createAdapterFixture(emulator.sfn);
    // The service-specific variable, so the test also proves the SDK honours it.
    restore = setAwsEnv({ ...DUMMY_CREDENTIALS, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_SFN: emulator.url });
  });
  afterAll(async () => {
    restore?.();
    await emulator?.close();
  });

  it('lists every state machine by name with its type and creation date', async () => {
    const machines = await listStateMachines();
    expect(machines.map((m) => m.name)).toEqual(['adapter-fail', 'adapter-map', 'adapter-pass']);
    expect(machines[2]).toEqual({
      arn: fixture.passArn,
      name: 'adapter-pass',
      type: 'STANDARD',
      createdAt: expect.any(Date) as unknown as Date,
    });
  });

  it('pages executions the way ListExecutions does, newest first', async () => {
    const first = await listExecutions({ stateMachineArn: fixture.passArn, maxResults: 2 });
    expect(first.executions.map((e) => e.name)).toEqual(['pass-3', 'pass-2']);
    expect(first.nextToken).toEqual(expect.any(String));
    const second = await listExecutions({ stateMachineArn: fixture.passArn, maxResults: 2, nextToken: first.nextToken });
    expect(second.executions.map((e) => e.name)).toEqual(['pass-1']);
    expect(second.nextToken).toBeUndefined();
    expect(second.executions[0]).toMatchObject({ status: 'SUCCEEDED', arn: fixture.succeededExecutionArns[0] });
    expect(second.executions[0]?.stoppedAt).toBeInstanceOf(Date);
  });

  it('filters executions by status', async () => {
    const failed = await listExecutions({ stateMachineArn: fixture.failArn, statusFilter: 'FAILED' });
    expect(failed.executions.map((e) => e.name)).toEqual(['age-1']);
    const succeeded = await listExecutions({ stateMachineArn: fixture.failArn, statusFilter: 'SUCCEEDED' });
    expect(succeeded.executions).toEqual([]);
  });

  it('describes a failed execution with its error and cause', async () => {
    const execution = await describeExecution(fixture.failedExecutionArn);
    expect(execution).toMatchObject({
      arn: fixture.failedExecutionArn,
      stateMachineArn: fixture.failArn,
      name: 'age-1',
      status: 'FAILED',
      input: '{"age":1}',
      error: 'AgeTooLow',
      cause: 'Children must be at least 2 years old',
    });
    expect(execution.output).toBeUndefined();
  });

  it('describes a state machine and the definition an execution ran', async () => {
    const machine = await describeStateMachine(fixture.failArn);
    expect(machine).toMatchObject({ name: 'adapter-fail', type: 'STANDARD' });
    expect(JSON.parse(machine.definition)).toMatchObject({ StartAt: 'CheckAge' });
    const ran = await describeStateMachineForExecution(fixture.failedExecutionArn);
    expect(ran).toMatchObject({ arn: fixture.failArn, name: 'adapter-fail', definition: machine.definition });
  });

  it('returns a history as plain records with Date timestamps and one details member each', async () => {
    const events = await getExecutionHistory(fixture.failedExecutionArn);
    expect(events.map((e) => e.type)).toEqual(['ExecutionStarted', 'FailStateEntered', 'ExecutionFailed']);
    expect(events.map((e) => [e.id, e.previousEventId])).toEqual([
      [1, 0],
      [2, 0],
      [3, 2],
    ]);
    expect(events[0]?.timestamp).toBeInstanceOf(Date);
    expect(events[0]?.executionStartedEventDetails?.input).toBe('{"age":1}');
    expect(events[2]?.executionFailedEventDetails).toEqual({
      error: 'AgeTooLow',
      cause: 'Children must be at least 2 years old',
    });
  });

  it('reads every page of a history longer than 1,000 events, in order', async () => {
    const pages: number[] = [];
    const events = await getExecutionHistory(fixture.longExecutionArn, (loaded) => pages.push(loaded));
    expect(events.length).toBeGreaterThan(1600);
    expect(events.map((e) => e.id)).toEqual(events.map((_, index) => index + 1));
    expect(pages[0]).toBe(1000);
    expect(pages.at(-1)).toBe(events.length);
    expect(events.at(-1)?.type).toBe('ExecutionSucceeded');
  });

  it('returns one page of at most 1,000 events with a token for the rest', async () => {
    const page = await getExecutionHistoryPage(fixture.longExecutionArn);
    expect(page.events).toHaveLength(1000);
    expect(page.nextToken).toEqual(expect.any(String));
  });
});
