import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe, seriousViolations } from './support/axe';
import { demoExecutionArn, usePage } from './support/use-page';

const executionPath = (scenario: string) => `/executions/${encodeURIComponent(demoExecutionArn(scenario))}`;
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function expectAccessible(page: Page) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const serious = seriousViolations(await runAxe(page));
    expect(serious, `${scheme}: ${describeViolations(serious)}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('compare a failed execution with the last succeeded run', () => {
  const browser = usePage();

  it('goes from the declined payment to /compare, names VerifyPayment, marks both paths and diffs its input', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 800 });
    await browser.open(executionPath('order-payment-declined'));
    const action = page.getByRole('link', { name: 'Compare with the last succeeded run' });
    await action.click();
    await page.waitForURL(/\/compare\?a=.*&b=/);
    const url = new URL(page.url());
    expect(url.searchParams.get('a')).toBe(demoExecutionArn('order-payment-declined'));
    const b = url.searchParams.get('b') ?? '';
    const succeeded = inject('demo').executions.filter(
      (e) => e.expectedStatus === 'SUCCEEDED' && e.executionArn.includes(':order-processing:'),
    );
    expect(succeeded.map((e) => e.executionArn)).toContain(b);

    const banner = page.getByTestId('first-divergence');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(
      /^First divergence: VerifyPayment — caught in A \(PaymentVerificationFailed\), succeeded in B/,
    );
    expect(await page.getByTestId('first-input-difference').textContent()).toMatch(/^First input difference: /);

    // Both paths on one graph: the divergence outlined, the Fail state A's alone, the inventory B's.
    const graph = page.getByTestId('execution-graph');
    await graph.locator('[data-ready="true"], [data-node-id]').first().waitFor();
    await page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor({ timeout: 60_000 });
    expect(await graph.locator('[data-node-id="VerifyPayment"]').getAttribute('data-compare-mark')).toBe('both');
    expect(await graph.locator('[data-node-id="NotifyCustomerFailedPayment"]').getAttribute('data-compare-mark')).toBe('a-only');
    expect(await graph.locator('[data-node-id="UpdateInventory"]').getAttribute('data-compare-mark')).toBe('b-only');
    expect(await graph.locator('[data-node-id="VerifyPayment"]').getAttribute('class')).toContain('ring-red-500');
    await browser.shot('compare-order-declined-vs-fulfilled-1280x800');

    // Keyboard: focus VerifyPayment's row, open it with Enter, and read the diff of the inputs.
    const row = page.locator('details[data-state="VerifyPayment"]');
    await row.locator('summary').focus();
    await page.keyboard.press('Enter');
    const inputDiff = row.getByTestId('diff-input');
    await inputDiff.waitFor();
    expect(await inputDiff.textContent()).toMatch(/\d+ lines? differs?/);
    expect(await inputDiff.locator('tr[data-diff="changed"]').count()).toBeGreaterThan(0);
    expect(await row.textContent()).toContain('A: next NotifyCustomerFailedPayment');

    await expectAccessible(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await browser.shot('compare-order-declined-vs-fulfilled-1280x800-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor();
    // The narrower canvas fits the graph again: the divergence stays inside the box, not off its edge.
    const insideGraph = async (nodeId: string) => {
      const [box, node] = await Promise.all([graph.boundingBox(), graph.locator(`[data-node-id="${nodeId}"]`).boundingBox()]);
      return box !== null && node !== null && node.x >= box.x && node.x + node.width <= box.x + box.width;
    };
    await expect.poll(() => insideGraph('VerifyPayment')).toBe(true);
    expect(await insideGraph('NotifyCustomerFailedPayment')).toBe(true);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await browser.shot('compare-order-declined-vs-fulfilled-390x844');
    await page.emulateMedia({ colorScheme: 'dark' });
    await browser.shot('compare-order-declined-vs-fulfilled-390x844-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('answers a malformed ARN with 400 and the form, an unknown execution with 404', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    const bad = await page.goto(
      `${inject('baseUrl')}/compare?a=${encodeURIComponent(demoExecutionArn('order-payment-declined'))}&b=not-an-arn`,
    );
    expect(bad?.status()).toBe(400);
    expect(await page.getByTestId('compare-query-error').textContent()).toContain('Execution B is not an execution ARN: "not-an-arn"');
    expect(await page.getByLabel('Execution A (usually the failed one)').inputValue()).toBe(demoExecutionArn('order-payment-declined'));
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    const unknown = await page.goto(
      `${inject('baseUrl')}/compare?a=${encodeURIComponent(demoExecutionArn('order-payment-declined'))}&b=${encodeURIComponent(`${demoExecutionArn('order-fulfilled')}-missing`)}`,
    );
    expect(unknown?.status()).toBe(404);
  });
});
