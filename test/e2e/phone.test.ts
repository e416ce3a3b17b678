import { join } from 'node:path';
import { ARTIFACTS_DIR } from './support/browser';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoExecutionArn, demoStateMachineArn, usePage } from './support/use-page';

// An on-call phone (iPhone 12–15 size) in portrait.
const PHONE = { width: 390, height: 844 };

/** How much wider than the screen the page is: anything above zero means sideways scrolling. */
function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The number of lines an element's text is laid out on (one line box per distinct top). */
function textLines(element: Locator): Promise<number> {
  return element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
  });
}

async function expectSingleLines(elements: Locator): Promise<void> {
  const count = await elements.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const element = elements.nth(index);
    expect(await textLines(element), `"${await element.textContent()}" wraps`).toBe(1);
  }
}

/** A wide table scrolls inside its own box, which a keyboard user can focus. */
async function expectOwnScrollBox(page: Page, regionName: string): Promise<void> {
  const region = page.getByRole('region', { name: regionName, exact: true });
  expect(await region.getAttribute('tabindex')).toBe('0');
  expect(await region.evaluate((node) => node.clientWidth)).toBeLessThanOrEqual(PHONE.width);
}

describe('on a phone (390 × 844)', () => {
  const browser = usePage();
  beforeAll(async () => {
    await browser.page.setViewportSize(PHONE);
  });

  it('the header shows the links, the data source and the search box without sideways scrolling', async () => {
    const { page } = browser;
    await browser.open('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const link of ['Statescope', 'Cost', 'Import']) expect(await nav.getByRole('link', { name: link }).isVisible()).toBe(true);
    await page.getByLabel('Data source').waitFor();
    const search = page.getByRole('search', { name: 'Open an execution' });
    const searchBox = await search.boundingBox();
    expect(searchBox?.width).toBeGreaterThan(PHONE.width / 2);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await browser.shot('phone-header');
  });

  it('the overview fits the screen: its table scrolls in its own box, times on one line', async () => {
    const { page } = browser;
    await browser.open('/');
    await page.locator('tr[data-state-machine="daycare-registration"]:not([aria-busy])').waitFor();
    await page.locator('tr[aria-busy]').first().waitFor({ state: 'detached' });
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await expectOwnScrollBox(page, 'State machines');
    await expectSingleLines(page.locator('[aria-label="Last failure"] .tabular-nums'));
    await expectSingleLines(page.locator('[aria-label="Duration"] div'));
    await browser.shot('phone-overview');
  });

  it('the executions list fits the screen: its table scrolls in its own box, times on one line', async () => {
    const { page } = browser;
    await browser.open(`/state-machines/${encodeURIComponent(demoStateMachineArn('daycare-registration'))}`);
    const rows = '[data-testid="executions-table"] tbody tr';
    await page.locator(`${rows} [data-status]`).first().waitFor();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await expectOwnScrollBox(page, 'Executions');
    // Started, stopped and duration.
    await expectSingleLines(page.locator(`${rows} td:nth-child(3), ${rows} td:nth-child(4), ${rows} td:nth-child(5)`));
    await browser.shot('phone-executions-list');
  });

  it('a failed execution fits the screen, the failure banner before the graph, times on one line', async () => {
    const { page } = browser;
    await browser.open(`/executions/${encodeURIComponent(demoExecutionArn('order-payment-declined'))}`);
    const banner = page.getByRole('region', { name: 'Execution error' }).first();
    await banner.waitFor();
    await page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor();
    await browser.shot('phone-execution-failed');
    // What the paged engineer sees first, without scrolling.
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'phone-execution-failed-first-screen.png') });
    const bannerTop = (await banner.boundingBox())?.y ?? Infinity;
    const graphTop = (await page.locator('[data-testid="execution-graph"]').boundingBox())?.y ?? -Infinity;
    expect(bannerTop).toBeLessThan(graphTop);
    await expectSingleLines(page.locator('dd.whitespace-nowrap'));
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  });
});
