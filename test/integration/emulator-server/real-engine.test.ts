import { readFileSync } from 'node:fs';
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  InvalidDefinition,
  StartExecutionCommand,
  StopExecutionCommand,
  type SFNClient,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@/lib/emulator/start-emulator';
import { INTERRUPTED_CAUSE } from '@/lib/emulator/store/end-interrupted-execution';
import { makeClient, makeDataDir, ROLE_ARN } from '../../support/emulator-server/start-test-emulator';

const DAYCARE = readFileSync(new URL('../../../lib/seeds/definitions/daycare-registration.asl.json', import.meta.url), 'utf8');
const ENROLLMENT = readFileSync(new URL('../../../lib/seeds/definitions/course-enrollment.asl.json', import.meta.url), 'utf8');
const DAYCARE_INPUT = JSON.stringify({
  registration_info: {
    child: { firstName: 'Ada', lastName: 'Lovelace', dateOfBirth: `${new Date().getUTCFullYear() - 3}-01-15` },
    parents: { mother: { firstName: 'Anne', lastName: 'Lovelace', email: 'anne@example.com' } },
    daysOfWeek: ['Monday', 'Wednesday'],
  },
});
const MAP_400 = JSON.stringify({
  StartAt: 'Each',
  States: {
    Each: {
      Type: 'Map',
      ItemsPath: '$.items',
      MaxConcurrency: 10,
      ItemProcessor: { StartAt: 'Double', States: { Double: { Type: 'Pass', End: true } } },
      End: true,
    },
  },
});
const loop = (iterations: number) =>
  JSON.stringify({
    StartAt: 'Init',
    States: {
      Init: { Type: 'Pass', Result: { i: 0 }, Next: 'Step' },
      Step: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'More' },
      More: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: iterations, Next: 'Step' }], Default: 'Done' },
      Done: { Type: 'Succeed' },
    },
  });
const WAIT = JSON.stringify({ StartAt: 'Nap', States: { Nap: { Type: 'Wait', Seconds: 3600, End: true } } });

describe('the emulator with the real engine and the seed handlers', () => {
  const data = makeDataDir();
  let emulator: RunningEmulator;
  let sfn: SFNClient;

  async function create(name: string, definition: string): Promise<string> {
    return (await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn: ROLE_ARN }))).stateMachineArn!;
  }

  async function run(stateMachineArn: string, input = '{}'): Promise<string> {
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input }));
    await emulator.whenIdle();
    return executionArn!;
  }

  async function allEvents(executionArn: string, reverseOrder = false) {
    const events = [];
    let nextToken: string | undefined;
    do {
      const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000, reverseOrder, nextToken }));
      events.push(...page.events!);
      nextToken = page.nextToken;
    } while (nextToken);
    return events;
  }

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, dataDir: data.dir });
    sfn = makeClient(emulator);
  });

  afterAll(async () => {
    await emulator.close();
    data.remove();
  });

  it('runs the daycare registration to success through Lambda handlers', async () => {
    const executionArn = await run(await create('daycare', DAYCARE), DAYCARE_INPUT);
    const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(execution.status).toBe('SUCCEEDED');
    const events = await allEvents(executionArn);
    expect(events[0]!.type).toBe('ExecutionStarted');
    expect(events.at(-1)!.type).toBe('ExecutionSucceeded');
    expect(events.filter((e) => e.type === 'TaskStateEntered').map((e) => e.stateEnteredEventDetails!.name)).toEqual([
      'CheckInformation',
      'CheckAgeRange',
      'CheckSpotsAvailability',
      'ConfirmRegistration',
    ]);
  });

  it('fails a Parallel whose Lambda branches all fail, and keeps running', async () => {
    // Each lookup of the enrollment throws on an empty request. The branches still loading their handler
    // when the first failed used to call it anyway, and its failure crashed the process (unhandled rejection).
    const arn = await create('enrollment', ENROLLMENT);
    for (let i = 0; i < 5; i++) {
      const execution = await sfn.send(new DescribeExecutionCommand({ executionArn: await run(arn, '{}') }));
      expect(execution).toMatchObject({ status: 'FAILED' });
    }
  });

  it('pages the history of a Map over 400 items', async () => {
    const items = Array.from({ length: 400 }, (_, i) => i);
    const executionArn = await run(await create('map-400', MAP_400), JSON.stringify({ items }));
    const forward = await allEvents(executionArn);
    expect(forward.length).toBeGreaterThan(1600);
    expect(forward.map((e) => e.id)).toEqual(forward.map((_, i) => i + 1));
    expect(forward.filter((e) => e.type === 'MapIterationSucceeded')).toHaveLength(400);
    const backward = await allEvents(executionArn, true);
    expect(backward.map((e) => e.id)).toEqual(forward.map((e) => e.id).reverse());
  });

  it('pages a Pass loop history of more than 2,500 events', async () => {
    const executionArn = await run(await create('loop-700', loop(700)));
    const events = await allEvents(executionArn);
    expect(events).toHaveLength(1 + 2 + 700 * 4 + 2 + 1);
    expect(events.at(-1)!.type).toBe('ExecutionSucceeded');
    const trimmed = await sfn.send(new GetExecutionHistoryCommand({ executionArn, includeExecutionData: false, maxResults: 3 }));
    expect(trimmed.events![1]!.stateEnteredEventDetails).toEqual({ name: 'Init' });
  });

  it('reports the validator message as InvalidDefinition', async () => {
    const error = await sfn
      .send(new CreateStateMachineCommand({ name: 'broken', definition: '{"StartAt":"Nowhere","States":{}}', roleArn: ROLE_ARN }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDefinition);
    expect((error as Error).message).toMatch(/^Invalid State Machine Definition: '.+'$/s);
  });

  it('stops a Wait with StopExecution', async () => {
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: await create('nap', WAIT) }));
    await sfn.send(new StopExecutionCommand({ executionArn, error: 'Operator', cause: 'enough' }));
    const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(execution).toMatchObject({ status: 'ABORTED', error: 'Operator', cause: 'enough' });
    const events = await allEvents(executionArn!);
    expect(events.at(-1)).toMatchObject({ type: 'ExecutionAborted', executionAbortedEventDetails: { error: 'Operator', cause: 'enough' } });
  });
});

describe('restarting the emulator with the real engine', () => {
  const data = makeDataDir();
  afterAll(() => data.remove());

  it('fails an execution that was waiting when the emulator closed', async () => {
    const first = await startEmulator({ port: 0, dataDir: data.dir });
    let sfn = makeClient(first);
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: 'nap', definition: WAIT, roleArn: ROLE_ARN }));
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn }));
    await first.close();
    const second = await startEmulator({ port: 0, dataDir: data.dir });
    sfn = makeClient(second);
    try {
      const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
      expect(execution).toMatchObject({ status: 'FAILED', error: 'States.Runtime', cause: INTERRUPTED_CAUSE });
      const { events } = await sfn.send(new GetExecutionHistoryCommand({ executionArn }));
      expect(events!.map((e) => e.type)).toEqual(['ExecutionStarted', 'WaitStateEntered', 'ExecutionFailed']);
    } finally {
      await second.close();
    }
  });
});
