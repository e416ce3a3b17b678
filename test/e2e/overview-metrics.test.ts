import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateStateMachineCommand,
  ListExecutionsCommand,
  SFNClient,
  StartExecutionCommand,
  type ExecutionListItem,
} from '@aws-sdk/client-sfn';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startEmulator } from '@/lib/emulator/start-emulator';
import { describeViolations, runAxe, seriousViolations } from './support/axe';
import { connectBrowser, saveScreenshot } from './support/browser';
import { findFreePort } from './support/find-free-port';
import { startNextServer, type NextServer } from './support/start-next-server';
import { demoStateMachineArn, usePage } from './support/use-page';

const DAYCARE = 'daycare-registration';
const row = (page: Page, name: string) => page.locator(`tr[data-state-machine="${name}"]`);

function sfnClient(endpoint: string): SFNClient {
  return new SFNClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'statescope-e2e', secretAccessKey: 'statescope-e2e' },
  });
}

/** Every execution of a machine, as ListExecutions returns them: the truth the overview's counts must match. */
async function allExecutions(endpoint: string, stateMachineArn: string): Promise<ExecutionListItem[]> {
  const sfn = sfnClient(endpoint);
  const executions: ExecutionListItem[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sfn.send(new ListExecutionsCommand({ stateMachineArn, maxResults: 1000, nextToken }));
    executions.push(...(page.executions ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return executions;
}

/** The count chip of one status in a row, 0 when the row shows none. */
async function chip(page: Page, name: string, status: string): Promise<number> {
  const found = row(page, name).locator(`[data-count-status="${status}"]`);
  if ((await found.count()) === 0) return 0;
  return Number(((await found.textContent()) ?? '').split(' ')[0]!.replace(/[,+]/g, ''));
}

async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('the overview at production volume (demo account, execution index on)', () => {
  const browser = usePage();

  it('counts the chosen window exactly from the index, labels the source, and switching windows changes the counts', async () => {
    const { page } = browser;
    const executions = await allExecutions(inject('emulatorUrl'), demoStateMachineArn(DAYCARE));
    const now = Date.now();
    const failedSince = (ms: number) => executions.filter((e) => e.status === 'FAILED' && e.startDate!.getTime() >= now - ms).length;

    await browser.open('/?window=30d');
    await row(page, DAYCARE).waitFor();
    expect(await page.locator('[data-window-choice="30d"]').getAttribute('aria-current')).toBe('true');
    expect(await chip(page, DAYCARE, 'FAILED')).toBe(failedSince(30 * 86_400_000));
    const label = row(page, DAYCARE).locator('[data-source]').last();
    expect(await label.getAttribute('data-source')).toBe('index');
    expect(await label.textContent()).toMatch(/exact · index since \d{1,2} \w{3,4}Source: Exact: counted from the execution index/);
    expect(await page.locator('[data-source-note="index"]').textContent()).toContain('Execution index (exact)');
    // A sparkline per machine, described in words.
    expect(await row(page, DAYCARE).locator('svg[data-sparkline]').getAttribute('aria-label')).toMatch(/^Trend over \d+ periods: /);
    await browser.shot('overview-metrics-30d');

    // The 1 h preset, by keyboard: focus its link and press Enter.
    await page.locator('[data-window-choice="1h"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/window=1h/);
    await page.locator('[data-window-choice="1h"][aria-current="true"]').waitFor();
    await row(page, DAYCARE).waitFor();
    expect(await chip(page, DAYCARE, 'FAILED')).toBe(failedSince(3_600_000));

    // A custom window that ends before the demo started counts nothing.
    await page.getByText('Custom range (UTC)').click();
    const form = page.getByRole('form', { name: 'Custom window' });
    const day = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString().slice(0, 16);
    await form.getByLabel('From').fill(day(100));
    await form.getByLabel('To (empty: now)').fill(day(95));
    await form.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/window=custom/);
    await row(page, DAYCARE).waitFor();
    expect(
      await row(page, DAYCARE)
        .getByLabel(/^Executions,/)
        .textContent(),
    ).toContain('no executions');
    expect(new URL(page.url()).searchParams.get('from')).toBe(day(100));
  });

  it('refuses a window it cannot read with a message naming the parameter, not a crash', async () => {
    const { page } = browser;
    await browser.open('/?window=2y');
    await page.getByRole('alert').filter({ hasText: 'Unknown window "2y"' }).waitFor();
    await browser.open('/?from=yesterday');
    await page.getByRole('alert').filter({ hasText: 'from "yesterday" is not a time' }).waitFor();
  });

  it('passes axe, and fits a phone without sideways scrolling, in light and dark', async () => {
    const { page } = browser;
    await browser.open('/?window=7d');
    await row(page, DAYCARE).waitFor();
    await page.waitForLoadState('networkidle');
    const violations = seriousViolations(await runAxe(page));
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await browser.open('/?window=7d');
        await row(page, DAYCARE).waitFor();
        expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
        await browser.shot(`overview-metrics-phone-${scheme}`);
        if (scheme === 'dark') {
          const darkViolations = seriousViolations(await runAxe(page));
          expect(darkViolations, describeViolations(darkViolations)).toEqual([]);
        }
      }
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1360, height: 900 });
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await browser.open('/?window=7d');
      await row(page, DAYCARE).waitFor();
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      await browser.shot('overview-metrics-1280-dark');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });
});

