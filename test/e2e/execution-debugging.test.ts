import { describe, expect, it } from 'vitest';
import { demoExecutionArn, usePage } from './support/use-page';

const executionPath = (scenario: string, query = '') => `/executions/${encodeURIComponent(demoExecutionArn(scenario))}${query}`;

describe('the execution debugger: banner, graph, timeline and inspector', () => {
  const browser = usePage();
  const graphReady = () => browser.page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor({ timeout: 60_000 });
  const node = (name: string) => browser.page.locator(`.react-flow__node [data-node-id="${name}"]`);

  it('shows where and why a daycare registration failed on age: banner, failure path, red Fail state', async () => {
    const { page } = browser;
    await browser.open(executionPath('daycare-age-too-young'));
    const banner = page.getByRole('region', { name: 'Execution error' });
    await banner.waitFor();
    expect(await banner.getByRole('heading').textContent()).toBe('Failed in AgeOutOfRange: AgeOutOfRange');
    expect(await banner.locator('[data-json-label="Error cause"]').textContent()).toBe(
      'Child is not within the acceptable age range for this daycare.',
    );
    expect(await banner.getByRole('navigation', { name: 'Failure path' }).getByRole('button').allTextContents()).toEqual([
      'CheckInformation',
      'IsInformationComplete',
      'CheckAgeRange',
      'IsAgeInRange',
      'AgeOutOfRange',
    ]);

    await graphReady();
    expect(await node('AgeOutOfRange').getAttribute('data-run-status')).toBe('failed');
    expect(await node('AgeOutOfRange').getAttribute('data-fail-reached')).toBe('true');
    expect(await node('AgeOutOfRange').getByTestId('fail-reached').textContent()).toBe('Fail state reached');
    expect(await node('CheckAgeRange').getAttribute('data-run-status')).toBe('succeeded');
    expect(await node('CheckSpotsAvailability').getAttribute('data-run-status')).toBe('not-visited');
    expect(await node('RegistrationIncomplete').getAttribute('data-fail-reached')).toBeNull();
    expect(await node('AgeOutOfRange').getAttribute('class')).toContain('border-red-600');
    // The failing state is selected on arrival.
    expect(await page.getByTestId('inspected-state').textContent()).toBe('AgeOutOfRange');
    await browser.shot('debugger-daycare-age-too-young');
  });

  it('draws the Catch edge an order took for its payment error, labelled with that error', async () => {
    const { page } = browser;
    await browser.open(executionPath('order-payment-declined'));
    await graphReady();
    const taken = page.locator('.react-flow__edge.edge-catch.edge-taken');
    // Edges are drawn once React Flow has measured the nodes, a frame or more after the graph is ready.
    await taken.first().waitFor({ state: 'attached' });
    expect(await taken.count()).toBe(1);
    expect(await taken.getAttribute('data-id')).toBe('catch:VerifyPayment->NotifyCustomerFailedPayment');
    expect(await taken.locator('.react-flow__edge-text').textContent()).toBe('caught PaymentVerificationFailed');
    const untaken = page.locator('.react-flow__edge.edge-catch:not(.edge-taken)');
    expect(await untaken.locator('.react-flow__edge-text').textContent()).toBe('Catch: InventoryUpdateFailed');
    expect(await node('VerifyPayment').getAttribute('data-run-status')).toBe('caught');
    expect(await node('NotifyCustomerFailedPayment').getAttribute('data-fail-reached')).toBe('true');
    expect(await node('UpdateInventory').getAttribute('data-run-status')).toBe('not-visited');
    expect(await page.getByRole('region', { name: 'Caught errors' }).textContent()).toContain(
      'VerifyPayment: PaymentVerificationFailed → NotifyCustomerFailedPayment',
    );
    await browser.shot('debugger-order-payment-caught');
  });

  it('inspects a state: exact input and output, the diff, and the selection and tab in the URL', async () => {
    const { page } = browser;
    await browser.open(executionPath('odd-even-odd'));
    await graphReady();
    await node('Odd').click();
    await page.waitForURL(/visit=\d+/);
    await page.waitForFunction(() => document.querySelector('[data-testid="inspected-state"]')?.textContent === 'Odd');
    const inspector = page.getByRole('region', { name: 'State inspector' });

    await inspector.getByRole('group', { name: 'State input view' }).getByRole('button', { name: 'Text' }).click();
    expect(await inspector.getByLabel('State input', { exact: true }).textContent()).toBe(JSON.stringify({ N: 7, remainder: 1 }, null, 2));

    await inspector.getByRole('tab', { name: 'Output' }).click();
    await page.waitForURL(/tab=output/);
    await inspector.getByRole('group', { name: 'State output view' }).getByRole('button', { name: 'Text' }).click();
    expect(await inspector.getByLabel('State output', { exact: true }).textContent()).toBe(
      // Key order as the execution wrote it: the Pass state's static fields, then the one from the path.
      JSON.stringify({ parity: 'odd', message: '7 is an odd number.', N: 7 }, null, 2),
    );

    await inspector.getByRole('tab', { name: 'Diff' }).click();
    const diff = inspector.getByRole('table', { name: 'Input and output diff' });
    await diff.waitFor();
    expect(await diff.locator('tr[data-diff="same"] td').allTextContents()).toEqual(['{', '{', '}', '}']);
    expect(await diff.locator('tr[data-diff="changed"] td').allTextContents()).toEqual([
      '  "N": 7,',
      '  "parity": "odd",',
      '  "remainder": 1',
      '  "message": "7 is an odd number.",',
    ]);
    expect(await diff.locator('tr[data-diff="added"] td').allTextContents()).toEqual(['', '  "N": 7']);
    await browser.shot('debugger-inspector-diff');

    // The URL carries the selection: a reload lands on the same state and tab.
    await page.reload();
    await graphReady();
    expect(await page.getByTestId('inspected-state').textContent()).toBe('Odd');
    expect(await page.getByRole('tab', { name: 'Diff' }).getAttribute('aria-selected')).toBe('true');

    // k / j (and the arrow keys) move between visits in every view at once.
    await page.keyboard.press('k');
    await page.waitForFunction(() => document.querySelector('[data-testid="inspected-state"]')?.textContent === 'IsEven');
    expect(await node('IsEven').evaluate((element) => element.className.includes('ring-4'))).toBe(true);
    expect(await page.locator('[role="listitem"][aria-current="true"]').textContent()).toContain('IsEven');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('[data-testid="inspected-state"]')?.textContent === 'Odd');
  });

  it('reads a Lambda error as its message and type, and lists every attempt of a retried Task', async () => {
    const { page } = browser;
    await browser.open(executionPath('odd-even-not-a-number'));
    const banner = page.getByRole('region', { name: 'Execution error' });
    await banner.waitFor();
    expect(await banner.getByTestId('failure-message').textContent()).toBe('N must be a whole number, got "seven"');

    await browser.open(executionPath('order-inventory-retries-exhausted', '?tab=attempts'));
    await graphReady();
    expect(await node('UpdateInventory').getByTestId('retry-count').textContent()).toBe('3 retries');
    const attempts = page.getByRole('list', { name: 'Attempts' }).getByRole('listitem');
    expect(await attempts.count()).toBe(4);
    expect(await attempts.nth(1).textContent()).toContain('after a back-off of');
    expect(await attempts.nth(3).textContent()).toContain('InventoryServiceUnavailable');
    const row = page.locator('[data-row-key]').filter({ hasText: 'UpdateInventory' });
    expect(await row.locator('[data-segment="attempt"]').count()).toBe(4);
    expect(await row.locator('[data-segment="backoff"]').count()).toBe(3);
    expect(await row.locator('[data-segment="attempt"]').first().getAttribute('title')).toMatch(
      /^Attempt 1: InventoryServiceUnavailable\n\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} UTC → /,
    );
    await browser.shot('debugger-retries-exhausted');
  });

  it('keeps a Map of 120 iterations to a few dozen timeline rows and drills into one iteration', async () => {
    const { page } = browser;
    // Event 2 enters the first state, the Map: selected, it starts collapsed.
    await browser.open(executionPath('shipping-labels-120', '?visit=2'));
    await graphReady();
    await page.getByRole('button', { name: 'Expand CreateLabels' }).click();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    expect(Number(await timeline.getAttribute('data-row-count'))).toBeGreaterThanOrEqual(122);
    expect(await timeline.getByRole('listitem').count()).toBeLessThan(50);

    const picker = page.getByLabel('Pick an iteration of CreateLabels');
    const options = await picker.locator('option').allTextContents();
    expect(options[0]).toBe('Choose an iteration (first 100, failed first)…');
    expect(options).toHaveLength(101);
    await picker.selectOption({ label: 'Iteration 7 · Succeeded' });
    await page.waitForFunction(() => document.querySelector('[data-testid="inspected-state"]')?.textContent === 'CreateShippingLabel');
    expect(await page.locator('[role="listitem"][aria-current="true"]').textContent()).toContain('CreateShippingLabel');
    // The graph counts all 120 iterations (5 caught) and says what the drilled-into one did.
    expect(await node('CreateShippingLabel').getAttribute('data-run-status')).toBe('caught');
    expect(await node('CreateShippingLabel').getAttribute('data-focus-status')).toBe('succeeded');

    // Iterations past the listed ones open by index; the timeline opens that iteration around the selection.
    await page.getByLabel('iteration index').fill('115');
    await page.getByRole('button', { name: 'Open iteration' }).click();
    await page.locator('[data-row-key$=":1:115"]').waitFor();
    const selectedRow = page.locator('[role="listitem"][aria-current="true"]');
    expect(await selectedRow.textContent()).toContain('CreateShippingLabel');
    expect(await picker.inputValue()).toMatch(/^\d+:1:115$/);
    await browser.shot('debugger-map-iteration');
  });

  it('links each raw event to its visit and highlights the selected visit’s events', async () => {
    const { page } = browser;
    await browser.open(executionPath('daycare-age-too-young'));
    await graphReady();
    const events = page.getByRole('table', { name: 'History events' });
    const entered = events.getByRole('row').filter({ hasText: 'TaskStateEntered' }).first();
    await entered.getByRole('link', { name: 'CheckInformation' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="inspected-state"]')?.textContent === 'CheckInformation');
    const highlighted = await page
      .locator('tr[data-visit]')
      .evaluateAll((rows) =>
        rows.filter((row) => getComputedStyle(row).boxShadow !== 'none').map((row) => row.querySelector('td:nth-child(2)')?.textContent),
      );
    expect(highlighted).toEqual([
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
    ]);

    // Filtering the events keeps the selection, and both live in the URL.
    const visitId = new URL(page.url()).searchParams.get('visit');
    await page.getByLabel('Event type').selectOption('TaskStateEntered');
    await page.waitForURL(/type=TaskStateEntered/);
    expect(new URL(page.url()).searchParams.get('visit')).toBe(visitId);
    await graphReady();
    expect(await page.getByTestId('inspected-state').textContent()).toBe('CheckInformation');
  });

  it('highlights the opening visit’s events, as the debugger selects it, when ?visit= names no visit of the execution', async () => {
    const { page } = browser;
    const highlightedTypes = () =>
      page
        .locator('tr[data-visit]')
        .evaluateAll((rows) =>
          rows.filter((row) => row.hasAttribute('data-selected-visit')).map((row) => row.querySelector('td:nth-child(2)')?.textContent),
        );
    for (const bogus of ['999999', 'first']) {
      await browser.open(`${executionPath('daycare-age-too-young')}?visit=${bogus}`);
      await graphReady();
      expect(await page.getByTestId('inspected-state').textContent()).toBe('AgeOutOfRange');
      expect(await highlightedTypes()).toEqual(['FailStateEntered']);
    }
    // A visit the page links to is highlighted once selected, the refused ?visit= gone from the URL.
    const events = page.getByRole('table', { name: 'History events' });
    await events.getByRole('row').filter({ hasText: 'TaskStateEntered' }).first().getByRole('link', { name: 'CheckInformation' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="inspected-state"]')?.textContent === 'CheckInformation');
    expect(await highlightedTypes()).toEqual([
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
    ]);
  });

  it('refreshes a running execution by itself, with a pause control', async () => {
    const { page } = browser;
    await browser.open(executionPath('payment-reminder-waiting'));
    const status = page.getByRole('status').filter({ hasText: 'Still running' });
    await status.waitFor();
    expect(await status.textContent()).toContain('refreshing every 5 s');
    await status.getByText(/^Last refresh \d\d:\d\d:\d\d UTC\.$/).waitFor({ timeout: 15_000 });
    await status.getByRole('button', { name: 'Pause' }).click();
    expect(await page.getByRole('status').filter({ hasText: 'Auto-refresh paused.' }).count()).toBe(1);
  });

  it('says a stopped execution was stopped, with the error and cause it was stopped with', async () => {
    const { page } = browser;
    await browser.open(executionPath('payment-reminder-cancelled'));
    const banner = page.getByRole('region', { name: 'Execution error' });
    await banner.waitFor();
    expect(await banner.getByRole('heading').textContent()).toBe('Stopped: InvoicePaid');
    expect(await banner.locator('p').textContent()).toBe('The customer paid invoice INV-2024-0713 before the reminder was due.');

    await browser.open(executionPath('supplier-quote-expired'));
    await page.getByRole('region', { name: 'Execution error' }).waitFor();
    expect(await page.getByRole('region', { name: 'Execution error' }).getByRole('heading').textContent()).toBe(
      'Timed out in WaitForApproval: States.Timeout',
    );
    // The banner says which timeout fired and the time the history measured (the e2e emulator runs
    // at 1/100 speed, so the definition's 3 s read as about 30 ms).
    expect(await page.getByTestId('timeout-note').textContent()).toMatch(
      /^The execution's TimeoutSeconds fired after \d+(\.\d+)? (ms|s), while in WaitForApproval\.$/,
    );
    // The Wait lasted until the execution timed out: its bar spans the timeline, not a 0 ms sliver.
    const waitBar = page.locator('[data-row-label="WaitForApproval"] div[title][style]').first();
    expect(await waitBar.evaluate((bar) => parseFloat(bar.style.width))).toBeGreaterThan(90);
    await browser.shot('timeout-banner');
  });

  it('works in dark mode at a large-monitor width', async () => {
    const { page } = browser;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    try {
      await browser.open(executionPath('course-enrolled'));
      await graphReady();
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(250, 250, 250)');
      expect(await node('LookUpDetails').getAttribute('data-run-status')).toBe('succeeded');
      await browser.shot('debugger-dark-parallel');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });
});
