import { beforeEach, describe, expect, it } from 'vitest';
import { demoExecutionArn, usePage } from './support/use-page';

const executionPath = (scenario: string, query = '') => `/executions/${encodeURIComponent(demoExecutionArn(scenario))}${query}`;

describe('Map triage: failed and caught iterations, Map retries, caught colours', () => {
  const browser = usePage();
  // A full-page screenshot of the 120-iteration execution (its raw events table included) is tens of
  // thousands of pixels tall: on a busy machine it takes longer than the default 20 s.
  beforeEach(() => browser.page.setDefaultTimeout(60_000));
  const graphReady = () => browser.page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor();
  const node = (name: string) => browser.page.locator(`.react-flow__node [data-node-id="${name}"]`);
  const picker = () => browser.page.getByLabel('Pick an iteration of CreateLabels');
  const pickedKey = async (suffix: string) => {
    await browser.page.waitForFunction(
      (end) =>
        (document.querySelector('select[aria-label="Pick an iteration of CreateLabels"]') as HTMLSelectElement | null)?.value.endsWith(end),
      suffix,
    );
  };

  it('lists caught iterations after failed ones, marks them caught, and steps through them with Next caught', async () => {
    const { page } = browser;
    // Event 2 enters the Map: selected, it starts collapsed.
    await browser.open(executionPath('shipping-labels-120', '?visit=2'));
    await graphReady();
    const mapRow = page.locator('[data-row-key="visit:2"]');
    expect(await mapRow.locator('[data-child-outcomes]').textContent()).toBe('5 caught');

    expect(await page.getByTestId('drill-down-summary').textContent()).toBe('CreateLabels: 120 iterations (5 caught)');
    const options = await picker().locator('option').allTextContents();
    expect(options.slice(1, 7)).toEqual([
      'Iteration 22 · Caught',
      'Iteration 45 · Caught',
      'Iteration 68 · Caught',
      'Iteration 91 · Caught',
      'Iteration 114 · Caught',
      'Iteration 0 · Succeeded',
    ]);
    expect(await page.getByRole('button', { name: 'Next failed iteration of CreateLabels' }).isDisabled()).toBe(true);

    const nextCaught = page.getByRole('button', { name: 'Next caught iteration of CreateLabels' });
    await nextCaught.click();
    await pickedKey(':1:22');
    // The visit that caught the error is selected, not the iteration's first.
    expect(await page.getByTestId('inspected-state').textContent()).toBe('CreateShippingLabel');
    expect(await page.locator('[role="listitem"][aria-current="true"]').getAttribute('data-row-status')).toBe('caught');
    await nextCaught.click();
    await pickedKey(':1:45');
    // Keyboard: the button is a Tab stop and Enter presses it.
    await nextCaught.focus();
    await page.keyboard.press('Enter');
    await pickedKey(':1:68');
    await nextCaught.click();
    await pickedKey(':1:91');
    await nextCaught.click();
    await pickedKey(':1:114');
    await nextCaught.click();
    await pickedKey(':1:22');
    // The collapsed row opened to show the selection; its caught iteration row is amber-marked.
    expect(await page.locator('[data-row-key$=":1:22"]').getAttribute('data-row-status')).toBe('caught');
    await browser.shot('map-triage-next-caught');
  });

  it('colours a caught visit amber on the timeline, the same colour as its graph node', async () => {
    const { page } = browser;
    await browser.open(executionPath('shipping-labels-120', '?visit=2'));
    await graphReady();
    await page.getByRole('button', { name: 'Next caught iteration of CreateLabels' }).click();
    await pickedKey(':1:22');
    const bar = page.locator('[role="listitem"][aria-current="true"] [data-segment="attempt"]');
    expect(await bar.getAttribute('data-segment-status')).toBe('caught');
    const barColour = await bar.evaluate((element) => getComputedStyle(element).backgroundColor);
    await page.waitForFunction(
      () => document.querySelector('.react-flow__node [data-node-id="CreateShippingLabel"]')?.getAttribute('data-run-status') === 'caught',
    );
    const nodeColour = await node('CreateShippingLabel').evaluate((element) => getComputedStyle(element).borderTopColor);
    expect(barColour).toBe(nodeColour);
    // Amber, not red: the red of a failed bar is another colour.
    const red = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.className = 'bg-red-600';
      document.body.append(probe);
      const colour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return colour;
    });
    expect(barColour).not.toBe(red);
    await browser.shot('map-triage-caught-amber');
  });

  it('shows a Map retried as a whole as attempts with the retry badge, counting iterations per attempt', async () => {
    const { page } = browser;
    await browser.open(executionPath('shipping-labels-carrier-down'));
    await graphReady();
    // The failure is selected on arrival: the carrier-down item in the last attempt.
    await pickedKey(':3:4');
    expect(await page.getByTestId('drill-down-summary').textContent()).toBe(
      'CreateLabels: 6 iterations in attempt 3 of 3 (1 failed, 1 caught)',
    );
    expect(await picker().locator('option').allTextContents()).toEqual([
      'Choose an iteration…',
      'Iteration 4 · Failed',
      'Iteration 1 · Caught',
      'Iteration 0 · Succeeded',
      'Iteration 2 · Succeeded',
      'Iteration 3 · Succeeded',
      'Iteration 5 · Succeeded',
    ]);
    const attempt = page.getByLabel('Attempt of CreateLabels');
    expect(await attempt.locator('option').allTextContents()).toEqual(['Attempt 1 · Failed', 'Attempt 2 · Failed', 'Attempt 3 · Failed']);
    await page.getByRole('button', { name: 'Next caught iteration of CreateLabels' }).click();
    await pickedKey(':3:1');
    await page.getByRole('button', { name: 'Next failed iteration of CreateLabels' }).click();
    await pickedKey(':3:4');

    await attempt.selectOption({ label: 'Attempt 1 · Failed' });
    await pickedKey(':1:4');
    expect(await page.getByTestId('drill-down-summary').textContent()).toBe(
      'CreateLabels: 6 iterations in attempt 1 of 3 (1 failed, 1 caught)',
    );

    // The Map's timeline row: the retry badge, one bar per attempt with the back-off between, and
    // collapsed, its last attempt's counts.
    const mapRow = page.locator('[data-row-label="CreateLabels"]');
    expect(await mapRow.textContent()).toContain('Map · 2 retries · 6');
    expect(await mapRow.locator('[data-segment="attempt"]').count()).toBe(3);
    expect(await mapRow.locator('[data-segment="backoff"]').count()).toBe(2);
    await page.getByRole('button', { name: 'Collapse CreateLabels' }).click();
    expect(await mapRow.locator('[data-child-outcomes]').textContent()).toBe('1 failed · 1 caught');
    expect(await node('CreateLabels').getByTestId('retry-count').textContent()).toBe('2 retries');

    // The Map's Attempts tab lists its three runs and what each did.
    await mapRow.getByRole('button', { name: 'CreateLabels', exact: true }).click();
    await page.getByRole('tab', { name: /Attempts/ }).click();
    const attempts = page.getByRole('list', { name: 'Attempts' }).getByRole('listitem');
    // The tab's panel renders after the click; counting at once raced it.
    await expect.poll(() => attempts.count()).toBe(3);
    for (const text of await attempts.allTextContents()) expect(text).toContain('6 iterations · 1 failed · 1 caught');
    await browser.shot('map-triage-retried-map');
  });
});
