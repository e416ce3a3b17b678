import { inject, describe, expect, it } from 'vitest';
import { runAxe, seriousViolations } from './support/axe';
import { demoExecutionArn, usePage } from './support/use-page';

const executionPath = (scenario: string, query = '') => `/executions/${encodeURIComponent(demoExecutionArn(scenario))}${query}`;

describe('the inspector’s Processing view, replayed by TestState on the emulator', () => {
  const browser = usePage();
  const inspector = () => browser.page.getByRole('region', { name: 'State inspector' });

  it('shows how an order’s VerifyPayment input became its output, then runs it again on an edited input', async () => {
    const { page } = browser;
    // Event 2 is the first state's entered event: VerifyPayment.
    await browser.open(executionPath('order-fulfilled', '?visit=2'));
    await page.waitForFunction(() => document.querySelector('[data-testid="inspected-state"]')?.textContent === 'VerifyPayment');
    // By keyboard, as the WAI-ARIA tabs pattern has it: Input → Output → Diff → Processing.
    await inspector().getByRole('tab', { name: 'Input' }).focus();
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
    await inspector().getByRole('tab', { name: 'Processing', selected: true }).waitFor();
    expect(page.url()).toMatch(/tab=processing/);

    const view = inspector().getByTestId('processing-view');
    await view.waitFor();
    const stages = view.getByRole('list', { name: 'Processing stages' }).first();
    expect(await stages.locator(':scope > li > h4').allTextContents()).toEqual([
      '1.State input',
      '2.After InputPathsame as State input',
      '3.After Parameterssame as After InputPath',
      '4.Result',
      '5.After ResultSelectorsame as Result',
      '6.After ResultPathchanged from State input',
      '7.State outputsame as After ResultPath',
    ]);
    const outcome = view.getByTestId('processing-outcome').first();
    expect(await outcome.getByTestId('processing-next-state').textContent()).toBe('UpdateInventory');
    expect(await outcome.textContent()).toContain('The task’s result is the recorded one (mocked): nothing was invoked.');
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    const editor = view.getByLabel(/^Edited state input/);
    await editor.fill('{"orderId": ');
    await view.getByRole('button', { name: 'Run again' }).click();
    expect(await view.getByRole('alert').textContent()).toMatch(/^The input is not valid JSON: /);

    await editor.fill(JSON.stringify({ orderId: 'ORD-EDITED', payment: { amount: 1 } }));
    await view.getByRole('button', { name: 'Run again' }).click();
    const rerun = view.getByTestId('rerun-result');
    await rerun.waitFor();
    expect(JSON.parse((await rerun.locator('li[data-stage="input"] pre').textContent()) ?? '')).toEqual({
      orderId: 'ORD-EDITED',
      payment: { amount: 1 },
    });
    // The result is the recorded one (mocked), and without a ResultPath it is the whole output.
    await rerun.locator('li[data-stage="output"] summary').click();
    expect(JSON.parse((await rerun.locator('li[data-stage="output"] pre').textContent()) ?? '')).toMatchObject({ orderId: 'ORD-20481' });
    expect(await rerun.getByTestId('processing-next-state').textContent()).toBe('UpdateInventory');

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await view.getByRole('list', { name: 'Processing stages' }).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-artifacts/e2e/processing-view-${scheme}-1360.png` });
    }
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await view.waitFor();
      // The view itself must fit the phone: nothing in it wider than the screen, nothing scrolling sideways.
      expect(
        await view.evaluate(
          (element) => element.getBoundingClientRect().right <= window.innerWidth && element.scrollWidth <= element.clientWidth,
        ),
      ).toBe(true);
      await view.getByRole('list', { name: 'Processing stages' }).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'test-artifacts/e2e/processing-view-dark-390.png' });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.screenshot({ path: 'test-artifacts/e2e/processing-view-light-390.png' });
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });

  it('replays a caught payment error with the recorded error mocked: the Catch and the state it routes to', async () => {
    await browser.open(executionPath('order-payment-declined', '?visit=2&tab=processing'));
    const outcome = inspector().getByTestId('processing-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('Error caught');
    expect(await outcome.textContent()).toContain('PaymentVerificationFailed');
    expect(await outcome.getByTestId('processing-next-state').textContent()).toBe('NotifyCustomerFailedPayment');
  });

  it('refuses to run a state again for a request from another site', async () => {
    const url = `${inject('baseUrl')}${executionPath('order-fulfilled', '/processing?visit=2')}`;
    const foreign = await fetch(url, {
      method: 'POST',
      headers: { Origin: 'http://attacker.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ input: '{}' }),
    });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: string }).error).toMatch(/^Refused: only the dashboard’s own pages may run a state again\./);
  });
});
