import { CloudWatchLogsClient, paginateFilterLogEvents } from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatCount, formatGbSeconds, formatUsd } from '@/lib/format/format-cost';
import { billExpressUsage, priceExpressUsage } from '@/lib/cost/estimate-express-cost';
import { AWS_LIST_PRICES } from '@/lib/cost/price-table';
import { usePage } from './support/use-page';

/** The Express estimator over start and stop read straight from the log group, bypassing the app. */
async function expectedExpressBill(logs: CloudWatchLogsClient, logGroupName: string) {
  const starts = new Map<string, number>();
  const stops = new Map<string, number>();
  const pages = paginateFilterLogEvents(
    { client: logs },
    { logGroupName, filterPattern: '{ $.type = "ExecutionStarted" || $.type = "ExecutionSucceeded" || $.type = "ExecutionFailed" }' },
  );
  for await (const page of pages) {
    for (const event of page.events ?? []) {
      const record = JSON.parse(event.message ?? '{}') as { type: string; execution_arn: string; event_timestamp: string };
      (record.type === 'ExecutionStarted' ? starts : stops).set(record.execution_arn, Number(record.event_timestamp));
    }
  }
  let gbSeconds = 0;
  for (const [arn, start] of starts) {
    gbSeconds += billExpressUsage({ requests: 1, durationMs: stops.get(arn)! - start, memoryMb: 64 }, AWS_LIST_PRICES.express).gbSeconds;
  }
  return {
    executions: starts.size,
    failed: [...stops.keys()].filter((arn) => !starts.has(arn)).length,
    ...priceExpressUsage({ requests: starts.size, gbSeconds }, AWS_LIST_PRICES.express),
  };
}

describe('the cost review of Express state machines, from CloudWatch Logs', () => {
  const browser = usePage();
  const express = inject('demo').express;
  let logs: CloudWatchLogsClient;

  beforeAll(async () => {
    const { page } = browser;
    await browser.open('/');
    const badge = await page.getByLabel('Data source').textContent();
    const endpoint = /http:\/\/127\.0\.0\.1:\d+/.exec(badge ?? '')?.[0];
    if (!endpoint) throw new Error(`no emulator endpoint in the data source badge: ${badge}`);
    logs = new CloudWatchLogsClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'e2e', secretAccessKey: 'e2e' } });
  });
  afterAll(() => logs?.destroy());

  it('prices every odd-even-express run by request and GB-seconds as the estimator does, and says what memory it assumes', async () => {
    if (!express) throw new Error('the e2e demo seeded no Express state machine (seedDemo expressCount was 0?)');
    const { page } = browser;
    const expected = await expectedExpressBill(logs, express.logGroupName);
    expect(expected.executions).toBe(express.executions);

    const started = performance.now();
    await browser.open(`/cost/${encodeURIComponent(express.stateMachineArn)}`);
    const summary = page.getByLabel('Cost summary');
    await summary.waitFor({ timeout: 60_000 });
    console.log(
      `e2e: cost page of ${formatCount(expected.executions)} Express executions ready in ${Math.round(performance.now() - started)} ms`,
    );

    const text = await summary.textContent();
    expect(text).toContain(`Executions${formatCount(expected.executions)}counted from CloudWatch Logs`);
    expect(text).toContain(`Requests${formatCount(expected.executions)}${formatUsd(expected.requestCostUsd)} at $1 per million`);
    expect(text).toContain(`GB-seconds${formatGbSeconds(expected.gbSeconds)}${formatUsd(expected.durationCostUsd)}`);
    expect(text).toContain(`Estimated cost${formatUsd(expected.costUsd)}requests + duration`);
    expect(text).toContain('not billed for Express');

    const note = page.getByRole('note', { name: 'How this Express review was made' });
    expect(await note.textContent()).toContain('Memory assumed: 64 MB per execution');
    expect(await note.textContent()).toContain(
      `300 of ${formatCount(expected.executions)} executions' log records read at random, with a 95 % confidence interval`,
    );

    expect(await page.getByLabel('Express (now) cost').textContent()).toBe(formatUsd(expected.costUsd));
    expect(await page.getByLabel('Standard cost').textContent()).toMatch(/^≈ \$/);
    await page.locator('figure[aria-label="Requests (executions) and estimated cost per day"] .recharts-bar-rectangle').first().waitFor();

    // The most expensive run is one of the longest: its billed duration is the largest.
    const topRow = await page
      .getByRole('table', { name: 'Most expensive executions' })
      .getByRole('row')
      .nth(1)
      .getByRole('cell')
      .allTextContents();
    expect(topRow.at(-2)).toMatch(/^\d[\d,]* ms × 64 MB$/);
    await page.getByRole('progressbar', { name: 'Cost review progress' }).waitFor({ state: 'detached' });
    await browser.shot('cost-express-odd-even');
  });

  it('says the ERROR-level copy logs no state events: no transitions, no Standard what-if, counts are lower bounds', async () => {
    if (!express) throw new Error('the e2e demo seeded no Express state machine');
    const { page } = browser;
    const expected = await expectedExpressBill(logs, express.errorsOnly.logGroupName);
    await browser.open(`/cost/${encodeURIComponent(express.errorsOnly.stateMachineArn)}`);
    const summary = page.getByLabel('Cost summary');
    await summary.waitFor({ timeout: 60_000 });
    // At ERROR, ExecutionStarted is not logged: only the failures are there to count.
    expect(expected.executions).toBe(0);
    expect(expected.failed).toBeGreaterThan(0);
    expect(await summary.textContent()).toContain(`Executions${formatCount(expected.failed)}counted from CloudWatch Logs`);
    expect(await summary.textContent()).toContain('State transitionsnot loggedlevel ERROR leaves out state events');
    expect(await page.getByLabel('Standard cost').textContent()).toBe('cannot be computed');
    const note = await page.getByRole('note', { name: 'How this Express review was made' }).textContent();
    expect(note).toContain('Log level ERROR: state events are not logged, so transitions and the Standard what-if cannot be computed.');
    expect(note).toContain('At level ERROR successful executions write nothing');
    await browser.shot('cost-express-errors-only');
  });

  it('puts the Express machines in the all-machines review with the same cost, and leaves none out', async () => {
    if (!express) throw new Error('the e2e demo seeded no Express state machine');
    const { page } = browser;
    const expected = await expectedExpressBill(logs, express.logGroupName);
    await browser.open('/cost');
    const table = page.getByRole('table', { name: 'Cost by state machine' });
    await table.waitFor({ timeout: 90_000 });
    const cells = await table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'odd-even-express', exact: true }) })
      .getByRole('cell')
      .allTextContents();
    expect(cells[1]).toBe('Express');
    expect(cells[4]).toBe(formatCount(expected.executions));
    expect(cells[5]).toBe('not billed');
    expect(cells[7]).toBe(formatUsd(expected.costUsd));
    expect(await page.getByRole('note', { name: 'State machines not included' }).count()).toBe(0);
    await browser.shot('cost-all-with-express');
  });
});
