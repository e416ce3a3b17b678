import { DescribeExecutionCommand, GetExecutionHistoryCommand, ListExecutionsCommand, SFNClient } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoScenarios } from '@/lib/demo/demo-scenarios';
import { seedDemo, type DemoSummary } from '@/lib/demo/seed-demo';
import { startEmulator, type RunningEmulator } from '@/lib/emulator/start-emulator';
import { resetTransientFailureCounts } from '@/lib/seeds/handlers/UpdateInventoryFunction';
import { makeDataDir } from '../../support/emulator-server/start-test-emulator';

const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
// The two scenarios whose handler remembers attempts per order: the history replays nothing else.
const scenarios = demoScenarios.filter(
  (s) => s.scenario === 'order-inventory-retry-recovered' || s.scenario === 'order-inventory-retries-exhausted',
);

describe('the demo history of the inventory outage', () => {
  const data = makeDataDir();
  const log: string[] = [];
  let emulator: RunningEmulator;
  let summary: DemoSummary;
  let sfn: SFNClient;

  beforeAll(async () => {
    // The handlers run in this process, and other files in it may have run the same orders already.
    resetTransientFailureCounts();
    // Retry back-offs of 1 to 2.25 s, a hundred times faster.
    emulator = await startEmulator({ port: 0, dataDir: data.dir, timeScale: 0.01 });
    sfn = new SFNClient({ endpoint: emulator.url, region: 'us-east-1', credentials });
    summary = await seedDemo({ endpoint: emulator.url, scenarios, expressCount: 0, historyDays: 14, log: (line) => log.push(line) });
  }, 120_000);

  afterAll(async () => {
    sfn?.destroy();
    await emulator?.close();
    data.remove();
  });

  it("ends every replay and today's runs as their scenarios say, with no warning", async () => {
    const arn = summary.stateMachines.find((m) => m.name === 'order-processing')!.arn;
    const listed = (await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn, maxResults: 1000 }))).executions!;
    const history = listed.filter((e) => e.name!.startsWith('history-'));
    expect(history.length).toBeGreaterThanOrEqual(28);
    const expectedOf = (name: string) => scenarios.find((s) => name.endsWith(s.scenario) || name.startsWith(`${s.scenario}-`))!;
    const wrong = listed.filter((e) => e.status !== expectedOf(e.name!).expectedStatus).map((e) => `${e.name} ${e.status}`);
    expect(wrong).toEqual([]);
    expect(log.filter((line) => line.startsWith('warning'))).toEqual([]);
    // Today's exhausted run really tried four times: it is not a replay's leftover failure count.
    const today = summary.executions.find((e) => e.scenario === 'order-inventory-retries-exhausted')!;
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn: today.executionArn }));
    expect(described.error).toBe('InventoryServiceUnavailable');
    expect(described.cause).toContain('ORD-20487 (attempt 4)');
    // And every recovered run, today's and each replay, rode out two timeouts before succeeding.
    const recovered = listed.filter((e) => e.name!.includes('order-inventory-retry-recovered'));
    for (const execution of recovered) {
      const { events } = await sfn.send(new GetExecutionHistoryCommand({ executionArn: execution.executionArn, maxResults: 1000 }));
      expect([execution.name, events!.filter((event) => event.type === 'LambdaFunctionFailed').length]).toEqual([execution.name, 2]);
    }
  });
});
