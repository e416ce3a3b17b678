import { join } from 'node:path';
import { CreateStateMachineCommand, DescribeExecutionCommand, StartExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe, seriousViolations } from './support/axe';
import { ARTIFACTS_DIR, saveScreenshot } from './support/browser';
import { useFreshPages } from './support/fresh-pages';
import { demoExecutionArn } from './support/use-page';

// What the execution page shows from the server's HTML alone, before (or without) its scripts: the
// graph as the server laid it out, and the opening visit's input, whole or (too large) its first
// lines. Then the interactive canvas and the whole input take their places.

const executionPath = (executionArn: string) => `/executions/${encodeURIComponent(executionArn)}`;
const ITEMS = Array.from({ length: 3_000 }, (_, index) => ({ id: index, name: `item ${index}`, tags: ['a', 'b'] }));

/** A finished execution whose first state's input (3,000 items) is too large to come with the page. */
async function runLargeInputExecution(sfn: SFNClient): Promise<string> {
  const { stateMachineArn } = await sfn.send(
    new CreateStateMachineCommand({
      name: `first-paint-large-input-${Date.now()}`,
      roleArn: 'arn:aws:iam::123456789012:role/E2ERole',
      definition: JSON.stringify({
        StartAt: 'Receive',
        States: { Receive: { Type: 'Pass', Next: 'Count' }, Count: { Type: 'Pass', End: true } },
      }),
    }),
  );
  const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify({ items: ITEMS }) }));
  for (let attempt = 0; attempt < 200; attempt++) {
    const { status } = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    if (status === 'SUCCEEDED') return executionArn!;
    if (status !== 'RUNNING') throw new Error(`the large-input execution ended ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the large-input execution did not finish within 10 s');
}

describe('the execution page before its scripts have run', () => {
  const pages = useFreshPages();
  let largeInputArn = '';
  /** `scriptsLoad` false: as in the moments before the scripts arrive (with JavaScript off altogether, streamed sections would stay hidden). */
  const openPage = (path: string, scriptsLoad: boolean) => pages.open(path, { scriptsLoad });

  beforeAll(async () => {
    largeInputArn = await runLargeInputExecution(pages.sfn);
  });

  it('draws the graph the server laid out, failed path in red, before any script file has loaded', async () => {
    const page = await openPage(executionPath(demoExecutionArn('daycare-age-too-young')), false);
    const graph = page.locator('[data-testid="execution-graph"][data-ready="static"]');
    await graph.waitFor();
    expect(await graph.getByRole('img').getAttribute('aria-label')).toMatch(
      /^Graph of \d+ states; failed: AgeOutOfRange \(loading its controls\)$/,
    );
    const node = (name: string) => graph.locator(`[data-static-node="${name}"]`);
    expect(await node('AgeOutOfRange').getAttribute('data-run-status')).toBe('failed');
    expect(await node('AgeOutOfRange').getAttribute('class')).toContain('border-red-600');
    expect(await node('CheckAgeRange').getAttribute('data-run-status')).toBe('succeeded');
    expect(await node('CheckSpotsAvailability').getAttribute('data-run-status')).toBe('not-visited');
    // Every state is drawn inside the box, and the edges along their routes with arrowheads.
    const box = (await graph.boundingBox())!;
    for (const name of ['CheckInformation', 'AgeOutOfRange', 'CheckSpotsAvailability']) {
      const placed = (await node(name).boundingBox())!;
      expect(placed.x).toBeGreaterThanOrEqual(box.x);
      expect(placed.x + placed.width).toBeLessThanOrEqual(box.x + box.width + 1);
      expect(placed.height).toBeGreaterThan(10);
    }
    expect(await graph.locator('path[marker-end]').count()).toBeGreaterThan(10);
    // The failing state's input came with the page, whole.
    expect(await page.getByTestId('inspected-state').textContent()).toBe('AgeOutOfRange');
    await page.locator('#inspector-tabpanel [aria-label="State input"]').waitFor();
    await saveScreenshot(page, 'first-paint-daycare');
    await graph.screenshot({ path: join(ARTIFACTS_DIR, 'first-paint-daycare-static-graph.png') });
  });

  it('passes axe in light and dark, and fits a phone, before any script file has loaded', async () => {
    const page = await openPage(executionPath(demoExecutionArn('daycare-age-too-young')), false);
    const graph = page.locator('[data-testid="execution-graph"][data-ready="static"]');
    await graph.waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const serious = seriousViolations(await runAxe(page));
      expect(serious, describeViolations(serious)).toEqual([]);
    }
    await graph.screenshot({ path: join(ARTIFACTS_DIR, 'first-paint-daycare-static-graph-dark.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = (await graph.boundingBox())!;
    const placed = (await graph.locator('[data-static-node="NoSpotsAvailable"]').boundingBox())!;
    expect(placed.x + placed.width).toBeLessThanOrEqual(box.x + box.width + 1);
    await graph.screenshot({ path: join(ARTIFACTS_DIR, 'first-paint-daycare-static-graph-390-dark.png') });
  });

  it('marks both executions’ paths on the compare page’s drawn graph too', async () => {
    const a = encodeURIComponent(demoExecutionArn('order-payment-declined'));
    const b = encodeURIComponent(demoExecutionArn('order-fulfilled'));
    const page = await openPage(`/compare?a=${a}&b=${b}`, false);
    const graph = page.locator('[data-testid="execution-graph"][data-ready="static"]');
    await graph.waitFor();
    const node = (name: string) => graph.locator(`[data-static-node="${name}"]`);
    expect(await node('VerifyPayment').getAttribute('data-compare-mark')).toBe('both');
    expect(await node('VerifyPayment').getAttribute('class')).toContain('ring-red-500');
    expect(await node('NotifyCustomerFailedPayment').getAttribute('data-compare-mark')).toBe('a-only');
    expect(await node('UpdateInventory').getAttribute('data-compare-mark')).toBe('b-only');
    expect(await node('UpdateInventory').textContent()).toContain('B only');
  });

  it('shows the first lines of an input too large to come with the page, then the whole of it', async () => {
    const whole = JSON.stringify({ items: ITEMS }, null, 2);
    const staticPage = await openPage(executionPath(largeInputArn), false);
    const head = staticPage.locator('#inspector-tabpanel [data-payload-head="State input"]');
    await head.waitFor();
    expect(await head.getByRole('status').textContent()).toBe(
      `The first 2,000 of ${whole.length.toLocaleString('en-US')} characters; reading the rest…`,
    );
    expect(await head.locator('[data-json-label="State input"]').textContent()).toBe(`${whole.slice(0, 2_000)}\n…`);

    const page = await openPage(executionPath(largeInputArn), true);
    const inspector = page.locator('#inspector-tabpanel');
    await inspector.getByRole('group', { name: 'State input view' }).getByRole('button', { name: 'Text' }).click();
    expect(await inspector.getByLabel('State input', { exact: true }).textContent()).toBe(whole);
    expect(await inspector.locator('[data-payload-head]').count()).toBe(0);
  });

  it('asks for the canvas’s code and a large opening input from the HTML, and the page uses those answers', async () => {
    const isPayloads = (url: string) => new URL(url).pathname.endsWith('/payloads');
    const recordRequests = (into: string[]) => (page: Page) => page.on('request', (request) => into.push(request.url()));
    // Scripts refused: only the document's own links can ask.
    const askedByHtml: string[] = [];
    const staticPage = await pages.open(executionPath(largeInputArn), { scriptsLoad: false, beforeGoto: recordRequests(askedByHtml) });
    await staticPage.locator('#inspector-tabpanel [data-payload-head="State input"]').waitFor();
    await expect.poll(() => askedByHtml.filter(isPayloads)).toHaveLength(1);
    const [payloads] = askedByHtml.filter(isPayloads);
    expect(new URL(payloads ?? '').searchParams.get('stopped')).toMatch(/^\d+$/);
    // The canvas's code (React Flow) is preloaded, not one of the page's scripts: it is no part of the first load.
    const preloaded = await staticPage
      .locator('link[rel="preload"][as="script"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const scripts = await staticPage
      .locator('script[src]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('src') ?? ''));
    const reactFlow: string[] = [];
    for (const href of preloaded) {
      if ((await (await fetch(`${inject('baseUrl')}${href}`)).text()).includes('react-flow__pane')) reactFlow.push(href);
    }
    expect(reactFlow).toHaveLength(1);
    expect(scripts).not.toContain(reactFlow[0]);
    expect(askedByHtml.map((url) => new URL(url).pathname)).toContain(reactFlow[0]);

    // With its scripts, the inspector takes the preloaded answer instead of asking again.
    const asked: string[] = [];
    const page = await pages.open(executionPath(largeInputArn), { beforeGoto: recordRequests(asked) });
    await page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor();
    await page.locator('#inspector-tabpanel').getByRole('group', { name: 'State input view' }).waitFor();
    expect(asked.filter(isPayloads)).toEqual([payloads]);
    expect(asked.filter((url) => new URL(url).pathname === reactFlow[0])).toHaveLength(1);

    // A finished execution's small opening payloads come inside the page: nothing to ask for early.
    const daycare = await openPage(executionPath(demoExecutionArn('daycare-age-too-young')), false);
    expect(await daycare.locator('link[rel="preload"][as="fetch"]').count()).toBe(0);
  });

  it('sends the debugger of a history the server has read before in the first flush, not as a streamed section', async () => {
    const url = `${inject('baseUrl')}${executionPath(demoExecutionArn('daycare-age-too-young'))}`;
    await (await fetch(url)).text(); // reads the finished history and keeps it
    const html = await (await fetch(url)).text();
    const graphAt = html.indexOf('data-testid="execution-graph"');
    expect(graphAt).toBeGreaterThan(-1);
    // React streams a Suspense boundary's content as a hidden `S:` segment and reveals it at least
    // 300 ms after the first paint; the skeleton is not sent at all.
    const streamedSegments = [...html.matchAll(/<div hidden id="S:[^"]*">/g)].map((match) => match.index);
    expect(streamedSegments.filter((at) => at < graphAt)).toEqual([]);
    expect(html).not.toContain('Loading the execution history');
  });

  it('gives the drawn graph’s place to the interactive canvas once its code has loaded', async () => {
    const page = await openPage(executionPath(demoExecutionArn('daycare-age-too-young')), true);
    await page.locator('[data-testid="execution-graph"][data-ready="true"] .react-flow__node [data-node-id="AgeOutOfRange"]').waitFor();
    await page.locator('[data-testid="execution-graph"]').screenshot({ path: join(ARTIFACTS_DIR, 'first-paint-daycare-canvas.png') });
    expect(await page.locator('[data-testid="execution-graph"]').count()).toBe(1);
    expect(await page.locator('[data-static-node]').count()).toBe(0);
  });
});
