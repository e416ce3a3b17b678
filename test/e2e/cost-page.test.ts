import { GetExecutionHistoryCommand, ListExecutionsCommand, SFNClient, type HistoryEvent } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatCount, formatUsd } from '@/lib/format/format-cost';
import { breakDownTransitions, mergeStateTransitions } from '@/lib/cost/break-down-transitions';
import { estimateStandardCost } from '@/lib/cost/estimate-standard-cost';
import { estimateTotalFromSample } from '@/lib/cost/estimate-total-from-sample';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { demoStateMachineArn, usePage } from './support/use-page';

/** What the estimator says for a state machine, from histories read straight from the emulator. */
async function expectedReview(sfn: SFNClient, stateMachineArn: string) {
  const { executions = [] } = await sfn.send(new ListExecutionsCommand({ stateMachineArn, maxResults: 1000 }));
  const perExecution = await Promise.all(
    executions.map(async (execution) => {
      const events: HistoryEvent[] = [];
      let nextToken: string | undefined;
      do {
        const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn: execution.executionArn, maxResults: 1000, nextToken }));
        events.push(...(page.events ?? []));
        nextToken = page.nextToken;
      } while (nextToken);
      const timeline = buildExecutionTimeline(parseHistoryDocument(events, execution.executionArn ?? '').events);
      return {
        name: execution.name ?? '',
        arn: execution.executionArn ?? '',
        transitions: timeline.transitions.total,
        states: breakDownTransitions(timeline),
      };
    }),
  );
  const transitions = perExecution.reduce((sum, execution) => sum + execution.transitions, 0);
  return {
    executions: executions.length,
    transitions,
    costUsd: estimateStandardCost({ transitions, priceUsdPer1000Transitions: 0.025 }).costUsd,
    states: mergeStateTransitions(perExecution.map((execution) => execution.states)),
    byName: new Map(perExecution.map((execution) => [execution.name, execution.transitions])),
    top: [...perExecution].sort((a, b) => b.transitions - a.transitions || a.name.localeCompare(b.name))[0],
  };
}

