import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRoutingOverlaps } from '@/lib/graph/find-routing-overlaps';
import { GROUP_HEADER_HEIGHT } from '@/lib/graph/layout-graph';
import { AWS_HISTORY_CASES_DIR } from '../support/corpus/shared-corpus';
import { ARTIFACTS_DIR } from './support/browser';
import { readGraphGeometry } from './support/read-graph-geometry';
import { demoExecutionArn, usePage } from './support/use-page';

const executionPath = (scenario: string, query = '') => `/executions/${encodeURIComponent(demoExecutionArn(scenario))}${query}`;
/** A Distributed Map inside a loop: its Choice's Default edge goes back up past the Map. */
const LOOPING_MAP_CASE = join(AWS_HISTORY_CASES_DIR, 'local_mocking__base_scenarios__map_state_lambda.json');

describe('the execution graph', () => {
  const browser = usePage();
  // The 300-iteration Map's page is the heaviest the suite opens: on a loaded 2-core CI machine its first
  // render has taken over 20 s (the page speed itself is the performance issue's to fix).
  const graphReady = () => browser.page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor({ timeout: 60_000 });
  const node = (id: string) => browser.page.locator(`.react-flow__node[data-id="${id}"] [data-node-id]`);

  /** The graph card alone, to look at the drawing closely. */
  const graphShot = (name: string) =>
    browser.page.locator('[data-testid="execution-graph"]').screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) });

  const expectNoOverlaps = async () => {
    // React Flow draws edges only once it has measured the nodes, a frame or more after they appear.
    await browser.page.locator('.react-flow__edge path').first().waitFor({ state: 'attached' });
    const graph = await readGraphGeometry(browser.page);
    expect(graph.edges.length).toBeGreaterThan(0);
    expect(graph.edges.every((edge) => edge.points.length >= 2)).toBe(true);
    expect(findRoutingOverlaps(graph.nodes, graph.edges, GROUP_HEADER_HEIGHT * graph.zoom)).toEqual([]);
  };

  it('draws a state inside the 300-iteration Map visited, with its counts, while one iteration is drilled into', async () => {
    const { page } = browser;
    await browser.open(executionPath('shipping-labels-300', '?visit=2'));
    await graphReady();
    await page.getByRole('button', { name: 'Expand CreateLabels' }).click();
    await page.getByLabel('iteration index').fill('7');
    await page.getByRole('button', { name: 'Open iteration' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="inspected-state"]')?.textContent === 'CreateShippingLabel');

    // 300 labels were made; every 23rd address is bad (13 of them), caught and flagged for review.
    const label = node('CreateLabels/CreateShippingLabel');
    expect(await label.getAttribute('data-run-status')).toBe('caught');
    expect(await label.getByTestId('run-counts').textContent()).toBe('ran 300× · 13 caught');
    expect(await label.getAttribute('data-focus-status')).toBe('succeeded');
    expect(await label.getByTestId('focus-status').textContent()).toBe('this iteration: Succeeded');

    // Iteration 7 did not flag its shipment, but 13 others did: visited, and "not in this iteration".
    const review = node('CreateLabels/FlagForManualReview');
    expect(await review.getAttribute('data-run-status')).toBe('succeeded');
    expect(await review.getByTestId('run-counts').textContent()).toBe('ran 13×');
    expect(await review.getByTestId('focus-status').textContent()).toBe('this iteration: Not visited');
    // The graph alone: a full-page shot of this 2,000-event page outlasts the timeout on a busy machine.
    await graphShot('graph-map-300-counts-graph');
  });

  it('lets a keyboard user Tab to a state, see a focus ring, and open it with Enter or Space', async () => {
    const { page } = browser;
    await browser.open(executionPath('order-payment-declined'));
    await graphReady();
    const target = page.getByTestId('execution-graph').getByRole('button', { name: /^VerifyPayment\b/ });
    // Tab from the control before the graph until the state is focused, as a keyboard user would.
    await page
      .locator('.react-flow__node')
      .first()
      .evaluate((element) => {
        const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"]')];
        const first = stops.indexOf(element.querySelector<HTMLElement>('[tabindex="0"]') ?? (element as HTMLElement));
        stops[Math.max(0, first - 1)]?.focus();
      });
    for (let presses = 0; presses < 40 && !(await target.evaluate((element) => element === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await target.evaluate((element) => element === document.activeElement)).toBe(true);
    const ring = await target.evaluate((element) => {
      const style = getComputedStyle(element);
      return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
    });
    expect(ring.outline !== 'none' && ring.width >= 2).toBe(true);
    await browser.shot('graph-keyboard-focus');
    await graphShot('graph-keyboard-focus-graph');

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="inspected-state"]')?.textContent === 'VerifyPayment');

    const other = page.getByTestId('execution-graph').getByRole('button', { name: /^NotifyCustomerFailedPayment\b/ });
    await other.focus();
    await page.keyboard.press(' ');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="inspected-state"]')?.textContent === 'NotifyCustomerFailedPayment',
    );
  });

  it('routes no edge through a state and hides no state under a label, on the rendered demo graphs', async () => {
    for (const scenario of ['order-payment-declined', 'shipping-labels-120', 'daycare-age-too-young', 'odd-even-odd']) {
      await browser.open(executionPath(scenario));
      await graphReady();
      await expectNoOverlaps();
      await graphShot(`graph-routing-${scenario}`);
    }
    await browser.shot('graph-routing-odd-even');
  });

  it.skipIf(!existsSync(LOOPING_MAP_CASE))('routes the loop around a Distributed Map (recorded AWS case, ../shared)', async () => {
    const { page } = browser;
    const recorded = JSON.parse(readFileSync(LOOPING_MAP_CASE, 'utf8')) as { events: unknown[]; definition: unknown };
    await browser.open('/import');
    await page.getByLabel('History file').setInputFiles({
      name: 'map-state-lambda.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ events: recorded.events })),
    });
    await graphReady();
    await page.getByLabel('State machine definition file').setInputFiles({
      name: 'map-state-lambda.asl.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(recorded.definition)),
    });
    await page.getByText('Definition from map-state-lambda.asl.json').waitFor();
    await page.locator('.react-flow__node[data-id="Terminate"]').waitFor();
    await graphReady();
    await page.waitForTimeout(300);
    await browser.shot('graph-routing-distributed-map-loop');
    await graphShot('graph-routing-distributed-map-loop-graph');
    await expectNoOverlaps();
  });
});
