import { describe, expect, it } from 'vitest';
import { demoStateMachineArn, usePage } from './support/use-page';

const daycarePath = () => `/state-machines/${encodeURIComponent(demoStateMachineArn('daycare-registration'))}`;

describe('the executions list: filters, sorting, errors at a glance', () => {
  const browser = usePage();
  const rowNames = () => browser.page.locator('[data-testid="executions-table"] tbody tr td:first-child').allTextContents();
  const rowStatuses = () => browser.page.locator('[data-testid="executions-table"] tbody [data-status]').allTextContents();

  it('filters by a part of the name, kept in the URL', async () => {
    const { page } = browser;
    await browser.open(daycarePath());
    await page.getByLabel('Name contains').fill('AGE-too');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/name=AGE-too/);
    await page.getByText('Name and time filters are applied by Statescope').waitFor();
    expect((await rowNames()).sort()).toEqual(['daycare-age-too-old-1', 'daycare-age-too-young-1']);
  });

  it('combines the name filter with the status filter', async () => {
    const { page } = browser;
    await browser.open(`${daycarePath()}?name=confirmed`);
    await page.locator('[data-testid="executions-table"] tbody tr').first().waitFor();
    expect(await rowNames()).toHaveLength(3);
    await page.getByRole('navigation', { name: 'Filter by status' }).getByRole('link', { name: 'Succeeded' }).click();
    await page.waitForURL(/status=SUCCEEDED/);
    expect(new URL(page.url()).searchParams.get('name')).toBe('confirmed');
    await page.locator('[data-testid="executions-table"] tbody [data-status]').first().waitFor();
    expect(await rowStatuses()).toEqual(['Succeeded', 'Succeeded', 'Succeeded']);
    expect((await rowNames()).sort()).toEqual(['daycare-confirmed-age-2-1', 'daycare-confirmed-age-3-1', 'daycare-confirmed-age-5-1']);

    await page.getByRole('navigation', { name: 'Filter by status' }).getByRole('link', { name: 'Failed' }).click();
    await page.getByText('No failed executions match these filters').waitFor();
    await browser.shot('executions-list-no-match');
  });

  it('sorts the loaded page by name, both ways, and says the sort covers this page only', async () => {
    const { page } = browser;
    await browser.open(daycarePath());
    await page.locator('[data-testid="executions-table"] tbody tr').first().waitFor();
    const apiOrder = await rowNames();
    expect(apiOrder).toHaveLength(9);
    const ascending = [...apiOrder].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

    await page.getByRole('columnheader', { name: 'Name' }).getByRole('link').click();
    await page.waitForURL(/sort=name&dir=asc/);
    await page.getByText('within this page only').waitFor();
    expect(await rowNames()).toEqual(ascending);
    expect(await page.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('ascending');

    await page.getByRole('columnheader', { name: 'Name' }).getByRole('link').click();
    await page.waitForURL(/sort=name&dir=desc/);
    await page.locator('th[aria-sort="descending"]').waitFor();
    expect(await rowNames()).toEqual([...ascending].reverse());
  });

  it('sorts by duration, longest first', async () => {
    const { page } = browser;
    await browser.open(`${daycarePath()}?sort=duration&dir=desc`);
    await page.locator('[data-testid="executions-table"] tbody tr').first().waitFor();
    const durations = await page.locator('[data-testid="executions-table"] tbody tr td:nth-child(5)').allTextContents();
    const toMs = (text: string) => (text.endsWith(' ms') ? Number(text.replace(' ms', '')) : Number(text.replace(' s', '')) * 1000);
    const values = durations.map(toMs);
    expect(values.every((value) => Number.isFinite(value))).toBe(true);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('shows the error and cause of a failed execution in its row', async () => {
    const { page } = browser;
    await browser.open(`${daycarePath()}?status=FAILED&name=too-young`);
    const row = page.locator('[data-testid="executions-table"] tbody tr').filter({ hasText: 'daycare-age-too-young-1' });
    await row.waitFor();
    const errorCell = row.locator('td[data-error]');
    expect(await errorCell.getAttribute('data-error')).toBe('AgeOutOfRange');
    expect(await errorCell.locator('div').first().textContent()).toBe('AgeOutOfRange');
    await browser.shot('executions-list-failed-error');

    await browser.open(daycarePath());
    await page.locator('[data-testid="executions-table"] tbody tr').first().waitFor();
    // Every failed row, and only those, carries its error.
    const failedRows = page.locator('[data-testid="executions-table"] tbody tr').filter({ has: page.locator('[data-status="FAILED"]') });
    expect(await failedRows.count()).toBe(6);
    expect(await page.locator('td[data-error]').count()).toBe(6);
    await browser.shot('executions-list');
  });

  it('filters by time range and explains a time it cannot read', async () => {
    const { page } = browser;
    await browser.open(`${daycarePath()}?range=1h`);
    await page.locator('[data-testid="executions-table"] tbody tr').first().waitFor();
    expect(await rowNames()).toHaveLength(9);

    await browser.open(`${daycarePath()}?range=custom&to=2020-01-01T00:00`);
    await page.getByText('No executions match these filters').waitFor();
    await page.getByText('Started before 2020-01-01 00:00:00 UTC.').waitFor();

    await browser.open(`${daycarePath()}?range=custom&from=yesterday`);
    const alert = page.getByRole('alert').filter({ hasText: 'Filter not applied' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('"From" is not a date and time: "yesterday". Use YYYY-MM-DD HH:mm (UTC).');
  });

  it('reads well in dark mode', async () => {
    const { page } = browser;
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await browser.open(`${daycarePath()}?sort=started&dir=desc`);
      await page.locator('td[data-error]').first().waitFor();
      await browser.shot('executions-list-dark');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
});
