import { describe, expect, it } from 'vitest';
import { demoExecutionArn, demoStateMachineArn, usePage } from './support/use-page';

describe('the search box: open by ARN or AWS console URL', () => {
  const browser = usePage();
  const searchBox = () => browser.page.getByRole('search', { name: 'Open an execution' }).first().getByRole('searchbox');

  it('opens the execution page from a pasted console URL', async () => {
    const { page } = browser;
    const arn = demoExecutionArn('daycare-age-too-young');
    await browser.open('/');
    await searchBox().fill(`https://us-east-1.console.aws.amazon.com/states/home?region=us-east-1#/v2/executions/details/${arn}`);
    await searchBox().press('Enter');
    await page.waitForURL(/\/executions\//);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/executions/${arn}`);
    await page.getByRole('heading', { name: 'daycare-age-too-young-1', level: 1 }).waitFor();
    await browser.shot('open-console-url');
  });

  it('opens the execution page from the older console URL form', async () => {
    const { page } = browser;
    const arn = demoExecutionArn('daycare-age-too-old');
    await browser.open(
      `/open?q=${encodeURIComponent(`https://console.aws.amazon.com/states/home?region=us-east-1#/executions/details/${arn}`)}`,
    );
    await page.waitForURL(/\/executions\//);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/executions/${arn}`);
  });

  it('opens a state machine from its ARN', async () => {
    const { page } = browser;
    const arn = demoStateMachineArn('order-processing');
    await browser.open('/');
    await searchBox().fill(arn);
    await page.getByRole('button', { name: 'Open', exact: true }).first().click();
    await page.waitForURL(/\/state-machines\//);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/state-machines/${arn}`);
  });

  it('says what it expected when the input is neither an ARN nor a console URL', async () => {
    const { page } = browser;
    await browser.open('/');
    await searchBox().fill('daycare registration');
    await searchBox().press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing to open' });
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('"daycare registration" is not an ARN.');
    expect(text).toContain('Paste an execution ARN (arn:aws:states:REGION:ACCOUNT:execution:MACHINE:NAME)');
    // The input stays, so it can be corrected.
    expect(await page.getByRole('main').getByRole('searchbox').inputValue()).toBe('daycare registration');
    await browser.shot('open-invalid');
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await browser.shot('open-invalid-dark');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('explains an ARN from another region instead of a bare "not found"', async () => {
    const { page } = browser;
    const arn = demoExecutionArn('daycare-age-too-young').replace(':us-east-1:', ':eu-west-1:');
    await browser.open('/');
    await searchBox().fill(arn);
    await searchBox().press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'Another region' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'This execution is in eu-west-1, but Statescope reads Step Functions in us-east-1. Start Statescope with AWS_REGION=eu-west-1 to open it.',
    );
    await alert.getByRole('link', { name: 'Try to open it here anyway' }).waitFor();
  });

  it('focuses the search box with "/" from anywhere on the page', async () => {
    const { page } = browser;
    await browser.open('/');
    await page.locator('tr[data-state-machine="daycare-registration"]:not([aria-busy])').waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('arn:aws:states');
    expect(await searchBox().inputValue()).toBe('arn:aws:states');
  });
});