// A second account of its own: 120 state machines (more than two pages), a few executions, and no
// execution index, so counts come from CloudWatch metrics or, failing those, the ListExecutions scan.
describe('the overview of 120 state machines without an execution index', () => {
  const MACHINES = 120;
  let dataDir = '';
  let emulator: Awaited<ReturnType<typeof startEmulator>> | undefined;
  let server: NextServer | undefined;
  let page: Page;
  let close: () => Promise<void> = async () => {};

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'statescope-e2e-overview-metrics-'));
    emulator = await startEmulator({ port: 0, host: '127.0.0.1', dataDir, timeScale: 0.01 });
    const sfn = sfnClient(emulator.url);
    const roleArn = 'arn:aws:iam::123456789012:role/E2E';
    const pass = JSON.stringify({ StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } });
    const fail = JSON.stringify({ StartAt: 'Boom', States: { Boom: { Type: 'Fail', Error: 'E2E.Boom', Cause: 'always' } } });
    const create = async (name: string, definition: string) =>
      (await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn }))).stateMachineArn!;
    const arns: string[] = [];
    for (let start = 0; start < MACHINES - 2; start += 20) {
      arns.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(20, MACHINES - 2 - start) }, (_, i) => create(`fleet-${String(start + i).padStart(3, '0')}`, pass)),
        )),
      );
    }
    const failing = await create('payments-failing', fail);
    const busy = await create('payments-busy', pass);
    for (let i = 0; i < 3; i++) await sfn.send(new StartExecutionCommand({ stateMachineArn: failing, name: `f-${i}`, input: '{}' }));
    for (let i = 0; i < 6; i++) await sfn.send(new StartExecutionCommand({ stateMachineArn: busy, name: `b-${i}`, input: '{}' }));
    await sfn.send(new StartExecutionCommand({ stateMachineArn: arns[0]!, name: 'one', input: '{}' }));
    server = await startNextServer({
      cwd: process.cwd(),
      port: await findFreePort(),
      env: {
        AWS_ENDPOINT_URL: emulator.url,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'statescope-e2e',
        AWS_SECRET_ACCESS_KEY: 'statescope-e2e',
      },
    });
    const browser = await connectBrowser(inject('browserWsEndpoint'));
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    close = async () => {
      await context.close();
      await browser.close();
    };
  });
  afterAll(async () => {
    await close();
    await server?.close();
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('pages 50 at a time, keeping the page in the URL', async () => {
    await page.goto(`${server!.baseUrl}/`);
    await row(page, 'fleet-000').waitFor();
    expect(await page.locator('tr[data-state-machine]').count()).toBe(50);
    expect(await page.locator('[data-page-range]').textContent()).toBe('1–50 of 120 state machines · page 1 of 3');
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(/[?&]page=2/);
    await row(page, 'fleet-050').waitFor();
    expect(await page.locator('[data-page-range]').textContent()).toBe('51–100 of 120 state machines · page 2 of 3');
    await saveScreenshot(page, 'overview-metrics-page-2');
  });

  it('filters by name and sorts by failures, volume and failure rate, all in the URL', async () => {
    await page.goto(`${server!.baseUrl}/`);
    await page.getByLabel('Name contains').fill('payments');
    await page.getByRole('search', { name: 'Filter and sort state machines' }).getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/[?&]q=payments/);
    await row(page, 'payments-busy').waitFor();
    expect(await page.locator('tr[data-state-machine]').count()).toBe(2);

    await page.goto(`${server!.baseUrl}/?q=payments&sort=failures&dir=desc`);
    expect(await page.getByLabel('Sort by').inputValue()).toBe('failures');
    await row(page, 'payments-failing').waitFor();
    const order = await page.locator('tr[data-state-machine]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state-machine')));
    expect(order).toEqual(['payments-failing', 'payments-busy']);
    expect(await chip(page, 'payments-failing', 'FAILED')).toBe(3);

    // A header sorts the whole list, not just the page shown: the busiest machine comes first of all 120.
    await page.goto(`${server!.baseUrl}/?page=3`);
    await page.locator('a[data-sort-link="volume"]').click();
    await page.waitForURL(/sort=volume&dir=desc/);
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();
    await row(page, 'payments-busy').waitFor();
    expect(await page.locator('tr[data-state-machine]').first().getAttribute('data-state-machine')).toBe('payments-busy');
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Executions');

    await page.goto(`${server!.baseUrl}/?sort=failure-rate&dir=desc`);
    await page.locator('tr[data-state-machine]').first().waitFor();
    expect(await page.locator('tr[data-state-machine]').first().getAttribute('data-state-machine')).toBe('payments-failing');
    expect(await row(page, 'payments-failing').locator('[data-rate-window]').textContent()).toBe('100 %');
  });

  it('labels numbers that did not come from an index with their source and says why the index was not used', async () => {
    await page.goto(`${server!.baseUrl}/?q=payments`);
    await row(page, 'payments-busy').waitFor();
    const kind = await row(page, 'payments-busy').getAttribute('data-source');
    expect(['metrics', 'scan']).toContain(kind);
    const note = page.locator(`[data-source-note="${kind}"]`);
    expect(await note.textContent()).toContain(kind === 'metrics' ? 'CloudWatch metrics (best-effort)' : 'ListExecutions sample');
    expect(await note.locator('[data-fallback-reason]').textContent()).toMatch(/^ Why not a better source: .+/);
    expect(await row(page, 'payments-busy').locator('[data-source][data-fallback="true"]').count()).toBe(1);
    await saveScreenshot(page, `overview-metrics-source-${kind}`);
  });

  it('refreshes on its interval until paused, remembers the pause across loads, and resumes', async () => {
    const refreshes: string[] = [];
    page.on('request', (request) => {
      // Prefetches of the header's link to / are RSC requests too, but not refreshes.
      const headers = request.headers();
      if (headers['rsc'] === '1' && !headers['next-router-prefetch'] && new URL(request.url()).pathname === '/')
        refreshes.push(request.url());
    });
    // The page's clock is Playwright's: the intervals pass at once instead of in real seconds.
    await page.clock.install();
    await page.goto(`${server!.baseUrl}/?q=payments&refresh=5`);
    await row(page, 'payments-busy').waitFor();
    const button = page.getByRole('button', { name: 'Pause refresh' });
    await page.locator('[data-refresh-state="running"]').waitFor();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    const refreshed = page.waitForRequest(
      (request) =>
        request.headers()['rsc'] === '1' && !request.headers()['next-router-prefetch'] && new URL(request.url()).pathname === '/',
    );
    await page.clock.runFor(6_500);
    await refreshed;
    expect(refreshes.length).toBeGreaterThanOrEqual(1);

    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[role="status"][data-refresh-state]').textContent()).toContain('Refresh paused.');
    await page.reload();
    await page.locator('[data-refresh-state="paused"]').waitFor();
    const before = refreshes.length;
    await page.clock.runFor(6_500);
    // A refresh the timers started would be on the wire by now.
    await page.waitForTimeout(500);
    expect(refreshes.length).toBe(before);

    await page.getByRole('button', { name: 'Pause refresh' }).click();
    await page.locator('[data-refresh-state="running"]').waitFor();
    expect(await page.getByRole('button', { name: 'Pause refresh' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('starts paused for a reader who asked for reduced motion', async () => {
    await page.evaluate(() => window.localStorage.clear());
    await page.emulateMedia({ reducedMotion: 'reduce' });
    try {
      await page.goto(`${server!.baseUrl}/?q=payments`);
      await page.locator('[data-refresh-state="paused"]').waitFor();
    } finally {
      await page.emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
