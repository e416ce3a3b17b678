// The execution page on a history at the Standard limit: a Map of 3,400 Lambda iterations writes about
// 23,800 events (7 per iteration), which the page reads in 24 GetExecutionHistory pages, reconstructs
// and draws. Measures, in real Chromium against the production build (`next build` in its own dist
// dir, then `next start`), two times from navigation: to a drawn page (the first animation frame, timed
// in the page, with the graph, the timeline, the inspector and the selected visit's input all laid
// out; our server's HTML has all four, so no script file is needed for them) and to an interactive
// one (the first frame with the graph's canvas loaded, the page hydrated, the whole input shown: the
// old single "usable" mark, also timed in the page; the time Playwright's waits see it, about 100 ms
// later by their polling, is reported beside it as before), then to the whole view (the Map's
// iterations, which the document leaves out, fetched and drawn:
// lib/view-model/withhold-group-visits.ts), the document's and the view data's size (the
// RSC payload the document carries) and the page's DOM node count, before and after expanding the
// Map's 3,400 rows. The first load of each page is a warm-up: it puts the finished history in the
// server's cache, as any earlier visit would.
// Each dashboard reaches the emulator through its own counting proxy: the AWS calls of the first
// measured load (a revisit: the page and the requests it makes) are reported by action.
// Target: drawn and interactive within 1.0 s, document under 1 MB, DOM under 3,000 nodes.
// Baseline in the same run: BENCH_BASE_DIR=<a checkout of the baseline commit> (e.g. `git worktree add
// /tmp/base <commit>` with node_modules copied in by hard links, `cp -al`: Turbopack refuses a
// symlinked one) is built in the same dist dir name and measured in alternation with this tree.
// Prints one JSON object. Run: npm run bench -- execution-page
// BENCH_RUNS (default 5) page loads after one warm-up; STATESCOPE_E2E_SKIP_BUILD=1 reuses a build.
// BENCH_TRACE_DIR=<folder> saves a Chrome performance trace, with V8 CPU samples, of each target's last
// load there (open it in the DevTools Performance panel) to see where the main thread's time goes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CreateStateMachineCommand, DescribeExecutionCommand, StartExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type { Browser, Page } from 'playwright-core';
import { benchEnvironment } from './support/bench-environment';
import { startCountingProxy } from './support/counting-proxy';
import { withEmulatorSession } from './support/emulator-session';
import { median, spread } from './support/median';
import { startBenchDashboard } from './support/start-dashboard';
import { startDashboardInChromium } from './support/start-dashboard-in-chromium';

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

interface PageSample {
  /** Graph, timeline, inspector and the start of the selected visit's input on screen. */
  drawnMs: number;
  /** When each part of DRAWN_PARTS first was on screen: which one the drawn time waited for. */
  drawnParts: Record<string, number>;
  /** The graph's interactive canvas ready and the whole input shown (Tree/Text view): hydrated. Timed in the page, as drawn is. */
  interactiveMs: number;
  /** When each part of INTERACTIVE_PARTS first was on screen. */
  interactiveParts: Record<string, number>;
  /** The same, as Playwright's waits saw it from outside (the old reading): later by their polling and messaging. */
  interactivePolledMs: number;
  /**
   * The whole view in: a partial one's iterations fetched after the page (withhold-group-visits.ts)
   * and drawn, so any visit can be selected. The same as interactive for a page sent whole.
   */
  wholeViewMs: number;
  /** When the last byte of the streamed document arrived: the server's share (read, rebuild, render). */
  documentDoneMs: number;
  documentBytes: number;
  /** The RSC payload inside the document (self.__next_f): the data the page hydrates from. */
  viewDataBytes: number;
  eventCount: number;
  domNodes: number;
  timelineRows: number;
  domNodesExpanded: number;
}

