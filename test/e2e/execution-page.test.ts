import { describe, expect, it } from 'vitest';
import { demoExecutionArn, usePage } from './support/use-page';

describe('an execution page: summary and raw history', () => {
  const browser = usePage();

  it('shows the failed daycare registration with its error and its raw events', async () => {
    const { page } = browser;
    await browser.open(`/executions/${encodeURIComponent(demoExecutionArn('daycare-age-too-young'))}`);

    const failure = page.getByRole('region', { name: 'Execution error' });
    await failure.waitFor();
    expect(await failure.textContent()).toContain('AgeOutOfRange');
    expect(await page.locator('[data-status]').first().textContent()).toBe('Failed');

    const events = page.getByRole('table', { name: 'History events' });
    const failEntered = events.getByRole('row').filter({ hasText: 'FailStateEntered' });
    await failEntered.waitFor();
    expect(await failEntered.textContent()).toContain('"name": "AgeOutOfRange"');
    const executionFailed = events.getByRole('row').filter({ hasText: 'ExecutionFailed' });
    expect(await executionFailed.textContent()).toContain('"error": "AgeOutOfRange"');
    expect(await events.getByRole('row').first().textContent()).toContain('ID');
    await browser.shot('daycare-age-too-young');
  });

  it('styles the raw events’ cells and JSON from the table and a named class, not per cell, and they still look framed', async () => {
    const { page } = browser;
    await browser.open(`/executions/${encodeURIComponent(demoExecutionArn('daycare-age-too-young'))}`);
    const events = page.getByRole('table', { name: 'History events' });
    await events.locator('tbody tr').first().waitFor();
    const look = await events.evaluate((table) => {
      const cells = [...table.querySelectorAll('tbody td')];
      const blocks = [...table.querySelectorAll('tbody pre')];
      const cell = getComputedStyle(cells[0]!);
      const block = getComputedStyle(blocks[0]!);
      return {
        longestCellClass: Math.max(...cells.map((td) => td.className.length)),
        longestBlockClass: Math.max(...blocks.map((pre) => pre.className.length)),
        cellPadding: cell.paddingLeft,
        cellBorder: cell.borderBottomWidth,
        blockPadding: block.paddingLeft,
        blockRadius: block.borderTopLeftRadius,
      };
    });
    // Spelled out per cell, a 100-row page carried 660 characters of classes per row, plus 330 per JSON block.
    expect(look.longestCellClass).toBeLessThan(80);
    expect(look.longestBlockClass).toBeLessThan(80);
    expect(look).toMatchObject({ cellPadding: '16px', cellBorder: '1px', blockPadding: '12px', blockRadius: '6px' });
  });

  it('lays the raw events out only once they scroll near, and shows them when they do', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1360, height: 500 });
    try {
      await browser.open(`/executions/${encodeURIComponent(demoExecutionArn('daycare-age-too-young'))}`);
      const table = page.getByRole('table', { name: 'History events' });
      const firstRow = table.locator('tbody tr').first();
      await firstRow.waitFor({ state: 'attached' });
      // Chromium renders a content-visibility:auto subtree within about half a viewport of the screen.
      const tableTop = await table.evaluate((element) => element.getBoundingClientRect().top);
      expect(tableTop, 'the events table starts well below the first screen').toBeGreaterThan(2 * 500);
      const rendered = () => firstRow.evaluate((row) => row.checkVisibility({ contentVisibilityAuto: true }));
      expect(await rendered()).toBe(false);
      // The wrapper that content-visibility applies to: it stands in for the table until it is rendered.
      const tableHeight = () => table.evaluate((element) => element.closest('[aria-busy]')!.getBoundingClientRect().height);
      const placeholderHeight = await tableHeight();
      // Still in the page for search, screen readers and tests that read it.
      expect(await firstRow.textContent()).toContain('ExecutionStarted');
      await firstRow.scrollIntoViewIfNeeded();
      await expect.poll(rendered).toBe(true);
      // Until then it stood in at about its height, estimated from its rows: the page did not jump.
      const ratio = placeholderHeight / (await tableHeight());
      expect(ratio).toBeGreaterThan(0.8);
      expect(ratio).toBeLessThan(1.25);
    } finally {
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });

  it('filters the history by event type', async () => {
    const { page } = browser;
    await browser.open(`/executions/${encodeURIComponent(demoExecutionArn('daycare-age-too-young'))}`);
    await page.getByLabel('Event type').selectOption('TaskStateEntered');
    await page.waitForURL(/type=TaskStateEntered/);
    const rows = page.getByRole('table', { name: 'History events' }).getByRole('row');
    await rows.nth(1).waitFor();
    const types = await page.getByRole('table', { name: 'History events' }).locator('tbody td:nth-child(2)').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['TaskStateEntered']));
    await browser.shot('daycare-age-too-young-task-entered');
  });

  it('reads every page of a history over 1,000 events and shows it 100 rows at a time', async () => {
    const { page } = browser;
    await browser.open(`/executions/${encodeURIComponent(demoExecutionArn('shipping-labels-300'))}`);
    const heading = page.getByRole('heading', { name: /^History events \(\d+\)$/ });
    await heading.waitFor();
    const total = Number(/\((\d+)\)/.exec((await heading.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(2000);
    const pages = page.getByRole('navigation', { name: 'History pages' });
    expect(await pages.textContent()).toContain(`Page 1 of ${Math.ceil(total / 100)}`);
    await pages.getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(/page=2/);
    await page.getByRole('table', { name: 'History events' }).locator('tbody tr').first().waitFor();
    expect(await page.getByRole('table', { name: 'History events' }).locator('tbody tr td:first-child').first().textContent()).toBe('101');
  });

  it('shows a running execution as running, without output', async () => {
    const { page } = browser;
    await browser.open(`/executions/${encodeURIComponent(demoExecutionArn('payment-reminder-waiting'))}`);
    await page.locator('[data-status]').first().waitFor();
    expect(await page.locator('[data-status]').first().textContent()).toBe('Running');
    expect(await page.locator('[data-payload="Execution output"] pre').textContent()).toBe('(running: no output yet)');
    await page.getByRole('table', { name: 'History events' }).getByRole('row').filter({ hasText: 'WaitStateEntered' }).waitFor();
    await browser.shot('payment-reminder-waiting');
  });

  it('says clearly that an unknown execution does not exist', async () => {
    const { page } = browser;
    const unknown = 'arn:aws:states:us-east-1:123456789012:execution:daycare-registration:no-such-execution';
    await browser.open(`/executions/${encodeURIComponent(unknown)}`);
    await page.getByRole('heading', { name: 'Execution not found' }).waitFor();
    expect(await page.innerText('body')).not.toContain('Error:');
    await browser.shot('execution-not-found');
  });
});
