import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS_DIR } from './support/browser';
import { describeViolations, runAxe, seriousViolations, type AxeViolation } from './support/axe';
import { demoExecutionArn, demoStateMachineArn, usePage } from './support/use-page';

interface AuditedPage {
  name: string;
  path: () => string;
  /** A selector that appears once the page's streamed sections are in, so axe sees the real content. */
  ready: string;
  /** What a user does first, e.g. choose a file to import. */
  prepare?: (page: Page) => Promise<void>;
}

const executionPath = (arn: string) => `/executions/${encodeURIComponent(arn)}`;
const GRAPH_READY = '[data-testid="execution-graph"][data-ready="true"]';

const PAGES: AuditedPage[] = [
  { name: 'overview', path: () => '/', ready: 'tr[data-state-machine="daycare-registration"]:not([aria-busy])' },
  {
    name: 'executions list',
    path: () => `/state-machines/${encodeURIComponent(demoStateMachineArn('daycare-registration'))}`,
    ready: 'table tbody [data-status]',
  },
  { name: 'failed order execution', path: () => executionPath(demoExecutionArn('order-payment-declined')), ready: GRAPH_READY },
  { name: '300-iteration Map execution', path: () => executionPath(demoExecutionArn('shipping-labels-300')), ready: GRAPH_READY },
  {
    name: 'Express execution',
    path: () => {
      const arn = inject('demo').express?.failedExecutionArn;
      if (!arn) throw new Error('the e2e demo seeded no failed Express execution');
      return executionPath(arn);
    },
    ready: GRAPH_READY,
  },
  { name: 'cost of all state machines', path: () => '/cost', ready: 'table[aria-label="Cost by state machine"]' },
  {
    name: 'cost of one state machine',
    path: () => `/cost/${encodeURIComponent(demoStateMachineArn('order-processing'))}`,
    ready: 'figure[aria-label="State transitions and estimated cost per day"] .recharts-bar-rectangle',
  },
  { name: 'import', path: () => '/import', ready: 'input[type="file"]' },
  {
    name: 'imported history file',
    path: () => '/import',
    prepare: (page) =>
      page.getByLabel('History file').setInputFiles(join(process.cwd(), 'test', 'fixtures', 'history', 'order-payment-caught.json')),
    ready: GRAPH_READY,
  },
  { name: 'not found', path: () => '/no-such-page', ready: 'h1' },
];

const SCHEMES = ['light', 'dark'] as const;

describe('accessibility: no serious or critical axe-core violations', () => {
  const browser = usePage();
  // Every page's serious and critical violations, written out so a run can be compared with another.
  const summary: Record<string, AxeViolation[]> = {};
  afterAll(() => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, 'axe-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  });

  // One load per page: the colour schemes are CSS media queries (Tailwind's dark: variant follows
  // prefers-color-scheme), so switching the emulated scheme restyles the loaded page in place.
  for (const audited of PAGES) {
    it(`${audited.name} (light and dark)`, async () => {
      const { page } = browser;
      await page.emulateMedia({ colorScheme: SCHEMES[0] });
      await browser.open(audited.path());
      await audited.prepare?.(page);
      await page.locator(audited.ready).first().waitFor({ timeout: 60_000 });
      // Streamed sections and their skeletons: wait until nothing is still loading (the heaviest
      // pages, a 300-iteration Map, take longer than the default 20 s on a loaded CI machine).
      await page.waitForLoadState('networkidle', { timeout: 60_000 });
      await page.locator('[aria-busy="true"], [role="progressbar"]').first().waitFor({ state: 'detached', timeout: 60_000 });

      const found: string[] = [];
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        // Two frames: the new styles are computed and painted before axe reads colours.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        const serious = seriousViolations(await runAxe(page));
        summary[`${audited.name} (${scheme})`] = serious;
        // The viewport only: a full-page shot of the 300-iteration Map page times out.
        const shotName = `a11y-${audited.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${scheme}`;
        await page.screenshot({ path: join(ARTIFACTS_DIR, `${shotName}.png`) });
        if (serious.length > 0) found.push(`${scheme}:\n${describeViolations(serious)}`);
      }
      expect(found, `serious or critical violations:\n${found.join('\n')}`).toEqual([]);
    });
  }
});

describe('scrollable boxes', () => {
  const browser = usePage();

  it('are Tab stops and named regions only while their content overflows', async () => {
    const { page } = browser;
    await browser.open(executionPath(demoExecutionArn('order-payment-declined')));
    await page.locator(GRAPH_READY).waitFor({ timeout: 60_000 });
    await page.locator('#event-8').waitFor();
    // Boxes in closed <details> have no size to measure; the ones on screen must agree with theirs.
    const boxes = await page.locator('[data-scrollable]').evaluateAll((nodes) =>
      nodes
        .filter((node) => node.getClientRects().length > 0)
        .map((node) => ({
          scrollable: node.getAttribute('data-scrollable') === 'true',
          overflows: node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1,
          tabStop: node.getAttribute('tabindex') === '0',
          region: node.getAttribute('role') === 'region',
        })),
    );
    // Short blocks (an event with one detail, the empty output) fit their boxes: they must not be Tab stops.
    expect(boxes.filter((box) => !box.overflows).length).toBeGreaterThan(0);
    expect(boxes.filter((box) => box.overflows).length).toBeGreaterThan(0);
    for (const box of boxes)
      expect(box).toEqual({ scrollable: box.overflows, overflows: box.overflows, tabStop: box.overflows, region: box.overflows });
  });
});
