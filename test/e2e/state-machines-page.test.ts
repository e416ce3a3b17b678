import { describe, expect, inject, it } from 'vitest';
import { usePage } from './support/use-page';

describe('the first page: state machines', () => {
  const browser = usePage();

  it('lists every seeded state machine by name, with its type', async () => {
    const { page } = browser;
    await browser.open('/');
    await page.getByRole('heading', { name: 'State machines' }).waitFor();
    for (const machine of inject('demo').stateMachines) {
      await page.getByRole('link', { name: machine.name, exact: true }).waitFor();
    }
    const daycareRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'daycare-registration', exact: true }) });
    expect(await daycareRow.textContent()).toContain('Standard');
    await browser.shot('state-machines');
  });

  it('shows the data source the server reads from: the emulator and us-east-1', async () => {
    const { page } = browser;
    await browser.open('/');
    const badge = page.getByLabel('Data source');
    await badge.waitFor();
    const text = await badge.textContent();
    expect(text).toContain('http://127.0.0.1:');
    expect(text).toContain('us-east-1');
  });

  it('follows the system dark colour scheme', async () => {
    const { page } = browser;
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await browser.open('/');
      await page.getByRole('link', { name: 'daycare-registration', exact: true }).waitFor();
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).not.toBe('rgb(250, 250, 250)');
      await browser.shot('state-machines-dark');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
});
