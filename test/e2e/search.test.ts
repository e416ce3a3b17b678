import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, runAxe, seriousViolations } from './support/axe';
import { ARTIFACTS_DIR } from './support/browser';
import { demoExecutionArn, demoStateMachineArn, usePage } from './support/use-page';

// Search over the execution index the dashboard reads, which the global setup synced from the seeded demo.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('search page', () => {
  const browser = usePage();

  it('searches the demo for an order id, marks it in the snippet and opens the execution', async () => {
    const { page } = browser;
    await page.setViewportSize(DESKTOP);
    await browser.open('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await page.waitForURL(/\/search$/);
    await page.getByRole('searchbox', { name: 'Search query' }).fill('ORD-20483');
    await page.getByRole('searchbox', { name: 'Search query' }).press('Enter');
    // The form's empty fields are cleaned from the address by a redirect.
    await page.waitForURL(/\/search\?q=ORD-20483$/);
    const hit = page.getByTestId('search-hit').filter({ hasText: 'order-processing' }).first();
    await hit.waitFor();
    expect(await hit.locator('mark').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/ORD|20483/)]));
    expect(await page.getByTestId('index-coverage').textContent()).toMatch(
      /^The index holds \d+ executions, started from .+ Last synced \d{4}-/,
    );
    await browser.shot('search-results-1280-light');
    const arn = demoExecutionArn('order-payment-declined');
    await page.locator(`a[href="/executions/${encodeURIComponent(arn)}"]`).click();
    await page.waitForURL((url) => url.pathname === `/executions/${encodeURIComponent(arn)}`);
  });

  it('keeps the filters in the URL across a reload, and narrows the results with them', async () => {
    const { page } = browser;
    const machine = demoStateMachineArn('order-processing');
    await browser.open(
      `/search?q=${encodeURIComponent('$.payment.amount > 10')}&machine=${encodeURIComponent(machine)}&status=FAILED&from=30d`,
    );
    for (let round = 0; round < 2; round++) {
      expect(await page.getByRole('searchbox', { name: 'Search query' }).inputValue()).toBe('$.payment.amount > 10');
      expect(await page.locator('select[name="machine"]').inputValue()).toBe(machine);
      expect(await page.getByRole('checkbox', { name: 'Failed' }).isChecked()).toBe(true);
      expect(await page.locator('select[name="from"]').inputValue()).toBe('30d');
      const statuses = await page
        .getByTestId('search-hit')
        .locator('[data-status]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-status')));
      expect(statuses.length).toBeGreaterThan(1);
      expect(new Set(statuses)).toEqual(new Set(['FAILED']));
      await page.reload();
    }
  });

  it('answers a query it cannot read with 400 and the parser message', async () => {
    const { page } = browser;
    const response = await page.goto(`${new URL(page.url()).origin}/search?q=${encodeURIComponent('$.payment.amount >')}`);
    expect(response?.status()).toBe(400);
    expect(await page.getByTestId('search-problem').textContent()).toContain("at column 19: expected a value after '>'");
  });

  it('has no serious axe violations in light and dark, fits a phone and is keyboard reachable', async () => {
    const { page } = browser;
    const path = `/search?q=ORD-20483`;
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [size, viewport] of [
        ['1280', DESKTOP],
        ['390', PHONE],
      ] as const) {
        await page.setViewportSize(viewport);
        await browser.open(path);
        await page.getByTestId('search-hit').first().waitFor();
        if (size === '390') expect(await overflow(page)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(ARTIFACTS_DIR, `search-${size}-${scheme}.png`) });
      }
      const serious = seriousViolations(await runAxe(page));
      expect(serious, describeViolations(serious)).toEqual([]);
    }
    // From the skip link, Tab reaches the query box and then the first result's link.
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: 'light' });
    await browser.open(path);
    await page.getByTestId('search-hit').first().waitFor();
    const reached: string[] = [];
    for (let i = 0; i < 40 && !reached.includes('result'); i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const active = document.activeElement;
          if (active?.getAttribute('aria-label') === 'Search query') return 'query';
          if (active?.closest('[data-testid="search-hit"]') && active.tagName === 'A') return 'result';
          return active?.tagName ?? '';
        }),
      );
    }
    expect(reached).toContain('query');
    expect(reached).toContain('result');
  });
});
