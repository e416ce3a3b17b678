import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe, seriousViolations } from './support/axe';
import { ARTIFACTS_DIR } from './support/browser';
import { demoExecutionArn, usePage } from './support/use-page';

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function expectAccessible(page: Page, where: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const serious = seriousViolations(await runAxe(page));
    expect(serious, `${where}, ${scheme}: ${describeViolations(serious)}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Light and dark screenshots of what the viewport shows now (not the whole page: a page of 50 children is tall). */
async function shots(page: Page, name: string) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The child table's cells, once the table for `view` (its caption) has streamed in. */
async function rowCells(page: Page, view: 'failed first' | 'failed') {
  const table = page.getByTestId('child-executions');
  await table
    .locator('caption')
    .filter({ hasText: new RegExp(`^Child executions, ${view}$`) })
    .waitFor({ state: 'attached' });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '')));
}

describe('Map Run page: a Distributed Map run, its counts and threshold, its failed children and the way back', () => {
  const browser = usePage();

  it('goes from the parent’s graph to the Map Run, filters to failed children, opens one and follows its link back', async () => {
    const { page } = browser;
    page.setDefaultTimeout(60_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    const parentArn = demoExecutionArn('parcel-audit-2500');
    await browser.open(`/executions/${encodeURIComponent(parentArn)}`);
    await page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor();

    // The Distributed Map's graph node links to its Map Run, by keyboard too.
    const mapRunLink = page.getByRole('link', { name: 'Open the Map Run of AuditParcels' });
    await mapRunLink.focus();
    await shots(page, 'map-run-parent-graph');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/map-runs\/arn%3Aaws%3Astates%3Aus-east-1%3A123456789012%3AmapRun%3Aparcel-audit%2FAuditParcels%3A/);
    const mapRunPath = new URL(page.url()).pathname;

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('parcel-audit/AuditParcels');
    const count = async (row: string) => page.getByTestId(`count-${row}`).locator('td').allTextContents();
    expect(await count('total')).toEqual(['2,500', '100']);
    expect(await count('succeeded')).toEqual(['2,350', '94']);
    expect(await count('failed')).toEqual(['150', '6']);
    expect(await count('pending')).toEqual(['0', '0']);
    const threshold = page.getByTestId('failure-threshold');
    expect(await threshold.getAttribute('data-exceeded')).toBe('false');
    expect(await threshold.textContent()).toBe('Tolerated failures: 10 %150 failed or timed-out items (6 %) — within the threshold');
    expect(await page.getByTestId('parent-execution-link').getAttribute('href')).toBe(`/executions/${encodeURIComponent(parentArn)}`);

    // All children, failed first: the six failed ones head the first page of 50.
    const all = await rowCells(page, 'failed first');
    expect(all).toHaveLength(50);
    expect(all.slice(0, 7).map((cells) => cells[1])).toEqual([...Array(6).fill('Failed'), 'Succeeded']);
    expect(new Set(all.map((cells) => cells[4]))).toEqual(new Set(['25']));
    await expectAccessible(page, 'Map Run page');
    await shots(page, 'map-run-page');

    // Filter to failed children by keyboard: the filter is in the URL.
    await page.getByRole('link', { name: /^Failed/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/status=FAILED/);
    const failed = await rowCells(page, 'failed');
    expect(failed).toHaveLength(6);
    expect(new Set(failed.map((cells) => cells[1]))).toEqual(new Set(['Failed']));
    expect(await page.getByRole('link', { name: /^Failed/ }).getAttribute('aria-current')).toBe('page');

    // A phone: no sideways scrolling, and the table keeps the name and the status.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await shots(page, 'map-run-page-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    // A failed child opens its own execution page, which links back to the Map Run and the parent.
    await page.getByTestId('child-executions').locator('tbody tr').first().getByRole('link').click();
    await page.waitForURL(/\/executions\/arn%3Aaws%3Astates%3Aus-east-1%3A123456789012%3Aexecution%3Aparcel-audit%2FAuditParcels%3A/);
    const back = page.getByTestId('parent-links');
    expect(await back.textContent()).toContain('Child workflow of Map Run parcel-audit/AuditParcels in execution parcel-audit-2500-1');
    expect(await page.getByTestId('map-run-link').getAttribute('href')).toBe(mapRunPath);
    // Its graph is the child workflow's (the Map state's ItemProcessor), not the parent's.
    await page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor();
    expect(await page.locator('[data-node-id="AuditParcelBatch"]').count()).toBe(1);
    expect(await page.locator('[data-node-id="AuditParcels"], [data-node-id="ReportAudit"]').count()).toBe(0);
    // Its machine, parcel-audit/AuditParcels, has no page of its own: the summary links the Map Run and parcel-audit.
    expect(await page.getByTestId('summary-map-run-link').getAttribute('href')).toBe(mapRunPath);
    const machineArn = 'arn:aws:states:us-east-1:123456789012:stateMachine:parcel-audit';
    expect(await page.getByTestId('summary-parent-machine-link').getAttribute('href')).toBe(
      `/state-machines/${encodeURIComponent(machineArn)}`,
    );
    await shots(page, 'map-run-child-execution');
    await expectAccessible(page, 'child execution page');
    await page.getByTestId('map-run-parent-link').click();
    await page.waitForURL((url) => url.pathname === `/executions/${encodeURIComponent(parentArn)}`);

    // The labelled machine's address says what it is and leads to its state machine.
    await browser.open(`/state-machines/${encodeURIComponent(`${machineArn}/AuditParcels`)}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'parcel-audit/AuditParcels is a Distributed Map’s child workflow',
    );
    await shots(page, 'labelled-machine');
    await expectAccessible(page, 'labelled machine page');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await shots(page, 'labelled-machine-phone');
    await page.getByTestId('labelled-machine-parent').click();
    await page.waitForURL((url) => url.pathname === `/state-machines/${encodeURIComponent(machineArn)}`);
  });

  it('answers an unknown Map Run with 404 and a malformed ARN or status with 400, each saying why', async () => {
    const { page } = browser;
    const base = inject('baseUrl');
    const unknown = await page.request.get(
      `${base}/map-runs/${encodeURIComponent('arn:aws:states:us-east-1:123456789012:mapRun:parcel-audit/AuditParcels:00000000-0000-0000-0000-000000000000')}`,
    );
    expect(unknown.status()).toBe(404);
    expect(await unknown.text()).toContain('Map Run not found');
    const malformed = await page.request.get(
      `${base}/map-runs/${encodeURIComponent('arn:aws:states:us-east-1:123456789012:execution:a:b')}`,
    );
    expect(malformed.status()).toBe(400);
    expect(await malformed.text()).toContain('its resource type is &#x27;execution&#x27;, not &#x27;mapRun&#x27;');
    const badStatus = await page.request.get(
      `${base}/map-runs/${encodeURIComponent('arn:aws:states:us-east-1:123456789012:mapRun:a/b:c')}?status=DONE`,
    );
    expect(badStatus.status()).toBe(400);
  });
});
