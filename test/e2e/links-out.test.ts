import { describe, expect, it } from 'vitest';
import { demoExecutionArn, usePage } from './support/use-page';

const executionPath = (scenario: string, query = '') => `/executions/${encodeURIComponent(demoExecutionArn(scenario))}${query}`;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

describe('links out: Lambda logs of a task, console links, keyboard tabs', () => {
  const browser = usePage();

  it("shows the failed VerifyPayment's log lines of its request: START, the handler's lines, END and REPORT", async () => {
    const { page } = browser;
    await browser.open(executionPath('order-payment-declined', '?visit=2&tab=logs'));
    const inspector = page.getByRole('region', { name: 'State inspector' });
    expect(await inspector.getByTestId('inspected-state').textContent()).toBe('VerifyPayment');
    const lines = inspector.getByRole('list', { name: 'Lambda log lines' });
    await lines.waitFor();
    const texts = (await lines.getByRole('listitem').allTextContents()).map((text) => text.replace(/^\d\d:\d\d:\d\d\.\d{3} /, ''));
    const requestId = new RegExp(`^START RequestId: (${UUID}) Version: \\$LATEST$`).exec(texts[0] ?? '')?.[1];
    expect(requestId).toBeDefined();
    // The request id is the one in the task's error cause, so these are that invocation's lines only.
    const cause = await page
      .getByRole('tab', { name: 'Error' })
      .click()
      .then(() => inspector.getByLabel('Visit error cause').textContent());
    expect(cause).toContain(requestId);
    await page.getByRole('tab', { name: 'Logs' }).click();
    await lines.waitFor();
    expect(texts).toHaveLength(6);
    expect(texts[1]).toMatch(new RegExp(`^\\S+Z\\t${requestId ?? ''}\\tINFO\\tVerifying payment for order ORD-20483$`));
    expect(texts[2]).toMatch(/\tERROR\tGateway declined card ending 0002: card declined by issuer$/);
    expect(texts[3]).toMatch(
      /\tERROR\tInvoke Error \t\{"errorType":"PaymentVerificationFailed","errorMessage":"Payment for order ORD-20483 was declined/,
    );
    expect(texts[4]).toBe(`END RequestId: ${requestId ?? ''}`);
    expect(texts[5]).toMatch(
      new RegExp(
        `^REPORT RequestId: ${requestId ?? ''}\\tDuration: [\\d.]+ ms\\tBilled Duration: \\d+ ms\\tMemory Size: 128 MB\\tMax Memory Used: \\d+ MB$`,
      ),
    );
    expect(await inspector.textContent()).toContain(`/aws/lambda/VerifyPaymentFunction, request ${requestId ?? ''}`);
    // The demo reads the emulator, not AWS: no console links.
    expect(await page.getByRole('link', { name: 'CloudWatch Logs for this request' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Open in AWS console' }).count()).toBe(0);
    await browser.shot('links-out-lambda-logs');
  });

  it('moves between the inspector tabs with the arrow keys, Home and End (roving tabindex)', async () => {
    const { page } = browser;
    await browser.open(executionPath('order-payment-declined', '?visit=2'));
    const tabs = page.getByRole('region', { name: 'State inspector' }).getByRole('tab');
    const selected = () => page.getByRole('tab', { selected: true }).textContent();
    // Focus by clicking, as a user would; the handlers exist only once the page has hydrated.
    await page.getByRole('tab', { name: 'Input' }).click();
    await expect.poll(selected).toBe('Input');
    await page.keyboard.press('ArrowRight');
    await expect.poll(selected).toBe('Output');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Output');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(selected).toMatch(/^Events/);
    await page.keyboard.press('Home');
    await expect.poll(selected).toBe('Input');
    await page.keyboard.press('End');
    await expect.poll(selected).toMatch(/^Events/);
    expect(await page.url()).toContain('tab=events');
    const tabIndexes = await tabs.evaluateAll((elements) => elements.map((element) => element.getAttribute('tabindex')));
    expect(tabIndexes.filter((value) => value === '0')).toHaveLength(1);
    const panel = page.getByRole('tabpanel');
    expect(await panel.getAttribute('aria-labelledby')).toBe('inspector-tab-events');
    expect(await page.getByRole('tab', { selected: true }).getAttribute('aria-controls')).toBe(await panel.getAttribute('id'));
    await browser.shot('links-out-keyboard-tabs');
  });
});
