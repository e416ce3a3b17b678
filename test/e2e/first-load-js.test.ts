import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_BYTES, holdsElk, readFirstLoadJs } from './support/first-load-js';
import { demoExecutionArn, usePage } from './support/use-page';

const distDir = join(process.cwd(), process.env.STATESCOPE_NEXT_DIST_DIR || '.next');
const historyFixture = join(process.cwd(), 'test', 'fixtures', 'history', 'order-payment-caught.json');

/** Every JavaScript file the page fetches from now on (prefetches included), with whether it holds ELK. */
function recordScripts(page: Page): Map<string, boolean> {
  const scripts = new Map<string, boolean>();
  page.on('response', (response: Response) => {
    if (response.request().resourceType() !== 'script' || !response.ok()) return;
    response.text().then(
      (code) => scripts.set(new URL(response.url()).pathname, holdsElk(code)),
      () => undefined,
    );
  });
  return scripts;
}

const elkScripts = (scripts: Map<string, boolean>) => [...scripts].filter(([, elk]) => elk).map(([path]) => path);

describe('first-load JavaScript (issue 16)', () => {
  const browser = usePage();

  it('every page of the build loads under 250 KB gzipped before it is interactive, none of it graph code', () => {
    const pages = readFirstLoadJs(distDir);
    // The listing found the pages, including the ones that draw graphs and charts.
    expect(pages.map((page) => page.route)).toEqual(expect.arrayContaining(['/', '/import', '/compare', '/executions/[arn]', '/cost']));
    const over = pages.filter((page) => page.gzipBytes > FIRST_LOAD_BUDGET_BYTES).map((page) => `${page.route}: ${page.gzipBytes} B`);
    expect(over).toEqual([]);
    // ELK and React Flow load when a graph is drawn; Recharts is never part of the overview's first load.
    expect(
      pages.filter((page) => page.libraries.includes('elk') || page.libraries.includes('react-flow')).map((page) => page.route),
    ).toEqual([]);
    expect(pages.find((page) => page.route === '/')?.libraries).not.toContain('recharts');
  });

  it('the overview fetches no ELK, not even by prefetching the pages it links to', async () => {
    const { page } = browser;
    const scripts = recordScripts(page);
    await browser.open('/');
    await page.waitForLoadState('networkidle');
    expect(scripts.size).toBeGreaterThan(0);
    expect(elkScripts(scripts)).toEqual([]);
  });

  it('the execution page draws its graph, laid out by the server, without fetching ELK', async () => {
    const { page } = browser;
    const scripts = recordScripts(page);
    await browser.open(`/executions/${encodeURIComponent(demoExecutionArn('order-payment-declined'))}`);
    await page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(3);
    // Drawn along the server's edge routes, not React Flow's own straight lines.
    expect(await page.locator('.react-flow__edge path').count()).toBeGreaterThan(3);
    expect(scripts.size).toBeGreaterThan(0);
    expect(elkScripts(scripts)).toEqual([]);
  });

  it('the import page fetches ELK only once a history file is chosen, and then draws the graph', async () => {
    const { page } = browser;
    const scripts = recordScripts(page);
    await browser.open('/import');
    await page.waitForLoadState('networkidle');
    expect(elkScripts(scripts)).toEqual([]);

    await page.getByLabel('History file').setInputFiles(historyFixture);
    await page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor();
    expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(3);
    await expect.poll(() => elkScripts(scripts).length).toBe(1);
  });
});
