import { describe, expect, it } from 'vitest';
import { demoStateMachineArn, usePage } from './support/use-page';

describe('a state machine page: its executions', () => {
  const browser = usePage();

  it('opens from the first page and lists the executions, failed ones included', async () => {
    const { page } = browser;
    await browser.open('/');
    await page.getByRole('link', { name: 'daycare-registration', exact: true }).click();
    await page.getByRole('heading', { name: 'daycare-registration' }).waitFor();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/state-machines/${demoStateMachineArn('daycare-registration')}`);

    const table = page.getByRole('table');
    await table.getByRole('row').nth(1).waitFor();
    const statuses = await table.locator('[data-status]').allTextContents();
    expect(statuses).toContain('Failed');
    expect(statuses).toContain('Succeeded');
    await browser.shot('daycare-executions');
  });

  it('filters by status through the URL, showing only failed executions', async () => {
    const { page } = browser;
    await browser.open(`/state-machines/${encodeURIComponent(demoStateMachineArn('daycare-registration'))}`);
    await page.getByRole('navigation', { name: 'Filter by status' }).getByRole('link', { name: 'Failed' }).click();
    await page.waitForURL(/status=FAILED/);
    await page.locator('[data-status]').first().waitFor();
    const statuses = await page.getByRole('table').locator('[data-status]').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['Failed']));
    await browser.shot('daycare-executions-failed');
  });

  it('pages with the token ListExecutions returns, carried in the URL', async () => {
    const { page } = browser;
    const rowNames = () => page.getByRole('table').locator('tbody tr td:first-child').allTextContents();
    await browser.open(`/state-machines/${encodeURIComponent(demoStateMachineArn('daycare-registration'))}?maxResults=4`);
    await page.getByRole('table').locator('tbody tr').first().waitFor();
    const first = await rowNames();
    expect(first).toHaveLength(4);
    await page.getByRole('link', { name: 'Next page →' }).click();
    await page.waitForURL(/nextToken=/);
    await page.getByRole('link', { name: '← First page' }).waitFor();
    const second = await rowNames();
    expect(second).toHaveLength(4);
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    expect(new URL(page.url()).searchParams.get('maxResults')).toBe('4');
    await browser.shot('daycare-executions-page-2');
  });

  it('explains a page token that is no longer valid and offers the first page', async () => {
    const { page } = browser;
    await browser.open(`/state-machines/${encodeURIComponent(demoStateMachineArn('daycare-registration'))}?nextToken=not-a-real-token`);
    const panel = page.getByRole('alert').filter({ hasText: 'Request rejected' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain('start again from the first page');
    await page.getByRole('link', { name: '← First page' }).waitFor();
    await browser.shot('daycare-executions-invalid-token');
  });

  it('says clearly that an unknown state machine does not exist', async () => {
    const { page } = browser;
    const unknown = 'arn:aws:states:us-east-1:123456789012:stateMachine:no-such-machine';
    await browser.open(`/state-machines/${encodeURIComponent(unknown)}`);
    await page.getByRole('heading', { name: 'State machine not found' }).waitFor();
  });

  it('says so in words when no execution has the chosen status', async () => {
    const { page } = browser;
    await browser.open(`/state-machines/${encodeURIComponent(demoStateMachineArn('odd-even'))}?status=TIMED_OUT`);
    await page.getByText('No timed out executions').waitFor();
  });
});
