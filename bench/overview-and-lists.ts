// The overview and the executions list against an account where one state machine is busy: 1,500
// executions in the last hour, beside six quiet machines with 20 each. Measures, in real Chromium
// against the production build (own dist dir, then `next start`), the time from navigation until
// every overview row has streamed in, and how many Step Functions calls one page load makes (counted
// by a proxy between the dashboard and the emulator), to show the reads stay bounded: the busy
// machine is read for 5 pages of 200 and marked as capped. Also times a name filter that matches
// nothing on the busy machine, which reads at most 10 pages per request.
// Prints one JSON object. Run: node --import tsx bench/overview-and-lists.ts
// BENCH_RUNS (default 5) page loads after one warm-up; STATESCOPE_E2E_SKIP_BUILD=1 reuses a build.
import { performance } from 'node:perf_hooks';
import { CreateStateMachineCommand, StartExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type { Page } from 'playwright-core';
import { benchEnvironment } from './support/bench-environment';
import { startCountingProxy } from './support/counting-proxy';
import { withEmulatorSession } from './support/emulator-session';
import { inBatches } from './support/in-batches';
import { spread } from './support/median';
import { startDashboardInChromium } from './support/start-dashboard-in-chromium';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUSY_EXECUTIONS = Number(process.env.BENCH_BUSY_EXECUTIONS ?? 1_500);
const QUIET_MACHINES = 6;
const QUIET_EXECUTIONS = 20;
const ROLE_ARN = 'arn:aws:iam::123456789012:role/BenchRole';
process.env.STATESCOPE_NEXT_DIST_DIR ??= '.next-bench-overview';

const PASS = JSON.stringify({ StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } });
const FAIL = JSON.stringify({
  StartAt: 'Boom',
  States: { Boom: { Type: 'Fail', Error: 'Bench.Failure', Cause: 'this machine always fails' } },
});

async function seed(sfn: SFNClient): Promise<string> {
  const create = async (name: string, definition: string) =>
    (await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn: ROLE_ARN }))).stateMachineArn!;
  const busyArn = await create('busy-orders', PASS);
  const busyFailArn = await create('busy-orders-failing', FAIL);
  const starts: (() => Promise<unknown>)[] = [];
  for (let index = 0; index < BUSY_EXECUTIONS; index++) {
    starts.push(() => sfn.send(new StartExecutionCommand({ stateMachineArn: busyArn, name: `order-${index}`, input: '{}' })));
  }
  for (let machine = 0; machine < QUIET_MACHINES - 1; machine++) {
    const arn = await create(`quiet-${machine}`, PASS);
    for (let index = 0; index < QUIET_EXECUTIONS; index++) {
      starts.push(() => sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: `run-${index}`, input: '{}' })));
    }
  }
  for (let index = 0; index < QUIET_EXECUTIONS; index++) {
    starts.push(() => sfn.send(new StartExecutionCommand({ stateMachineArn: busyFailArn, name: `fail-${index}`, input: '{}' })));
  }
  // A few at a time: the emulator's StartExecution bucket is AWS's, and this is set-up, not the measure.
  await inBatches(starts, 8, (start) => start());
  return busyArn;
}

async function timeUntil(page: Page, url: string, ready: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await ready();
  return performance.now() - started;
}

await withEmulatorSession('overview', async ({ emulator, sfn, cleanups }) => {
  const seedStarted = performance.now();
  const busyArn = await seed(sfn);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  // Let the last executions finish so the counts are stable between runs.
  await new Promise((resolve) => setTimeout(resolve, 2_000));

  const proxy = await startCountingProxy(emulator.url);
  cleanups.unshift(() => proxy.close());
  const { baseUrl, browser } = await startDashboardInChromium(proxy.url, cleanups);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });

  const machines = QUIET_MACHINES + 1;
  const overviewMs: number[] = [];
  let callsPerOverview: Record<string, number> = {};
  let cappedRows = 0;
  for (let run = 0; run <= RUNS; run++) {
    proxy.counts.clear();
    const elapsed = await timeUntil(page, `${baseUrl}/`, () =>
      page.waitForFunction(
        (expected) => document.querySelectorAll('tr[data-state-machine]:not([aria-busy])').length === expected,
        machines,
        { timeout: 120_000 },
      ),
    );
    if (run > 0) overviewMs.push(elapsed);
    if (run === RUNS) {
      callsPerOverview = Object.fromEntries(proxy.counts);
      cappedRows = await page.locator('[data-capped]').count();
    }
  }

  const filterMs: number[] = [];
  let callsPerFilteredList: Record<string, number> = {};
  const filteredUrl = `${baseUrl}/state-machines/${encodeURIComponent(busyArn)}?name=no-such-order`;
  for (let run = 0; run <= RUNS; run++) {
    proxy.counts.clear();
    const elapsed = await timeUntil(page, filteredUrl, () =>
      page.getByText('No executions match these filters').waitFor({ timeout: 120_000 }),
    );
    if (run > 0) filterMs.push(elapsed);
    if (run === RUNS) callsPerFilteredList = Object.fromEntries(proxy.counts);
  }

  console.log(
    JSON.stringify(
      {
        bench: 'overview-and-lists',
        environment: benchEnvironment(),
        stateMachines: machines,
        executions: BUSY_EXECUTIONS + QUIET_MACHINES * QUIET_EXECUTIONS,
        seedSeconds: Number(seedSeconds.toFixed(1)),
        runs: overviewMs.length,
        overviewAllRowsMs: spread(overviewMs),
        overviewCalls: callsPerOverview,
        overviewCappedRows: cappedRows,
        nameFilterNoMatchMs: spread(filterMs),
        nameFilterNoMatchCalls: callsPerFilteredList,
      },
      null,
      2,
    ),
  );
});
