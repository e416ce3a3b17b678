import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  DescribeStateMachineForExecutionCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  GetExecutionHistoryCommand,
  InvalidArn,
  InvalidDefinition,
  InvalidExecutionInput,
  InvalidName,
  InvalidToken,
  ListExecutionsCommand,
  ListMapRunsCommand,
  ListStateMachinesCommand,
  StartExecutionCommand,
  StateMachineAlreadyExists,
  StateMachineDoesNotExist,
  StateMachineTypeNotSupported,
  StopExecutionCommand,
  UpdateStateMachineCommand,
  ValidationException,
  type SFNClient,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@/lib/emulator/start-emulator-server';
import { makeClient, makeDataDir, ROLE_ARN, startFakeEmulator } from '../../support/emulator-server/start-test-emulator';

const PASS = JSON.stringify({ StartAt: 'Hello', States: { Hello: { Type: 'Pass', Result: { greeting: 'hi' }, End: true } } });
const WAIT = JSON.stringify({ StartAt: 'Nap', States: { Nap: { Type: 'Wait', Seconds: 3600, End: true } } });
const FAIL = JSON.stringify({ StartAt: 'Boom', States: { Boom: { Type: 'Fail', Error: 'Custom.Error', Cause: 'it broke' } } });
const loop = (times: number) =>
  JSON.stringify({ StartAt: 'Spin', States: { Spin: { Type: 'Pass', LoopTimes: times, Next: 'Done' }, Done: { Type: 'Succeed' } } });