/** The bytes of the RSC payload a document carries in its `self.__next_f.push([1, "…"])` scripts. */
function rscPayloadBytes(html: string): number {
  let bytes = 0;
  for (const match of html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)) {
    bytes += Buffer.byteLength(JSON.parse(match[1]!) as string);
  }
  return bytes;
}

/** What must be on screen for the page to count as drawn (the baseline has no static graph and waits for its canvas). */
const DRAWN_PARTS = {
  graph: '[data-testid="execution-graph"]:is([data-ready="static"], [data-ready="true"])',
  timeline: '[aria-label="Timeline"]',
  inspector: '[data-testid="inspected-state"]',
  input: '#inspector-tabpanel :is([data-json-label="State input"], [aria-label="State input"])',
};

/**
 * What must be on screen for the page to count as interactive: the graph's canvas (React Flow,
 * loaded after hydration) and the selected visit's whole input with its Tree/Text switch, which the
 * page shows once hydrated and the input is read.
 */
const INTERACTIVE_PARTS = {
  canvas: '[data-testid="execution-graph"][data-ready="true"]',
  inputView: '#inspector-tabpanel [role="group"][aria-label="State input view"]',
};

/**
 * Runs in the page before its own scripts: notes, for each part, the first animation frame in which
 * it is in the DOM and laid out (not in a hidden streaming container), in ms since navigation, in
 * `window[globalName]`. A frame callback runs just before that frame's paint, and waits as the paint
 * does while scripts hold the main thread; a poll from outside the page would wait for the same thread
 * and read late (Playwright's waits saw the interactive parts a median of about 100 ms after this).
 * The parts are looked for in that callback, where the layout they need is the frame's own: looked
 * for at each DOM change, they forced extra layouts while the document was still being parsed
 * (60–170 ms of the main thread per load in a trace).
 * A string, not a function: tsx would add helpers to a function that the page does not have.
 */
function recordPartsScript(globalName: string, parts: Record<string, string>): string {
  return `(() => {
  const parts = ${JSON.stringify(parts)};
  const seen = {};
  window[${JSON.stringify(globalName)}] = seen;
  const pending = new Set(Object.keys(parts));
  let frameAsked = false;
  const lookInFrame = (frameTime) => {
    frameAsked = false;
    for (const name of pending) {
      const element = document.querySelector(parts[name]);
      if (!element || element.getClientRects().length === 0) continue;
      pending.delete(name);
      seen[name] = frameTime;
    }
    if (pending.size === 0) observer.disconnect();
  };
  const observer = new MutationObserver(() => {
    if (frameAsked) return;
    frameAsked = true;
    requestAnimationFrame(lookInFrame);
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'hidden'] });
})();`;
}

/** Waits until every one of `parts` was seen by its in-page recorder; returns when each was. */
async function partsSeen(page: Page, globalName: string, parts: Record<string, string>): Promise<Record<string, number>> {
  const handle = await page.waitForFunction(
    ([name, count]) => {
      const seen = (window as unknown as Record<string, Record<string, number> | undefined>)[name] ?? {};
      return Object.keys(seen).length === count && seen;
    },
    [globalName, Object.keys(parts).length] as const,
    { timeout: 120_000 },
  );
  return (await handle.jsonValue()) as Record<string, number>;
}

