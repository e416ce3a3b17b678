import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { ListExecutionsCommand, SFNClient } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoScenarios } from '@/lib/demo/demo-scenarios';
import { seedDemo, type DemoSummary } from '@/lib/demo/seed-demo';
import { startEmulator, type RunningEmulator } from '@/lib/emulator/start-emulator';
import { makeDataDir } from '../../support/emulator-server/start-test-emulator';

const DAY = 86_400_000;
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
// Two quick scenarios keep the run short; the history replays them.
const scenarios = demoScenarios.filter((s) => s.scenario === 'odd-even-even' || s.scenario === 'odd-even-not-a-number');

describe('the demo with a back-dated history', () => {
  const data = makeDataDir();
  let emulator: RunningEmulator;
  let summary: DemoSummary;
  let oddEvenArn: string;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, dataDir: data.dir });
    summary = await seedDemo({ endpoint: emulator.url, scenarios, expressCount: 0, historyDays: 14 });
    oddEvenArn = summary.stateMachines.find((m) => m.name === 'odd-even')!.arn;
  }, 120_000);

  afterAll(async () => {
    await emulator?.close();
    data.remove();
  });

  it('spreads runs over the past 14 days, listed after today’s scenarios, and the metrics count them per day', async () => {
    const sfn = new SFNClient({ endpoint: emulator.url, region: 'us-east-1', credentials });
    const listed = (await sfn.send(new ListExecutionsCommand({ stateMachineArn: oddEvenArn, maxResults: 1000 }))).executions!;
    const history = listed.filter((e) => e.name!.startsWith('history-'));
    expect(history.length).toBeGreaterThanOrEqual(28);
    // Newest first: today's scenario runs, then the back-dated ones.
    expect(listed.slice(0, listed.length - history.length).every((e) => !e.name!.startsWith('history-'))).toBe(true);
    const today = Math.floor(Date.now() / DAY) * DAY;
    const days = new Set(history.map((e) => Math.floor(e.startDate!.getTime() / DAY) * DAY));
    expect(days.size).toBe(14);
    expect(Math.min(...days)).toBe(today - 14 * DAY);
    for (const e of history) expect(e.stopDate!.getTime() - e.startDate!.getTime()).toBeLessThan(60_000);

    const cloudWatch = new CloudWatchClient({ endpoint: emulator.url, region: 'us-east-1', credentials });
    const answer = await cloudWatch.send(
      new GetMetricDataCommand({
        MetricDataQueries: [
          {
            Id: 'started',
            MetricStat: {
              Metric: {
                Namespace: 'AWS/States',
                MetricName: 'ExecutionsStarted',
                Dimensions: [{ Name: 'StateMachineArn', Value: oddEvenArn }],
              },
              Period: 86_400,
              Stat: 'Sum',
            },
          },
        ],
        StartTime: new Date(today - 14 * DAY),
        EndTime: new Date(today + DAY),
      }),
    );
    const perDay = new Map<number, number>();
    for (const e of listed) {
      const day = Math.floor(e.startDate!.getTime() / DAY) * DAY;
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const result = answer.MetricDataResults![0]!;
    expect(new Map(result.Timestamps!.map((t, i) => [t.getTime(), result.Values![i]]))).toEqual(perDay);
  });

  it('keeps its history on a re-run instead of adding to it', async () => {
    const sfn = new SFNClient({ endpoint: emulator.url, region: 'us-east-1', credentials });
    const count = async () =>
      (await sfn.send(new ListExecutionsCommand({ stateMachineArn: oddEvenArn, maxResults: 1000 }))).executions!.length;
    const before = await count();
    await seedDemo({ endpoint: emulator.url, scenarios, expressCount: 0, historyDays: 14 });
    expect(await count()).toBe(before);
  }, 120_000);
});