describe('emulator API through the real SFNClient', () => {
  const data = makeDataDir();
  let emulator: RunningEmulator;
  let sfn: SFNClient;
  let counter = 0;

  async function createMachine(definition: string, type: 'STANDARD' | 'EXPRESS' = 'STANDARD'): Promise<string> {
    counter += 1;
    const created = await sfn.send(new CreateStateMachineCommand({ name: `machine-${counter}`, definition, roleArn: ROLE_ARN, type }));
    return created.stateMachineArn!;
  }

  async function runToEnd(stateMachineArn: string, input = '{"n":1}', name?: string): Promise<string> {
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input, name }));
    await emulator.whenIdle();
    return executionArn!;
  }

  beforeAll(async () => {
    emulator = await startFakeEmulator({ dataDir: data.dir });
    sfn = makeClient(emulator);
  });

  afterAll(async () => {
    await emulator.close();
    data.remove();
  });

  it('creates, describes, updates and deletes a state machine', async () => {
    const created = await sfn.send(
      new CreateStateMachineCommand({
        name: 'Orders',
        definition: PASS,
        roleArn: ROLE_ARN,
        loggingConfiguration: {
          level: 'ALL',
          includeExecutionData: true,
          destinations: [
            { cloudWatchLogsLogGroup: { logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/orders:*' } },
          ],
        },
      }),
    );
    expect(created.stateMachineArn).toBe('arn:aws:states:us-east-1:123456789012:stateMachine:Orders');
    expect(created.creationDate).toBeInstanceOf(Date);

    const described = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }));
    expect(described).toMatchObject({
      name: 'Orders',
      status: 'ACTIVE',
      type: 'STANDARD',
      definition: PASS,
      roleArn: ROLE_ARN,
      loggingConfiguration: { level: 'ALL', includeExecutionData: true },
      tracingConfiguration: { enabled: false },
    });
    expect(described.creationDate?.getTime()).toBe(created.creationDate?.getTime());

    const updated = await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: created.stateMachineArn, definition: FAIL }));
    expect(updated.updateDate).toBeInstanceOf(Date);
    const after = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }));
    expect(after.definition).toBe(FAIL);
    expect(after.revisionId).toBe(updated.revisionId);

    await sfn.send(new DeleteStateMachineCommand({ stateMachineArn: created.stateMachineArn }));
    await expect(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }))).rejects.toBeInstanceOf(
      StateMachineDoesNotExist,
    );
    // AWS lists no "does not exist" error for DeleteStateMachine: deleting twice succeeds.
    await sfn.send(new DeleteStateMachineCommand({ stateMachineArn: created.stateMachineArn }));
  });

  it('reports the default logging configuration when none was given', async () => {
    const arn = await createMachine(PASS);
    const described = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
    expect(described.loggingConfiguration).toEqual({ level: 'OFF', includeExecutionData: false });
  });

  it('treats a repeated identical CreateStateMachine as idempotent and a different one as a conflict', async () => {
    const first = await sfn.send(new CreateStateMachineCommand({ name: 'Same', definition: PASS, roleArn: ROLE_ARN }));
    const again = await sfn.send(new CreateStateMachineCommand({ name: 'Same', definition: PASS, roleArn: ROLE_ARN }));
    expect(again.stateMachineArn).toBe(first.stateMachineArn);
    await expect(sfn.send(new CreateStateMachineCommand({ name: 'Same', definition: FAIL, roleArn: ROLE_ARN }))).rejects.toBeInstanceOf(
      StateMachineAlreadyExists,
    );
  });

  it('pages through ListStateMachines with opaque tokens', async () => {
    const names: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await sfn.send(new ListStateMachinesCommand({ maxResults: 2, nextToken }));
      expect(page.stateMachines!.length).toBeLessThanOrEqual(2);
      names.push(...page.stateMachines!.map((m) => m.name!));
      nextToken = page.nextToken;
    } while (nextToken);
    const all = await sfn.send(new ListStateMachinesCommand({}));
    expect(names).toEqual(all.stateMachines!.map((m) => m.name));
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('Orders');
  });

  it('runs an execution and describes its result and history', async () => {
    const arn = await createMachine(PASS);
    const executionArn = await runToEnd(arn, '{"n":1}', 'first-run');
    expect(executionArn).toMatch(/^arn:aws:states:us-east-1:123456789012:execution:machine-\d+:first-run$/);

    const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(execution).toMatchObject({ status: 'SUCCEEDED', input: '{"n":1}', output: '{"greeting":"hi"}', name: 'first-run' });
    expect(execution.stopDate!.getTime()).toBeGreaterThanOrEqual(execution.startDate!.getTime());

    const history = await sfn.send(new GetExecutionHistoryCommand({ executionArn }));
    expect(history.events!.map((e) => e.type)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
    expect(history.events![0]!.timestamp).toBeInstanceOf(Date);
    expect(history.events![1]).toMatchObject({ id: 2, previousEventId: 0, stateEnteredEventDetails: { name: 'Hello', input: '{"n":1}' } });
    expect(history.nextToken).toBeUndefined();
  });

  it('leaves out input and output when includeExecutionData is false, and keeps the rest', async () => {
    const arn = await createMachine(PASS);
    const executionArn = await runToEnd(arn);
    const { events } = await sfn.send(new GetExecutionHistoryCommand({ executionArn, includeExecutionData: false }));
    expect(events![0]!.executionStartedEventDetails).toEqual({ roleArn: ROLE_ARN });
    expect(events![1]!.stateEnteredEventDetails).toEqual({ name: 'Hello' });
    expect(events![3]!.type).toBe('ExecutionSucceeded');
    expect(events![3]!.executionSucceededEventDetails).toEqual({});
  });

  it('returns the newest events first with reverseOrder', async () => {
    const arn = await createMachine(PASS);
    const executionArn = await runToEnd(arn);
    const { events } = await sfn.send(new GetExecutionHistoryCommand({ executionArn, reverseOrder: true }));
    expect(events!.map((e) => e.id)).toEqual([4, 3, 2, 1]);
  });

  it('pages a history of more than 2,500 events in both directions without gaps', async () => {
    const arn = await createMachine(loop(1500));
    const executionArn = await runToEnd(arn);
    for (const reverseOrder of [false, true]) {
      const ids: number[] = [];
      let nextToken: string | undefined;
      let pages = 0;
      do {
        const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000, reverseOrder, nextToken }));
        ids.push(...page.events!.map((e) => e.id!));
        nextToken = page.nextToken;
        pages += 1;
      } while (nextToken);
      const count = 1 + 3000 + 2 + 1;
      expect(ids).toHaveLength(count);
      expect(pages).toBe(Math.ceil(count / 1000));
      const expected = Array.from({ length: count }, (_, i) => i + 1);
      expect(ids).toEqual(reverseOrder ? expected.reverse() : expected);
    }
    const firstPage = await sfn.send(new GetExecutionHistoryCommand({ executionArn }));
    expect(firstPage.events).toHaveLength(100);
  });

  it('refuses a page token that was issued for another execution or order', async () => {
    const arn = await createMachine(loop(200));
    const one = await runToEnd(arn, '{}', 'one');
    const two = await runToEnd(arn, '{}', 'two');
    const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn: one, maxResults: 10 }));
    expect(page.nextToken).toBeDefined();
    await expect(sfn.send(new GetExecutionHistoryCommand({ executionArn: two, nextToken: page.nextToken }))).rejects.toBeInstanceOf(
      InvalidToken,
    );
    await expect(
      sfn.send(new GetExecutionHistoryCommand({ executionArn: one, nextToken: page.nextToken, reverseOrder: true })),
    ).rejects.toBeInstanceOf(InvalidToken);
    await expect(sfn.send(new GetExecutionHistoryCommand({ executionArn: one, nextToken: 'not-a-token' }))).rejects.toBeInstanceOf(
      InvalidToken,
    );
  });

  it('lists executions newest first, filtered by status and paged', async () => {
    const ok = await createMachine(PASS);
    const arns = [];
    for (let i = 0; i < 5; i++) arns.push(await runToEnd(ok, '{}', `run-${i}`));
    const listed: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await sfn.send(new ListExecutionsCommand({ stateMachineArn: ok, maxResults: 2, nextToken }));
      listed.push(...page.executions!.map((e) => e.executionArn!));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(listed).toEqual([...arns].reverse());

    const failing = await createMachine(FAIL);
    const failed = await runToEnd(failing);
    const failedOnly = await sfn.send(new ListExecutionsCommand({ stateMachineArn: failing, statusFilter: 'FAILED' }));
    expect(failedOnly.executions!.map((e) => e.executionArn)).toEqual([failed]);
    expect(failedOnly.executions![0]).toMatchObject({ status: 'FAILED', name: expect.any(String) });
    const running = await sfn.send(new ListExecutionsCommand({ stateMachineArn: failing, statusFilter: 'RUNNING' }));
    expect(running.executions).toEqual([]);
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn: failed }));
    expect(described).toMatchObject({ status: 'FAILED', error: 'Custom.Error', cause: 'it broke' });
    expect(described.output).toBeUndefined();
  });

  it('stops a running execution with the given error and cause', async () => {
    const arn = await createMachine(WAIT);
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const stopped = await sfn.send(new StopExecutionCommand({ executionArn, error: 'Manual', cause: 'stopped by test' }));
    expect(stopped.stopDate).toBeInstanceOf(Date);
    const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(execution).toMatchObject({ status: 'ABORTED', error: 'Manual', cause: 'stopped by test' });
    const { events } = await sfn.send(new GetExecutionHistoryCommand({ executionArn, reverseOrder: true, maxResults: 1 }));
    expect(events![0]).toMatchObject({
      type: 'ExecutionAborted',
      executionAbortedEventDetails: { error: 'Manual', cause: 'stopped by test' },
    });
  });

  it('treats a repeated StartExecution of a running execution as idempotent, and other reuse of a name as a conflict', async () => {
    const arn = await createMachine(WAIT);
    const first = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'once', input: '{"a":1}' }));
    const again = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'once', input: '{"a":1}' }));
    expect(again.executionArn).toBe(first.executionArn);
    expect(again.startDate?.getTime()).toBe(first.startDate?.getTime());
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'once', input: '{"a":2}' }))).rejects.toBeInstanceOf(
      ExecutionAlreadyExists,
    );
    await sfn.send(new StopExecutionCommand({ executionArn: first.executionArn }));
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'once', input: '{"a":1}' }))).rejects.toBeInstanceOf(
      ExecutionAlreadyExists,
    );
  });

  it('answers StopExecution on a finished execution with its stop date and leaves it as it was', async () => {
    const arn = await createMachine(PASS);
    const executionArn = await runToEnd(arn);
    const before = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    const stopped = await sfn.send(new StopExecutionCommand({ executionArn }));
    expect(stopped.stopDate?.getTime()).toBe(before.stopDate?.getTime());
    expect((await sfn.send(new DescribeExecutionCommand({ executionArn }))).status).toBe('SUCCEEDED');
  });

  it('lists no Map Runs for an execution, since Distributed Map is not emulated', async () => {
    const executionArn = await runToEnd(await createMachine(PASS));
    expect((await sfn.send(new ListMapRunsCommand({ executionArn }))).mapRuns).toEqual([]);
  });

  it('refuses an execution input over 256 KiB', async () => {
    const arn = await createMachine(PASS);
    const input = JSON.stringify({ blob: 'x'.repeat(262_144) });
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input }))).rejects.toThrow(
      'failed to satisfy constraint: Member must have length less than or equal to 262144',
    );
  });

  it('gives a generated UUID name when StartExecution has none', async () => {
    const arn = await createMachine(PASS);
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    expect(executionArn).toMatch(/:execution:machine-\d+:[0-9a-f-]{36}$/);
    await emulator.whenIdle();
  });

  it('describes the state machine as it was when the execution started', async () => {
    const arn = await createMachine(PASS);
    const executionArn = await runToEnd(arn);
    await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: FAIL }));
    const forExecution = await sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn }));
    expect(forExecution).toMatchObject({ stateMachineArn: arn, definition: PASS, roleArn: ROLE_ARN });
    expect(forExecution.updateDate).toBeInstanceOf(Date);
    const later = await runToEnd(arn);
    expect((await sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn: later }))).definition).toBe(FAIL);
  });

  it('raises the SDK exception class for each error', async () => {
    const arn = await createMachine(PASS);
    const missingExecution = 'arn:aws:states:us-east-1:123456789012:execution:nothing:here';
    await expect(sfn.send(new DescribeExecutionCommand({ executionArn: missingExecution }))).rejects.toBeInstanceOf(ExecutionDoesNotExist);
    await expect(
      sfn.send(new DescribeStateMachineCommand({ stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:nope' })),
    ).rejects.toBeInstanceOf(StateMachineDoesNotExist);
    await expect(sfn.send(new DescribeExecutionCommand({ executionArn: 'not-an-arn' }))).rejects.toBeInstanceOf(InvalidArn);
    await expect(sfn.send(new DescribeExecutionCommand({ executionArn: arn }))).rejects.toThrow(
      "Invalid Arn: 'Resource type not valid in this context: stateMachine'",
    );
    await expect(sfn.send(new CreateStateMachineCommand({ name: 'bad name', definition: PASS, roleArn: ROLE_ARN }))).rejects.toBeInstanceOf(
      InvalidName,
    );
    await expect(
      sfn.send(new CreateStateMachineCommand({ name: 'broken', definition: '{"StartAt":', roleArn: ROLE_ARN })),
    ).rejects.toBeInstanceOf(InvalidDefinition);
    await expect(sfn.send(new CreateStateMachineCommand({ name: 'role', definition: PASS, roleArn: 'nope' }))).rejects.toBeInstanceOf(
      InvalidArn,
    );
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: '{oops' }))).rejects.toBeInstanceOf(
      InvalidExecutionInput,
    );
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'a/b' }))).rejects.toBeInstanceOf(InvalidName);
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: undefined }))).rejects.toBeInstanceOf(ValidationException);
    await expect(sfn.send(new GetExecutionHistoryCommand({ executionArn: missingExecution, maxResults: 1001 }))).rejects.toThrow(
      "Value '1001' at 'maxResults' failed to satisfy constraint",
    );
  });

  it('refuses the Standard-only APIs for Express state machines as AWS does', async () => {
    const arn = await createMachine(PASS, 'EXPRESS');
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    expect(executionArn).toMatch(/:express:machine-\d+:[0-9a-f-]{36}:[0-9a-f-]{36}$/);
    await emulator.whenIdle();
    await expect(sfn.send(new ListExecutionsCommand({ stateMachineArn: arn }))).rejects.toBeInstanceOf(StateMachineTypeNotSupported);
    await expect(sfn.send(new DescribeExecutionCommand({ executionArn }))).rejects.toThrow(
      "Invalid Arn: 'Resource type not valid in this context: express'",
    );
    await expect(sfn.send(new GetExecutionHistoryCommand({ executionArn }))).rejects.toBeInstanceOf(InvalidArn);
  });

  it('keeps each region apart, taking the region from the request signature', async () => {
    const eu = makeClient(emulator, 'eu-west-1');
    const created = await eu.send(new CreateStateMachineCommand({ name: 'EuOnly', definition: PASS, roleArn: ROLE_ARN }));
    expect(created.stateMachineArn).toBe('arn:aws:states:eu-west-1:123456789012:stateMachine:EuOnly');
    const euNames = (await eu.send(new ListStateMachinesCommand({}))).stateMachines!.map((m) => m.name);
    const usNames = (await sfn.send(new ListStateMachinesCommand({}))).stateMachines!.map((m) => m.name);
    expect(euNames).toEqual(['EuOnly']);
    expect(usNames).not.toContain('EuOnly');
  });
});