/** One page load in a fresh browser context; `full` also counts the DOM and expands the Map. */
async function measurePage(browser: Browser, url: string, full: boolean): Promise<PageSample> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript({ content: recordPartsScript('__drawnParts', DRAWN_PARTS) });
  await context.addInitScript({ content: recordPartsScript('__interactiveParts', INTERACTIVE_PARTS) });
  try {
    const page = await context.newPage();
    const traceDir = process.env.BENCH_TRACE_DIR;
    if (full && traceDir) {
      await browser.startTracing(page, {
        path: path.join(traceDir, `execution-page-${new URL(url).port}.json`),
        // The V8 sampling profiler too: which scripts' functions the main thread spends its time in.
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-v8.cpu_profiler',
          'v8.execute',
          'blink.user_timing',
          'loading',
        ],
      });
    }
    const started = performance.now();
    const response = await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    const graph = (ready: string) =>
      page
        .locator(`[data-testid="execution-graph"]${ready}`)
        .waitFor({ timeout: 120_000 })
        .catch(async (error: unknown) => {
          // Say which page never got its graph and what it showed instead.
          const shown = await page
            .locator('main')
            .innerText()
            .catch(() => '(no main element)');
          throw new Error(`${url}: the graph was not drawn within 120 s; the page showed: ${shown.slice(0, 1500)}`, { cause: error });
        });
    await graph(':is([data-ready="static"], [data-ready="true"])');
    const drawnParts = await partsSeen(page, '__drawnParts', DRAWN_PARTS);
    const drawnMs = Math.max(...Object.values(drawnParts));
    await graph('[data-ready="true"]');
    await page.locator('#inspector-tabpanel').getByRole('group', { name: 'State input view' }).waitFor({ timeout: 120_000 });
    const interactivePolledMs = performance.now() - started;
    const interactiveParts = await partsSeen(page, '__interactiveParts', INTERACTIVE_PARTS);
    const interactiveMs = Math.max(...Object.values(interactiveParts));
    await page.locator('#execution-debugger:not([data-partial-view])').waitFor({ timeout: 120_000 });
    const wholeViewMs = performance.now() - started;
    if (full && traceDir) await browser.stopTracing();
    const documentDoneMs = await page.evaluate(
      () => (window.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
    );
    const sample: PageSample = {
      drawnMs,
      drawnParts,
      interactiveMs,
      interactiveParts,
      interactivePolledMs,
      wholeViewMs,
      documentDoneMs,
      documentBytes: 0,
      viewDataBytes: 0,
      eventCount: 0,
      domNodes: 0,
      timelineRows: 0,
      domNodesExpanded: 0,
    };
    if (!full) return sample;
    sample.documentBytes = (await response?.body())?.length ?? 0;
    const html = (await response?.text()) ?? '';
    sample.viewDataBytes = rscPayloadBytes(html);
    if (process.env.BENCH_SAVE_DOCUMENTS) writeFileSync(path.join(process.env.BENCH_SAVE_DOCUMENTS, `${new URL(url).port}.html`), html);
    sample.domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const heading = await page.getByRole('heading', { name: /^History events \(\d+\)$/ }).textContent();
    sample.eventCount = Number(/\((\d+)\)/.exec(heading ?? '')?.[1]);
    await page.getByRole('button', { name: 'Expand CheckNumbers' }).click();
    await page.waitForFunction(() => Number(document.querySelector('[aria-label="Timeline"]')?.getAttribute('data-row-count')) > 100);
    sample.timelineRows = Number(await page.getByRole('list', { name: 'Timeline' }).getAttribute('data-row-count'));
    sample.domNodesExpanded = await page.evaluate(() => document.getElementsByTagName('*').length);
    return sample;
  } finally {
    await context.close();
  }
}

