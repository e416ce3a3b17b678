// The execution page on a history at the Standard limit: a Map of 3,400 Lambda iterations writes about
// 23,800 events (7 per iteration), which the page reads in 24 GetExecutionHistory pages, reconstructs
// and draws. Measures, in real Chromium against the production build (`next build` in its own dist
// dir, then `next start`), the time from navigation to a usable page (graph laid out, timeline and
// inspector drawn) and the page's DOM node count, before and after expanding the Map's 3,400 rows.
// Prints one JSON object. Run: node --import tsx bench/execution-page.ts
// BENCH_RUNS (default 5) page loads after one warm-up; STATESCOPE_E2E_SKIP_BUILD=1 reuses a build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CreateStateMachineCommand, DescribeExecutionCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { median } from './support/median';
import { startDashboardInChromium } from './support/start-dashboard-in-chromium';
import { startEmulatorProcess } from './support/start-emulator-process';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ITEMS = Number(process.env.BENCH_MAP_ITEMS ?? 3_400);
const ROLE_ARN = 'arn:aws:iam::123456789012:role/BenchRole';
process.env.STATESCOPE_NEXT_DIST_DIR ??= '.next-bench-execution-page';

const MAP_HEAVY = JSON.stringify({
  StartAt: 'CheckNumbers',
  States: {
    CheckNumbers: {
      Type: 'Map',
      ItemsPath: '$.numbers',
      MaxConcurrency: 40,
      ItemProcessor: {
        ProcessorConfig: { Mode: 'INLINE' },
        StartAt: 'CalculateRemainder',
        States: {
          CalculateRemainder: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:calculateRemainder', End: true },
        },
      },
      ResultPath: '$.results',
      Next: 'Done',
    },
    Done: { Type: 'Pass', Parameters: { 'count.$': 'States.ArrayLength($.results)' }, End: true },
  },
});

async function runMapHeavyExecution(sfn: SFNClient): Promise<string> {
  const { stateMachineArn } = await sfn.send(
    new CreateStateMachineCommand({ name: 'map-heavy', definition: MAP_HEAVY, roleArn: ROLE_ARN }),
  );
  const input = JSON.stringify({ numbers: Array.from({ length: ITEMS }, (_, i) => ({ N: i })) });
  const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, name: 'map-heavy-25k', input }));
  for (;;) {
    const { status } = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    if (status !== 'RUNNING') {
      if (status !== 'SUCCEEDED') throw new Error(`the Map-heavy execution ended ${status}`);
      return executionArn!;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'statescope-bench-page-'));
const emulator = await startEmulatorProcess(dataDir);
const cleanups: (() => unknown)[] = [() => emulator.stop(), () => rmSync(dataDir, { recursive: true, force: true })];
try {
  const sfn = new SFNClient({
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  const executionStarted = performance.now();
  const executionArn = await runMapHeavyExecution(sfn);
  const executionSeconds = (performance.now() - executionStarted) / 1000;

  const { baseUrl, browser } = await startDashboardInChromium(emulator.url, cleanups);

  const url = `${baseUrl}/executions/${encodeURIComponent(executionArn)}`;
  const usableMs: number[] = [];
  /** When the last byte of the streamed document arrived: the server's share (read, rebuild, render). */
  const documentDoneMs: number[] = [];
  let domNodes = 0;
  let domNodesExpanded = 0;
  let timelineRows = 0;
  let eventCount = 0;
  let documentBytes = 0;
  for (let run = 0; run <= RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const started = performance.now();
    const response = await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    await page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor({ timeout: 120_000 });
    await page.getByRole('list', { name: 'Timeline' }).waitFor();
    await page.getByTestId('inspected-state').waitFor();
    const elapsed = performance.now() - started;
    if (run > 0) {
      usableMs.push(elapsed);
      documentDoneMs.push(
        await page.evaluate(() => (window.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd),
      );
    }
    if (run === RUNS) {
      documentBytes = (await response?.body())?.length ?? 0;
      domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      const heading = await page.getByRole('heading', { name: /^History events \(\d+\)$/ }).textContent();
      eventCount = Number(/\((\d+)\)/.exec(heading ?? '')?.[1]);
      await page.getByRole('button', { name: 'Expand CheckNumbers' }).click();
      await page.waitForFunction(() => Number(document.querySelector('[aria-label="Timeline"]')?.getAttribute('data-row-count')) > 100);
      timelineRows = Number(await page.getByRole('list', { name: 'Timeline' }).getAttribute('data-row-count'));
      domNodesExpanded = await page.evaluate(() => document.getElementsByTagName('*').length);
    }
    await context.close();
  }
  console.log(
    JSON.stringify(
      {
        bench: 'execution-page',
        historyEvents: eventCount,
        mapIterations: ITEMS,
        executionRunSeconds: Number(executionSeconds.toFixed(1)),
        runs: usableMs.length,
        navigationToUsableMs: {
          median: Math.round(median(usableMs)),
          min: Math.round(Math.min(...usableMs)),
          max: Math.round(Math.max(...usableMs)),
        },
        documentStreamedMs: { median: Math.round(median(documentDoneMs)) },
        documentKb: Math.round(documentBytes / 1024),
        domNodes,
        timelineRowsAfterExpandingMap: timelineRows,
        domNodesAfterExpandingMap: domNodesExpanded,
      },
      null,
      2,
    ),
  );
} finally {
  for (const cleanup of cleanups) await Promise.resolve(cleanup()).catch((error: unknown) => console.error('cleanup:', error));
}
