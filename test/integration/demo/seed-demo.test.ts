import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DescribeExecutionCommand, GetExecutionHistoryCommand, ListExecutionsCommand, SFNClient } from '@aws-sdk/client-sfn';
import type { HistoryEvent } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/lib/demo/seed-demo';
import type { DemoSummary } from '@/lib/demo/seed-demo';
import { demoScenarios } from '@/lib/demo/demo-scenarios';
import { startEmulator } from '@/lib/emulator/start-emulator';
import { resetTransientFailureCounts } from '@/lib/seeds/handlers/UpdateInventoryFunction';

type RunningEmulator = Awaited<ReturnType<typeof startEmulator>>;

let emulator: RunningEmulator;
let dataDir: string;
let client: SFNClient;
let summary: DemoSummary;
const logLines: string[] = [];

function arnOf(scenario: string): string {
  const execution = summary.executions.find((candidate) => candidate.scenario === scenario);
  if (!execution) throw new Error(`no scenario ${scenario} in the demo summary`);
  return execution.executionArn;
}

async function historyOf(scenario: string): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await client.send(new GetExecutionHistoryCommand({ executionArn: arnOf(scenario), maxResults: 1000, nextToken }));
    events.push(...(page.events ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return events;
}

/** Events caused, directly or through a chain, by the TaskStateEntered of `stateName`. */
function countInState(events: HistoryEvent[], stateName: string, type: string): number {
  const byId = new Map(events.map((event) => [event.id, event]));
  const enteredIds = new Set(
    events
      .filter((event) => event.type === 'TaskStateEntered' && event.stateEnteredEventDetails?.name === stateName)
      .map((event) => event.id),
  );
  return events.filter((event) => {
    if (event.type !== type) return false;
    for (let cursor = byId.get(event.previousEventId); cursor; cursor = byId.get(cursor.previousEventId)) {
      if (cursor.type?.endsWith('StateEntered')) return enteredIds.has(cursor.id);
    }
    return false;
  }).length;
}

beforeAll(async () => {
  // The handlers run in this process, and other files in it may have run the same orders already.
  resetTransientFailureCounts();
  dataDir = mkdtempSync(path.join(tmpdir(), 'statescope-demo-'));
  emulator = await startEmulator({ port: 0, host: '127.0.0.1', dataDir });
  client = new SFNClient({
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  summary = await seedDemo({ endpoint: emulator.url, log: (line) => logLines.push(line) });
}, 180_000);

afterAll(async () => {
  client?.destroy();
  await emulator?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('seedDemo against the embedded emulator', () => {
  it('deploys every seed workflow and starts one execution per scenario, named after it', () => {
    expect(summary.stateMachines.map((machine) => machine.name)).toEqual([
      'daycare-registration',
      'order-processing',
      'course-enrollment',
      'odd-even',
      'shipping-label-batch',
      'invoice-payment-reminder',
      'supplier-quote-approval',
      'parcel-audit',
    ]);
    expect(summary.executions.map((execution) => execution.scenario)).toEqual(demoScenarios.map((scenario) => scenario.scenario));
    expect(arnOf('daycare-age-too-young')).toBe(
      'arn:aws:states:us-east-1:123456789012:execution:daycare-registration:daycare-age-too-young-1',
    );
    expect(logLines.filter((line) => line.startsWith('warning'))).toEqual([]);
  });

  it.each(demoScenarios.map((scenario) => [scenario.scenario, scenario] as const))(
    '%s ends with its expected status and error',
    async (_name, scenario) => {
      const described = await client.send(new DescribeExecutionCommand({ executionArn: arnOf(scenario.scenario) }));
      expect(described.status).toBe(scenario.expectedStatus);
      if (scenario.expectedError) expect(described.error).toBe(scenario.expectedError);
      if (scenario.failState) {
        const events = await historyOf(scenario.scenario);
        const failEntered = events.filter((event) => event.type === 'FailStateEntered');
        expect(failEntered.map((event) => event.stateEnteredEventDetails?.name)).toEqual([scenario.failState]);
      }
    },
  );

  it('fails the too-young registration in AgeOutOfRange after checkAgeRange answered 400', async () => {
    const events = await historyOf('daycare-age-too-young');
    const lambdaOutputs = events
      .filter((event) => event.type === 'LambdaFunctionSucceeded')
      .map((event) => JSON.parse(event.lambdaFunctionSucceededEventDetails!.output!));
    expect(lambdaOutputs.map((output) => output.statusCode)).toEqual([200, 400]);
    const failed = events.at(-1)!;
    expect(failed.type).toBe('ExecutionFailed');
    expect(failed.executionFailedEventDetails).toEqual({
      error: 'AgeOutOfRange',
      cause: 'Child is not within the acceptable age range for this daycare.',
    });
  });

  it('catches the declined payment: VerifyPayment exits and the Catch leads to NotifyCustomerFailedPayment', async () => {
    const events = await historyOf('order-payment-declined');
    const lambdaFailed = events.find((event) => event.type === 'LambdaFunctionFailed')!;
    expect(lambdaFailed.lambdaFunctionFailedEventDetails?.error).toBe('PaymentVerificationFailed');
    const cause = JSON.parse(lambdaFailed.lambdaFunctionFailedEventDetails!.cause!);
    expect(cause).toMatchObject({
      errorType: 'PaymentVerificationFailed',
      errorMessage: 'Payment for order ORD-20483 was declined: card declined by issuer',
    });
    const exited = events.find((event) => event.type === 'TaskStateExited' && event.stateExitedEventDetails?.name === 'VerifyPayment')!;
    expect(JSON.parse(exited.stateExitedEventDetails!.output!)).toMatchObject({ Error: 'PaymentVerificationFailed' });
    expect(events.some((event) => event.type === 'TaskStateEntered' && event.stateEnteredEventDetails?.name === 'UpdateInventory')).toBe(
      false,
    );
  });

  it('retries UpdateInventory twice before it succeeds', async () => {
    const events = await historyOf('order-inventory-retry-recovered');
    expect(countInState(events, 'UpdateInventory', 'LambdaFunctionScheduled')).toBe(3);
    expect(countInState(events, 'UpdateInventory', 'LambdaFunctionFailed')).toBe(2);
    expect(events.at(-1)!.type).toBe('ExecutionSucceeded');
  });

  it('gives up after MaxAttempts retries and fails with the transient error, uncaught', async () => {
    const events = await historyOf('order-inventory-retries-exhausted');
    expect(countInState(events, 'UpdateInventory', 'LambdaFunctionScheduled')).toBe(4);
    expect(events.at(-1)!.executionFailedEventDetails?.error).toBe('InventoryServiceUnavailable');
  });

  it('runs the course lookups through lambda:invoke (TaskScheduled events) inside a Parallel', async () => {
    const events = await historyOf('course-enrolled');
    expect(events.filter((event) => event.type === 'TaskScheduled')).toHaveLength(4);
    expect(events.some((event) => event.type === 'ParallelStateStarted')).toBe(true);
    const output = JSON.parse(events.at(-1)!.executionSucceededEventDetails!.output!);
    expect(output).toMatchObject({ name: 'Ayesha Raza', enrolled: true });
  });

  it('keeps the Map over 300 shipments in a history that needs several pages of 1,000 events', async () => {
    const firstPage = await client.send(new GetExecutionHistoryCommand({ executionArn: arnOf('shipping-labels-300'), maxResults: 1000 }));
    expect(firstPage.events).toHaveLength(1000);
    expect(firstPage.nextToken).toBeTruthy();
    const events = await historyOf('shipping-labels-300');
    expect(events.length).toBeGreaterThan(2000);
    expect(events.filter((event) => event.type === 'MapIterationSucceeded')).toHaveLength(300);
    const output = JSON.parse(events.at(-1)!.executionSucceededEventDetails!.output!);
    expect(output).toEqual({ batchId: 'B1208', warehouse: 'PDX-1', labelCount: 300 });
  });

  it('flags the bad addresses of the 120-shipment Map for review instead of failing the batch', async () => {
    const events = await historyOf('shipping-labels-120');
    expect(events.filter((event) => event.type === 'MapIterationStarted')).toHaveLength(120);
    const flagged = events.filter(
      (event) => event.type === 'PassStateEntered' && event.stateEnteredEventDetails?.name === 'FlagForManualReview',
    );
    expect(flagged).toHaveLength(5);
  });

  it('leaves the 30-day reminder waiting in its Wait state', async () => {
    const events = await historyOf('payment-reminder-waiting');
    expect(events.at(-1)!.type).toBe('WaitStateEntered');
  });

  it('records the stop of the cancelled reminder with its error', async () => {
    const described = await client.send(new DescribeExecutionCommand({ executionArn: arnOf('payment-reminder-cancelled') }));
    expect(described).toMatchObject({ status: 'ABORTED', error: 'InvoicePaid' });
  });

  it('keeps existing executions and state machines when run again', async () => {
    const again = await seedDemo({ endpoint: emulator.url });
    expect(again).toEqual(summary);
    const machine = summary.stateMachines.find((candidate) => candidate.name === 'order-processing')!;
    const listed = await client.send(new ListExecutionsCommand({ stateMachineArn: machine.arn, maxResults: 1000 }));
    expect(listed.executions).toHaveLength(demoScenarios.filter((scenario) => scenario.stateMachine === 'order-processing').length);
  });
});
