import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ARTIFACTS_DIR } from './support/browser';
import { demoExecutionArn, demoStateMachineArn, usePage } from './support/use-page';

const executionPath = (scenario: string) => `/executions/${encodeURIComponent(demoExecutionArn(scenario))}`;
const listPath = (machine: string) => `/state-machines/${encodeURIComponent(demoStateMachineArn(machine))}`;

/** What a 1280x800 screen shows without scrolling (browser.shot takes the full page). */
const foldShot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) });

/** The parts of the banner that make up the root cause: state, error, readable message or reason, the input behind it. */
const ROOT_CAUSE_PARTS = [
  'h2',
  '[data-testid="timeout-note"]',
  '[data-testid="failure-message"]',
  '[data-testid="fail-state-cause"]',
  '[data-testid="caused-by"]',
  '[data-testid="input-reason"]',
  '[data-testid="cause-input"] summary',
];

describe('the real cause of a failure, not the Fail state boilerplate', () => {
  const browser = usePage();

  it('shows the caught error behind the Fail state in the banner, and selects the visit that raised it', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 800 });
    await browser.open(executionPath('order-payment-declined'));
    const banner = page.getByRole('region', { name: 'Execution error' });
    await banner.waitFor();
    expect(await banner.locator('h2').textContent()).toBe('Failed in NotifyCustomerFailedPayment: PaymentVerificationFailed');
    expect(await banner.getByTestId('fail-state-cause').textContent()).toContain(
      'Payment verification failed. Please check payment details.',
    );
    const causedBy = banner.getByTestId('caused-by');
    expect((await causedBy.locator('div').first().textContent())?.replace(/\s+/g, ' ')).toBe(
      'caused by VerifyPayment: PaymentVerificationFailed',
    );
    expect(await causedBy.getByTestId('caused-by-message').textContent()).toBe(
      'Payment for order ORD-20483 was declined: card declined by issuer',
    );

    await foldShot(page, 'real-cause-order-payment-declined-1280x800');
    await banner.getByTestId('cause-input').locator('summary').click();
    expect(await banner.getByTestId('cause-input').locator('pre').textContent()).toContain('"orderId": "ORD-20483"');
    await browser.shot('real-cause-order-payment-declined');

    await causedBy.getByTestId('select-cause-visit').click();
    await page.waitForURL(/[?&]visit=2\b/);
  });

  it("shows the reason the Fail state's input holds under its fixed cause", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 800 });
    await browser.open(executionPath('course-payment-pending'));
    const banner = page.getByRole('region', { name: 'Execution error' });
    await banner.waitFor();
    expect(await banner.getByTestId('fail-state-cause').textContent()).toContain(
      "The student's details do not match our records, so the enrollment was cancelled.",
    );
    expect(await banner.getByTestId('input-reason').textContent()).toBe(
      'From the input of EnrollmentCancelled (message): Enrollment cancelled: payment is PENDING.',
    );
    expect(await banner.getByTestId('caused-by').count()).toBe(0);
    await foldShot(page, 'real-cause-course-payment-pending-1280x800');
  });

  // Each page is loaded once and measured at both sizes: the banner is laid out again on resize, and
  // nothing above it depends on the size the page was loaded at.
  it('keeps the whole root cause above the fold on a 1280x800 laptop and a 390x844 phone for every failing demo execution', async () => {
    const { page } = browser;
    const screens = [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ];
    const failing = inject('demo').executions.filter((execution) => ['FAILED', 'TIMED_OUT'].includes(execution.expectedStatus));
    expect(failing.length).toBeGreaterThan(10);
    const bottoms: Record<string, Record<string, number>> = {};
    for (const { scenario } of failing) {
      await page.setViewportSize(screens[0] ?? { width: 1280, height: 800 });
      await browser.open(executionPath(scenario));
      const banner = page.getByRole('region', { name: 'Execution error' });
      await banner.waitFor();
      for (const screen of screens) {
        await page.setViewportSize(screen);
        let bottom = 0;
        for (const selector of ROOT_CAUSE_PARTS) {
          for (const part of await banner.locator(selector).all()) {
            const box = await part.boundingBox();
            if (box) bottom = Math.max(bottom, box.y + box.height);
          }
        }
        const size = `${screen.width}x${screen.height}`;
        bottoms[size] = { ...bottoms[size], [scenario]: Math.round(bottom) };
      }
    }
    for (const screen of screens) {
      const size = `${screen.width}x${screen.height}`;
      console.log(`root cause bottom edge at ${size} (px):`, JSON.stringify(bottoms[size]));
      expect(
        Object.entries(bottoms[size] ?? {}).filter(([, bottom]) => bottom > screen.height || bottom === 0),
        size,
      ).toEqual([]);
      await page.setViewportSize(screen);
      await browser.open(executionPath('course-invalid-email'));
      await page.getByRole('region', { name: 'Execution error' }).waitFor();
      await foldShot(page, `real-cause-course-invalid-email-${size}`);
    }
  });

  it('tells apart in the list two orders that failed in the same Fail state for different reasons', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 800 });
    await browser.open(`${listPath('order-processing')}?status=FAILED`);
    const lineOf = async (scenario: string) => {
      const row = page.locator('table tbody tr').filter({ hasText: `${scenario}-1` });
      await row.waitFor();
      return row.getByTestId('error-caused-by').textContent();
    };
    const declined = await lineOf('order-payment-declined');
    const mismatch = await lineOf('order-payment-amount-mismatch');
    expect(declined).toBe(
      'caused by VerifyPayment: PaymentVerificationFailed: Payment for order ORD-20483 was declined: card declined by issuer',
    );
    expect(mismatch).toContain('caused by VerifyPayment: PaymentVerificationFailed: Payment of 29.99 does not match');
    await browser.shot('real-cause-order-list');

    await browser.open(`${listPath('course-enrollment')}?status=FAILED`);
    const pending = page.locator('table tbody tr').filter({ hasText: 'course-payment-pending-1' }).getByTestId('error-caused-by');
    const notFound = page.locator('table tbody tr').filter({ hasText: 'course-student-not-found-1' }).getByTestId('error-caused-by');
    expect(await pending.textContent()).toBe('reason: Enrollment cancelled: payment is PENDING.');
    expect(await notFound.textContent()).toContain('reason: Enrollment cancelled: no student named Jordan Avery');
    await browser.shot('real-cause-course-list');
  });

  it("shows the chain in the overview's last failure", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 800 });
    await browser.open('/');
    const lines: Record<string, string | null> = {};
    for (const machine of ['order-processing', 'course-enrollment', 'daycare-registration']) {
      const row = page.locator(`tr[data-state-machine="${machine}"]:not([aria-busy])`);
      await row.waitFor();
      lines[machine] = await row.getByTestId('last-failure-line').textContent();
    }
    console.log('overview last-failure lines:', JSON.stringify(lines));
    // Each of the course's failures ends in a Fail state reached through a caught error or with a reason in its input.
    expect(lines['course-enrollment']).toMatch(/^Fail state \S+: \S+ — (caused by \S+: \S+: |reason: )./);
    await browser.shot('real-cause-overview');
  });
});