describe('the cost review page on demo data', () => {
  const browser = usePage();
  let sfn: SFNClient;

  beforeAll(async () => {
    // The dashboard shows its endpoint; the test reads the same emulator directly, bypassing the app.
    const { page } = browser;
    await browser.open('/');
    const badge = await page.getByLabel('Data source').textContent();
    const endpoint = /http:\/\/127\.0\.0\.1:\d+/.exec(badge ?? '')?.[0];
    if (!endpoint) throw new Error(`no emulator endpoint in the data source badge: ${badge}`);
    sfn = new SFNClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'e2e', secretAccessKey: 'e2e' } });
  });
  afterAll(() => sfn?.destroy());

  it('shows order-processing’s transitions, cost, retries and top execution as the estimator computes them', async () => {
    const { page } = browser;
    const arn = demoStateMachineArn('order-processing');
    const expected = await expectedReview(sfn, arn);
    await browser.open(`/cost/${encodeURIComponent(arn)}`);
    await page.getByRole('heading', { name: 'Where the transitions come from' }).waitFor({ timeout: 60_000 });

    const summary = page.getByLabel('Cost summary');
    expect(await summary.textContent()).toContain(`Executions${formatCount(expected.executions)}`);
    expect(await summary.textContent()).toContain(`State transitions${formatCount(expected.transitions)}`);
    expect(await summary.textContent()).toContain(`Estimated cost${formatUsd(expected.costUsd)}`);
    expect(await summary.textContent()).toContain('Free tier4,000 / month');
    await page.getByRole('note').filter({ hasText: 'Exact:' }).waitFor();

    // Every state row shows the estimator's transitions and retries.
    const table = page.getByRole('table', { name: 'Transitions by state' });
    for (const state of expected.states) {
      const cells = await table.getByRole('row').filter({ hasText: state.state }).first().getByRole('cell').allTextContents();
      expect(cells[1], state.state).toBe(formatCount(state.transitions));
      expect(cells[4 + 2], `${state.state} retries`).toBe(formatCount(state.bySource.retry));
    }
    expect(expected.states.some((state) => state.bySource.retry > 0)).toBe(true);

    const top = page.getByRole('table', { name: 'Most expensive executions' }).getByRole('link').first();
    expect(await top.textContent()).toBe(expected.top?.name);
    expect(await top.getAttribute('href')).toBe(`/executions/${encodeURIComponent(expected.top?.arn ?? '')}`);

    await page.locator('figure[aria-label="State transitions and estimated cost per day"] .recharts-bar-rectangle').first().waitFor();
    await page.getByLabel('Express cost').waitFor();
    // The bar above the report goes away once the review is over.
    await page.getByRole('progressbar', { name: 'Cost review progress' }).waitFor({ state: 'detached' });
    await browser.shot('cost-order-processing');
  });

  it('exports the executions table as CSV with one row per execution', async () => {
    const arn = demoStateMachineArn('shipping-label-batch');
    const expected = await expectedReview(sfn, arn);
    const response = await fetch(`${inject('baseUrl')}/cost/export?table=executions&arn=${encodeURIComponent(arn)}`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('stateMachine,executionArn,name,status,startedAt,stoppedAt,durationMs,transitions,costUsd');
    expect(lines).toHaveLength(1 + expected.executions);
    const total = lines.slice(1).reduce((sum, line) => sum + Number(line.split(',')[7]), 0);
    expect(total).toBe(expected.transitions);
  });

  it('lists every Standard state machine on the all-machines page (a Type column beside the name), with the same numbers per machine', async () => {
    const { page } = browser;
    const arn = demoStateMachineArn('shipping-label-batch');
    const expected = await expectedReview(sfn, arn);
    await browser.open('/cost');
    const table = page.getByRole('table', { name: 'Cost by state machine' });
    await table.waitFor({ timeout: 60_000 });
    const cells = await table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'shipping-label-batch', exact: true }) })
      .getByRole('cell')
      .allTextContents();
    expect(cells[1]).toBe('Standard');
    expect(cells[4]).toBe(formatCount(expected.executions));
    expect(cells[5]).toBe(formatCount(expected.transitions));
    expect(cells[7]).toBe(formatUsd(expected.costUsd));
    for (const machine of inject('demo').stateMachines) {
      await table.getByRole('link', { name: machine.name, exact: true }).waitFor();
    }
    await page.getByRole('link', { name: 'Cost', exact: true }).waitFor();
    await browser.shot('cost-all-state-machines');
  });

  it('streams a progress bar first, then the review; the progress route answers while it works', async () => {
    const html = await (await fetch(`${inject('baseUrl')}/cost/${encodeURIComponent(demoStateMachineArn('odd-even'))}`)).text();
    const bar = html.indexOf('aria-label="Cost review progress"');
    expect(bar).toBeGreaterThan(-1);
    expect(html.indexOf('Where the transitions come from')).toBeGreaterThan(bar);
    const progress = await (await fetch(`${inject('baseUrl')}/cost/progress?key=unknown`)).json();
    expect(progress).toEqual({ stage: 'waiting', done: 0, total: null });
  });

  it('in sampled mode reads a random half of daycare-registration and shows the estimator’s interval for that sample', async () => {
    const { page } = browser;
    const arn = demoStateMachineArn('daycare-registration');
    const expected = await expectedReview(sfn, arn);
    const sample = Math.max(2, Math.ceil(expected.executions / 2));
    await browser.open(`/cost/${encodeURIComponent(arn)}?mode=sampled`);
    const note = page.getByRole('note').filter({ hasText: 'Sampled:' });
    await note.waitFor({ timeout: 60_000 });
    expect(await note.textContent()).toContain(
      `Sampled: ${sample} of ${expected.executions} histories read at random; totals are estimates with a 95 % confidence interval.`,
    );

    // The sample is small enough that the executions table lists all of it.
    const names = await page.getByRole('table', { name: 'Most expensive executions' }).getByRole('link').allTextContents();
    expect(names).toHaveLength(sample);
    const values = names.map((name) => expected.byName.get(name)!);
    const estimate = estimateTotalFromSample(values, expected.executions);
    const summary = await page.getByLabel('Cost summary').textContent();
    expect(summary).toContain(
      `State transitions≈ ${formatCount(estimate.total.estimate)}95 % interval ${formatCount(estimate.total.low)} – ${formatCount(estimate.total.high)}`,
    );
    await browser.shot('cost-daycare-sampled');
  });
});