await withEmulatorSession('page', async ({ emulator, sfn, cleanups }) => {
  const executionStarted = performance.now();
  const executionArn = await runMapHeavyExecution(sfn);
  const executionSeconds = (performance.now() - executionStarted) / 1000;

  // Each dashboard reaches the emulator through its own counting proxy: the AWS calls a revisit makes.
  const countingProxy = async () => {
    const proxy = await startCountingProxy(emulator.url);
    cleanups.unshift(() => proxy.close());
    return proxy;
  };
  const oursProxy = await countingProxy();
  const { baseUrl, browser } = await startDashboardInChromium(oursProxy.url, cleanups);
  const targets: { name: string; baseUrl: string; calls: Map<string, number> }[] = [{ name: 'ours', baseUrl, calls: oursProxy.counts }];
  const baseDir = process.env.BENCH_BASE_DIR;
  // The baseline checkout's dashboard, built in the same dist dir name, against the same emulator.
  if (baseDir) {
    const baselineProxy = await countingProxy();
    const baseline = await startBenchDashboard(baselineProxy.url, cleanups, { cwd: baseDir, logPrefix: 'baseline: ' });
    targets.push({ name: 'baseline', baseUrl: baseline.baseUrl, calls: baselineProxy.counts });
  }
  const awsCallsPerRevisit = new Map<string, Record<string, number>>();

  const samples = new Map(targets.map((target) => [target.name, [] as PageSample[]]));
  let eventCount = 0;
  for (let run = 0; run <= RUNS; run++) {
    for (const target of targets) {
      target.calls.clear();
      const sample = await measurePage(browser, `${target.baseUrl}/executions/${encodeURIComponent(executionArn)}`, run === RUNS);
      if (run === 1) awsCallsPerRevisit.set(target.name, Object.fromEntries(target.calls));
      if (run > 0) samples.get(target.name)!.push(sample);
      eventCount ||= sample.eventCount;
    }
  }
  const report = (name: string, list: PageSample[]) => {
    const last = list.at(-1)!;
    return {
      // The first measured load, a revisit (the warm-up read the history): the page and its requests.
      awsCallsPerRevisit: awsCallsPerRevisit.get(name),
      navigationToDrawnMs: spread(list.map((sample) => sample.drawnMs)),
      drawnPartMediansMs: Object.fromEntries(
        Object.keys(DRAWN_PARTS).map((part) => [part, Math.round(median(list.map((sample) => sample.drawnParts[part] ?? NaN)))]),
      ),
      navigationToInteractiveMs: spread(list.map((sample) => sample.interactiveMs)),
      interactivePartMediansMs: Object.fromEntries(
        Object.keys(INTERACTIVE_PARTS).map((part) => [
          part,
          Math.round(median(list.map((sample) => sample.interactiveParts[part] ?? NaN))),
        ]),
      ),
      navigationToInteractiveAsPolledMs: spread(list.map((sample) => sample.interactivePolledMs)),
      navigationToWholeViewMs: spread(list.map((sample) => sample.wholeViewMs)),
      documentStreamedMs: { median: Math.round(median(list.map((sample) => sample.documentDoneMs))) },
      documentKb: Math.round(last.documentBytes / 1024),
      viewDataKb: Math.round(last.viewDataBytes / 1024),
      domNodes: last.domNodes,
      timelineRowsAfterExpandingMap: last.timelineRows,
      domNodesAfterExpandingMap: last.domNodesExpanded,
    };
  };
  const ours = report('ours', samples.get('ours')!);
  const baseline = baseDir ? report('baseline', samples.get('baseline')!) : undefined;
  console.log(
    JSON.stringify(
      {
        bench: 'execution-page',
        environment: benchEnvironment(),
        historyEvents: eventCount,
        mapIterations: ITEMS,
        executionRunSeconds: Number(executionSeconds.toFixed(1)),
        runs: RUNS,
        ours,
        ...(baseline && {
          baseline: { dir: baseDir, ...baseline },
          ratioToBaseline: {
            drawn: Number((ours.navigationToDrawnMs.median / baseline.navigationToDrawnMs.median).toFixed(2)),
            interactive: Number((ours.navigationToInteractiveMs.median / baseline.navigationToInteractiveMs.median).toFixed(2)),
            interactiveAsPolled: Number(
              (ours.navigationToInteractiveAsPolledMs.median / baseline.navigationToInteractiveAsPolledMs.median).toFixed(2),
            ),
            wholeView: Number((ours.navigationToWholeViewMs.median / baseline.navigationToWholeViewMs.median).toFixed(2)),
            document: Number((ours.documentKb / baseline.documentKb).toFixed(2)),
            viewData: Number((ours.viewDataKb / baseline.viewDataKb).toFixed(2)),
            domNodes: Number((ours.domNodes / baseline.domNodes).toFixed(2)),
          },
        }),
      },
      null,
      2,
    ),
  );
});
