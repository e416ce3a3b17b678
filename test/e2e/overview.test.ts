import { describe, expect, inject, it } from 'vitest';
import { demoStateMachineArn, usePage } from './support/use-page';

/** What the demo seeded for one state machine, by the status each execution was meant to end with. */
function expectedCounts(machineName: string): Map<string, number> {
  const machineArn = demoStateMachineArn(machineName);
  const executionPrefix = `${machineArn.replace(':stateMachine:', ':execution:')}:`;
  const counts = new Map<string, number>();
  for (const execution of inject('demo').executions) {
    if (!execution.executionArn.startsWith(executionPrefix)) continue;
    counts.set(execution.expectedStatus, (counts.get(execution.expectedStatus) ?? 0) + 1);
  }
  return counts;
}

describe('the overview page', () => {
  const browser = usePage();

  it("shows the daycare machine's exact failed and succeeded counts for the chosen window", async () => {
    const { page } = browser;
    const counts = expectedCounts('daycare-registration');
    expect(Object.fromEntries(counts)).toEqual({ SUCCEEDED: 3, FAILED: 6 });

    // 30 days holds every demo execution, back-dated ones included.
    await browser.open('/?window=30d');
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    const row = page.locator('tr[data-state-machine="daycare-registration"]');
    await row.waitFor();
    expect(await row.locator('[data-window="30d"][data-count-status="FAILED"]').textContent()).toBe('6 failed');
    expect(await row.locator('[data-window="30d"][data-count-status="SUCCEEDED"]').textContent()).toBe('3 succeeded');
    expect(await row.locator('[data-window="30d"]').count()).toBe(2);
    expect(await row.getByLabel('Executions, Last 30 d').textContent()).toContain('9 started');
    // 6 of 9 finished executions failed.
    expect(await row.locator('[data-rate-window="30d"]').textContent()).toBe('66.7 %');
    expect(await row.getByLabel('Duration').textContent()).toMatch(/^(p50 .+p99 .+|avg .+max .+)$/);

    const lastFailure = row.getByLabel('Last failure');
    const failureLink = lastFailure.getByRole('link');
    await failureLink.waitFor();
    const failedNames = inject('demo')
      .executions.filter((execution) => execution.expectedStatus === 'FAILED' && execution.executionArn.includes(':daycare-registration:'))
      .map((execution) => execution.executionArn.split(':').at(-1));
    expect(failedNames).toContain(await failureLink.textContent());
    // The error of the last failure is read with DescribeExecution: a daycare failure names its error.
    expect((await lastFailure.locator('.font-mono').textContent())?.length).toBeGreaterThan(0);
    await browser.shot('overview');
  });

  it("says on an ERROR-level Express machine's row that only failures are counted, and nothing on an ALL-level one", async () => {
    const { page } = browser;
    await browser.open('/');
    const errorsOnly = page.locator('tr[data-state-machine="odd-even-express-errors-only"]');
    await errorsOnly.waitFor();
    // The caveat is about counts read from logs; CloudWatch metrics or the index count every execution.
    if ((await errorsOnly.getAttribute('data-source')) !== 'scan') return;
    await errorsOnly.locator('[data-log-caveat]').waitFor();
    expect(await errorsOnly.locator('[data-log-caveat]').textContent()).toBe(
      'Logged at ERROR: successful executions write nothing, so only failures are counted (the failure rate reads 100 %) and durations are not known.',
    );
    const allLevel = page.locator('tr[data-state-machine="odd-even-express"]');
    await allLevel.waitFor();
    expect(await allLevel.locator('[data-log-caveat]').count()).toBe(0);
    await browser.shot('overview-express-log-caveat');
  });

  it('offers a skip link as the first Tab stop, visible when focused, that moves focus to the main content', async () => {
    const { page } = browser;
    await browser.open('/');
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Skip to main content');
    expect((await focused.boundingBox())?.width ?? 0).toBeGreaterThan(20);
    await browser.shot('skip-link-focused');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main-content');
    // The next Tab lands inside the page's content, past the header's links and search box.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#main-content')))).toBe(true);
  });

  it('lists every seeded state machine, each linking to its executions', async () => {
    const { page } = browser;
    await browser.open('/?window=30d');
    let counted = 0;
    for (const machine of inject('demo').stateMachines) {
      const row = page.locator(`tr[data-state-machine="${machine.name}"]`);
      await row.waitFor();
      expect(await row.locator('[data-capped]').count()).toBe(0);
      for (const text of await row.locator('[data-window="30d"]:not([data-count-status="THROTTLED"])').allTextContents()) {
        counted += Number(text.split(' ')[0]);
      }
    }
    // Every Standard demo execution is counted once across the 30-day window.
    expect(counted).toBe(inject('demo').executions.length);

    await page.getByRole('link', { name: 'daycare-registration', exact: true }).click();
    await page.getByRole('heading', { name: 'daycare-registration', level: 1 }).waitFor();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/state-machines/${demoStateMachineArn('daycare-registration')}`);
  });

  it("counts an Express machine's executions from its logs, marking a capped read as a lower bound", async () => {
    const { page } = browser;
    const express = inject('demo').express;
    if (!express) return;
    const name = express.stateMachineArn.split(':').at(-1);
    await browser.open('/?window=7d');
    const row = page.locator(`tr[data-state-machine="${name}"]`);
    await row.waitFor({ timeout: 60_000 });
    const week = await row.getByLabel('Executions, Last 7 d').textContent();
    if ((await row.getAttribute('data-source')) === 'scan' && express.executions > 1_000) {
      // Read from its logs, the scan stops at 1,000 executions per machine and says so.
      expect(week).toContain('1,000+ started');
      expect(await row.locator('[data-capped]').textContent()).toContain('Counted the newest 1,000 executions only');
    } else {
      // CloudWatch metrics count every execution, at any volume.
      expect(week).toContain(`${express.executions.toLocaleString('en-US')} started`);
    }
  });

  it('opens the last failure of a state machine', async () => {
    const { page } = browser;
    await browser.open('/?window=30d');
    const link = page.locator('tr[data-state-machine="daycare-registration"]').getByLabel('Last failure').getByRole('link');
    const name = await link.textContent();
    await link.click();
    await page.waitForURL(/\/executions\//);
    expect(decodeURIComponent(new URL(page.url()).pathname).endsWith(`:${name}`)).toBe(true);
  });

  it('reads well in dark mode, on a large monitor and at laptop width', async () => {
    const { page } = browser;
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await browser.open('/');
      await page.locator('tr[data-state-machine="daycare-registration"]').waitFor();
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(250, 250, 250)');
      await browser.shot('overview-dark');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await page.setViewportSize({ width: 1920, height: 1080 });
    try {
      await browser.open('/');
      await page.locator('tr[data-state-machine="daycare-registration"]').waitFor();
      await browser.shot('overview-1920');
      await page.setViewportSize({ width: 1280, height: 800 });
      await browser.open('/');
      await page.locator('tr[data-state-machine="daycare-registration"]').waitFor();
      // At laptop width the table fits without scrolling sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
      await browser.shot('overview-1280');
    } finally {
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });
});
