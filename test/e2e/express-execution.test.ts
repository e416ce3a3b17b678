import { describe, expect, inject, it } from 'vitest';
import { usePage } from './support/use-page';

describe('Express executions read from CloudWatch Logs', () => {
  const browser = usePage();
  const express = inject('demo').express;
  const graphReady = () => browser.page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor();
  const node = (name: string) => browser.page.locator(`.react-flow__node [data-node-id="${name}"]`);

  it('opens a failed Express execution: failure banner with error and cause, graph, and where the history came from', async () => {
    if (!express?.failedExecutionArn) throw new Error('the e2e demo seeded no failed Express execution (seedDemo expressCount was 0?)');
    const { page } = browser;
    await browser.open(`/executions/${encodeURIComponent(express.failedExecutionArn)}`);

    const banner = page.getByRole('region', { name: 'Execution error' }).first();
    await banner.waitFor();
    const bannerText = await banner.textContent();
    expect(bannerText).toContain('InvalidNumberError');
    expect(bannerText).toContain('N must be a whole number, got');
    expect(await page.locator('[data-status]').first().textContent()).toBe('Failed');

    const notice = page.getByRole('complementary', { name: 'Express logging' });
    await notice.waitFor();
    expect(await notice.getByText('History from CloudWatch Logs').count()).toBe(1);
    expect(await notice.textContent()).toContain(
      'this is read from the CloudWatch log group /aws/vendedlogs/states/odd-even-express (level ALL, execution data included).',
    );

    await graphReady();
    expect(await node('CalculateRemainder').getAttribute('data-run-status')).toBe('failed');
    expect(await node('Even').getAttribute('data-run-status')).toBe('not-visited');

    const events = page.getByRole('table', { name: 'History events' });
    await events.getByRole('row').filter({ hasText: 'LambdaFunctionFailed' }).first().waitFor();
    await browser.shot('express-execution-failed');
  });

  it('lists the Express state machine from its logs and says so', async () => {
    if (!express) throw new Error('the e2e demo seeded no Express state machine');
    const { page } = browser;
    await browser.open(`/state-machines/${encodeURIComponent(express.stateMachineArn)}?status=FAILED`);
    const notice = page.getByRole('complementary', { name: 'Express logging' });
    await notice.waitFor();
    expect(await notice.getByText('Executions from CloudWatch Logs').count()).toBe(1);
    await page.locator('table tbody [data-status]').first().waitFor();
    const statuses = await page.locator('table tbody [data-status]').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['Failed']));
    expect(await page.locator('table tbody tr').filter({ hasText: 'odd-even-express-not-a-number' }).count()).toBe(1);
    await browser.shot('express-state-machine-failed');
  });

  it('says what an ERROR-level log without execution data leaves out, and still shows the failure', async () => {
    const failedArn = express?.errorsOnly.failedExecutionArn;
    if (!failedArn) throw new Error('the e2e demo seeded no failed errors-only Express execution');
    const { page } = browser;
    await browser.open(`/executions/${encodeURIComponent(failedArn)}`);
    const notice = page.getByRole('complementary', { name: 'Express logging' });
    await notice.waitFor();
    expect(await notice.getByText('Part of this history is not in the logs').count()).toBe(1);
    expect(await notice.getByRole('listitem').allTextContents()).toEqual([
      'Only failure events are logged at level ERROR: ExecutionStarted, state entries and exits, and successful task events are not, so there is no start time, no path to the failure and no state durations.',
      'Executions that succeed write nothing at level ERROR, so they are not listed.',
      'Inputs and outputs are not logged (includeExecutionData is false): states show their names, errors and causes, but no input, output or task parameters.',
    ]);
    expect(await notice.textContent()).toContain('Set the logging level to ALL and includeExecutionData to true');
    const banner = page.getByRole('region', { name: 'Execution error' }).first();
    await banner.waitFor();
    expect(await banner.textContent()).toContain('InvalidNumberError');
    expect(await banner.getByRole('heading').textContent()).toBe('Failed in a state the history does not name: InvalidNumberError');
    expect(await page.getByText('No state was entered in this history, so there is nothing to place on a timeline.').count()).toBe(1);
    await page
      .getByRole('table', { name: 'History events' })
      .getByRole('row')
      .filter({ hasText: 'LambdaFunctionFailed' })
      .first()
      .waitFor();
    await browser.shot('express-execution-errors-only');
  });
});
