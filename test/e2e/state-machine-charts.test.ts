import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, runAxe, seriousViolations } from './support/axe';
import { demoStateMachineArn, usePage } from './support/use-page';

const chartsPath = (window: string) =>
  `/state-machines/${encodeURIComponent(demoStateMachineArn('daycare-registration'))}?window=${window}`;
const bars = (page: Page) => page.locator('[data-chart="executions"] a[data-bar-start]');

/** The bar with the most executions started, and how many its label says. */
async function busiestBar(page: Page): Promise<{ index: number; started: number; label: string }> {
  const labels = await bars(page).evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''));
  const started = labels.map((label) => Number(/: ([\d,]+) started/.exec(label)?.[1]?.replace(/,/g, '') ?? 0));
  const index = started.indexOf(Math.max(...started));
  return { index, started: started[index]!, label: labels[index]! };
}

describe('the state machine page charts', () => {
  const browser = usePage();

  it('charts the window from the URL with its source, and a bar opens the executions started in its period', async () => {
    const { page } = browser;
    await browser.open(chartsPath('24h'));
    await bars(page).first().waitFor();
    expect(await bars(page).count()).toBeGreaterThanOrEqual(20);
    expect(await page.locator('[data-window-choice="24h"]').getAttribute('aria-current')).toBe('true');
    expect(await page.locator('[data-source-note]').first().textContent()).toMatch(
      /Execution index \(exact\)|CloudWatch metrics \(best-effort\)|ListExecutions sample/,
    );
    expect(await page.getByRole('heading', { name: 'Duration' }).count()).toBe(1);
    await browser.shot('state-machine-charts-24h');

    const busiest = await busiestBar(page);
    expect(busiest.started).toBeGreaterThan(0);
    expect(busiest.label).toMatch(/Open the executions started in this period\.$/);
    await bars(page).nth(busiest.index).click();
    await page.waitForURL(/range=custom/);
    const url = new URL(page.url());
    expect(url.searchParams.get('window')).toBe('24h');
    const from = Date.parse(url.searchParams.get('from')!);
    const to = Date.parse(url.searchParams.get('to')!);
    expect(to).toBeGreaterThan(from);
    // The list shows exactly the executions started in [from, to): as many as the bar counted.
    await page.locator('table tbody [data-status]').first().waitFor();
    expect(await page.locator('table tbody tr:has([data-status])').count()).toBe(busiest.started);
    await browser.shot('state-machine-charts-bar-opened');
  });

  it('opens a bar by keyboard with Enter, and keeps the window in the URL when switching it', async () => {
    const { page } = browser;
    await browser.open(chartsPath('7d'));
    await bars(page).first().waitFor();
    expect(await bars(page).count()).toBeGreaterThanOrEqual(7);
    const busiest = await busiestBar(page);
    await bars(page).nth(busiest.index).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/range=custom/);
    expect(new URL(page.url()).searchParams.get('window')).toBe('7d');

    await page.locator('[data-window-choice="1h"]').click();
    await page.waitForURL(/window=1h/);
    // The page renders the charts and the executions list again: slow on a loaded machine.
    await page.locator('[data-window-choice="1h"][aria-current="true"]').waitFor({ timeout: 60_000 });
    await bars(page).first().waitFor();
  });

  it('names throttling as state transitions, never as rejected starts, and has the numbers as a table', async () => {
    const { page } = browser;
    await browser.open(chartsPath('24h'));
    await bars(page).first().waitFor();
    expect(await page.locator('body').textContent()).not.toMatch(/throttled executions|rejected starts/i);
    await page.getByText('The numbers, as a table').click();
    const table = page.locator('table[data-series-table]');
    expect(await table.locator('tbody tr').count()).toBe(await bars(page).count());
  });

  it('refuses a chart window it cannot read, names the parameter, and keeps the executions list', async () => {
    const { page } = browser;
    await browser.open(`${chartsPath('custom')}&windowFrom=someday`);
    expect(await page.getByRole('alert').first().textContent()).toContain('windowFrom "someday" is not a time');
    await page.locator('table tbody [data-status]').first().waitFor();
  });

  it('passes axe and fits a phone, light and dark', async () => {
    const { page } = browser;
    await browser.open(chartsPath('24h'));
    await bars(page).first().waitFor();
    await page.waitForLoadState('networkidle');
    const violations = seriousViolations(await runAxe(page));
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await browser.open(chartsPath('24h'));
        await bars(page).first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await browser.shot(`state-machine-charts-phone-${scheme}`);
      }
      await page.setViewportSize({ width: 1280, height: 800 });
      await browser.open(chartsPath('24h'));
      await bars(page).first().waitFor();
      const dark = seriousViolations(await runAxe(page));
      expect(dark, describeViolations(dark)).toEqual([]);
      await browser.shot('state-machine-charts-1280-dark');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });
});
