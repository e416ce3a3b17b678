import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, runAxe, seriousViolations } from './support/axe';
import { ARTIFACTS_DIR } from './support/browser';
import { demoExecutionArn, usePage } from './support/use-page';

// Failures of the demo in the execution index (synced by the global setup), grouped by machine, state, error and cause.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('failures page', () => {
  const browser = usePage();

  it('shows the groups largest first with counts, a trend and links to samples and to search', async () => {
    const { page } = browser;
    await page.setViewportSize(DESKTOP);
    await browser.open('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Failures' }).click();
    await page.waitForURL(/\/failures$/);
    const groups = page.getByTestId('failure-group');
    await groups.first().waitFor();
    const counts = (await page.getByTestId('failure-count').allTextContents()).map(Number);
    expect(counts.length).toBeGreaterThan(2);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The declined card is grouped under VerifyPayment (the caught error), not the Fail state it led to.
    const payment = groups.filter({ hasText: 'VerifyPayment' }).filter({ hasText: 'PaymentVerificationFailed' });
    expect(await payment.count()).toBeGreaterThan(0);
    expect(await groups.filter({ has: page.locator('h3', { hasText: 'NotifyCustomerFailedPayment' }) }).count()).toBe(0);
    const declinedArn = demoExecutionArn('order-payment-declined');
    const group = payment.filter({ has: page.locator(`a[href="/executions/${encodeURIComponent(declinedArn)}"]`) });
    await group.locator('[data-testid="failure-trend"] .recharts-bar-rectangle').first().waitFor();
    expect(await group.textContent()).toMatch(/\d+(\.\d)?% of order-processing's executions/);
    await browser.shot('failures-1280-light');

    await group.getByRole('link', { name: 'Search these →' }).click();
    await page.waitForURL(
      /\/search\?machine=.+&status=FAILED%2CTIMED_OUT%2CABORTED&error=PaymentVerificationFailed&state=VerifyPayment&from=/,
    );
    await page.locator(`[data-testid="search-hit"] a[href="/executions/${encodeURIComponent(declinedArn)}"]`).waitFor();
    await page.goBack();
    await page
      .locator(`a[href="/executions/${encodeURIComponent(declinedArn)}"]`)
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === `/executions/${encodeURIComponent(declinedArn)}`);
  });

  it('keeps the window in the URL', async () => {
    const { page } = browser;
    await browser.open('/failures');
    await page.getByRole('link', { name: 'Last 24 hours' }).click();
    await page.waitForURL(/\/failures\?window=24h$/);
    expect(await page.getByRole('link', { name: 'Last 24 hours' }).getAttribute('aria-current')).toBe('page');
    await page.reload();
    expect(await page.locator('select[name="window"]').inputValue()).toBe('24h');
    expect(await page.getByTestId('failures-window').textContent()).toMatch(/^\d+ groups? from /);
    // A custom window through the form, cleaned to window=custom&from=… by the page.
    await page.locator('input[name="from"]').fill('48h');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/\/failures\?window=custom&from=48h$/);
    expect(await page.locator('select[name="window"]').inputValue()).toBe('custom');
    expect(await page.getByTestId('failure-group').count()).toBeGreaterThan(0);
  });

  it('has no serious axe violations in light and dark and fits a phone', async () => {
    const { page } = browser;
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [size, viewport] of [
        ['1280', DESKTOP],
        ['390', PHONE],
      ] as const) {
        await page.setViewportSize(viewport);
        await browser.open('/failures');
        await page.locator('[data-testid="failure-trend"] .recharts-bar-rectangle').first().waitFor();
        if (size === '390') expect(await overflow(page)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(ARTIFACTS_DIR, `failures-${size}-${scheme}.png`) });
      }
      const serious = seriousViolations(await runAxe(page));
      expect(serious, describeViolations(serious)).toEqual([]);
    }
  });
});
