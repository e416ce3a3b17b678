import { join } from 'node:path';
import { CreateStateMachineCommand, DescribeExecutionCommand, StartExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { PackedExecutionView } from '@/lib/view-model/pack-execution-view';
import { countPackedVisits } from '@/lib/view-model/withhold-group-visits';
import { describeViolations, runAxe, seriousViolations } from './support/axe';
import { ARTIFACTS_DIR } from './support/browser';
import { useFreshPages } from './support/fresh-pages';

// A Map of 1,100 iterations, each a Pass and a Parallel of two Pass branches (4,402 visits in all, over
// the 1,000 from which the page's document leaves out the iterations it does not open on): the page opens on a
// partial view and fetches the whole one from `/view` once its graph is drawn
// (lib/view-model/withhold-group-visits.ts).

const ITERATIONS = 1_100;
/** Work, Both (the Parallel), and Check and Note in its branches. */
const VISITS_PER_ITERATION = 4;
const ALL_VISITS = ITERATIONS * VISITS_PER_ITERATION + 2;
/** The whole view's route, which the page fetches once hydrated. */
const VIEW_ROUTE = /\/view(\?|$)/;

/** The debugger's packed view in a document's RSC payload (the `self.__next_f.push` scripts). */
function packedViewOf(html: string): PackedExecutionView {
  const rsc = [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)]
    .map((match) => JSON.parse(match[1]!) as string)
    .join('');
  const row = rsc.split('\n').find((line) => line.includes('"packed":'));
  if (!row) throw new Error('the document carries no packed view');
  const find = (value: unknown): PackedExecutionView | undefined => {
    if (typeof value !== 'object' || value === null) return undefined;
    if ('packed' in value) return value.packed as PackedExecutionView;
    for (const child of Object.values(value)) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const packed = find(JSON.parse(row.slice(row.indexOf(':') + 1)));
  if (!packed) throw new Error('the document carries no packed view');
  return packed;
}
const executionPath = (executionArn: string) => `/executions/${encodeURIComponent(executionArn)}`;

async function runLargeMap(sfn: SFNClient): Promise<string> {
  const { stateMachineArn } = await sfn.send(
    new CreateStateMachineCommand({
      name: `large-map-page-${Date.now()}`,
      roleArn: 'arn:aws:iam::123456789012:role/E2ERole',
      definition: JSON.stringify({
        StartAt: 'Fan',
        States: {
          Fan: {
            Type: 'Map',
            ItemsPath: '$.items',
            ItemProcessor: {
              ProcessorConfig: { Mode: 'INLINE' },
              StartAt: 'Work',
              States: {
                Work: { Type: 'Pass', Next: 'Both' },
                // A Parallel in each iteration: its rows start open when the whole view brings them.
                Both: {
                  Type: 'Parallel',
                  Branches: [
                    { StartAt: 'Check', States: { Check: { Type: 'Pass', End: true } } },
                    { StartAt: 'Note', States: { Note: { Type: 'Pass', End: true } } },
                  ],
                  End: true,
                },
              },
            },
            ResultPath: null,
            Next: 'Done',
          },
          Done: { Type: 'Pass', End: true },
        },
      }),
    }),
  );
  const input = JSON.stringify({ items: Array.from({ length: ITERATIONS }, (_, n) => ({ n })) });
  const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input }));
  for (let attempt = 0; attempt < 600; attempt++) {
    const { status } = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    if (status === 'SUCCEEDED') return executionArn!;
    if (status !== 'RUNNING') throw new Error(`the large Map execution ended ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the large Map execution did not finish within 30 s');
}

describe('the execution page of a Map with over a thousand visits', () => {
  const pages = useFreshPages();
  let arn = '';

  const openPage = (path: string, options: { scriptsLoad?: boolean; viewAnswers?: boolean } = {}) =>
    pages.open(path, {
      scriptsLoad: options.scriptsLoad,
      refuse: options.viewAnswers === false ? VIEW_ROUTE : undefined,
      viewport: { width: 1280, height: 900 },
    });

  /** The whole packed view, as the page fetches it. */
  async function readWholeView(): Promise<PackedExecutionView> {
    const response = await fetch(`${inject('baseUrl')}${executionPath(arn)}/view`);
    expect(response.status).toBe(200);
    return (await response.json()) as PackedExecutionView;
  }

  /** The id of the Work visit of one iteration, from the whole view. */
  async function workVisitOf(iteration: number): Promise<number> {
    const [, , , , , , , , , fanGroups] = (await readWholeView()).visits[0]!;
    return fanGroups!.find((group) => group[0] === iteration)![7][0]![0];
  }

  const timelineRows = (page: Page) => page.locator('[aria-label="Timeline"]').getAttribute('data-row-count').then(Number);

  beforeAll(async () => {
    arn = await runLargeMap(pages.sfn);
  });

  it('sends neither the iterations nor their visits, yet counts and colours them all', async () => {
    const html = await (await fetch(`${inject('baseUrl')}${executionPath(arn)}`)).text();
    const packed = packedViewOf(html);
    // The whole view's address names the stop it describes: a redrive's later stop is fetched anew, not from the browser's cache.
    expect(html).toMatch(/\/view\?stopped=\d+/);
    expect(packed.partial).toBe(true);
    // Fan and Done; Fan's iterations are left out, rows and visits, and counted.
    expect(countPackedVisits(packed.visits)).toBe(2);
    const fan = packed.visits[0]!;
    expect(fan[9] ?? []).toEqual([]);
    expect(fan[13]).toEqual([ITERATIONS, ALL_VISITS - 2]);
    expect(countPackedVisits((await readWholeView()).visits)).toBe(ALL_VISITS);

    const page = await openPage(executionPath(arn), { scriptsLoad: false });
    await page.locator('[data-testid="execution-graph"][data-ready="static"]').waitFor();
    expect(await page.getByRole('heading', { name: /^Timeline/ }).textContent()).toBe(`Timeline (${ALL_VISITS} visits)`);
    // Coloured from the whole view on the server: the iterations' state ran, though its visits are not here.
    expect(await page.locator('[data-static-node="Work"]').getAttribute('data-run-status')).toBe('succeeded');
  });

  it('works on the partial view when the whole one cannot be read, and says so', async () => {
    const page = await openPage(executionPath(arn), { viewAnswers: false });
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await alert.waitFor();
    await page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor();
    expect(await page.locator('[data-node-id="Work"]').getAttribute('data-run-status')).toBe('succeeded');
    expect(await page.locator('[data-node-id="Work"] [data-testid="run-counts"]').textContent()).toContain(`ran ${ITERATIONS}×`);
    // Fan's whole count, and one row standing for its iterations; the picker waits for their list.
    const fanRow = page.locator('[role="listitem"][data-row-label="Fan"]');
    expect(await fanRow.textContent()).toContain(`Map · ${ITERATIONS}`);
    await page.getByRole('button', { name: 'Expand Fan' }).click();
    await expect.poll(() => timelineRows(page)).toBe(3);
    expect(await page.locator('[role="listitem"][data-row-label="1,100 iterations"]').textContent()).toContain('not loaded yet');
    await fanRow.getByRole('button', { name: 'Fan', exact: true }).click();
    expect(await page.getByTestId('drill-down-summary').textContent()).toBe(`Fan: ${ITERATIONS} iterations · list not loaded yet`);
    expect(await page.getByLabel('iteration index').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Next failed iteration of Fan' }).isDisabled()).toBe(true);
    await page.locator('#execution-debugger').screenshot({ path: join(ARTIFACTS_DIR, 'large-map-page-partial.png') });
    // The "not loaded yet" row and the picker's disabled controls pass axe as the rest does.
    const violations = seriousViolations(await runAxe(page));
    expect(violations, describeViolations(violations)).toEqual([]);
    // And fit a phone: the picker's controls wrap, the row's label truncates.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator('#execution-debugger').screenshot({ path: join(ARTIFACTS_DIR, 'large-map-page-partial-390x844.png') });
    await page.setViewportSize({ width: 1280, height: 900 });

    expect(await page.locator('#execution-debugger').getAttribute('data-partial-view')).toBe('true');

    await page.context().unroute(VIEW_ROUTE);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await alert.waitFor({ state: 'detached' });
    await page.locator('#execution-debugger:not([data-partial-view])').waitFor();
    await expect.poll(() => timelineRows(page)).toBe(ITERATIONS + 2);
    expect(await page.getByTestId('drill-down-summary').textContent()).toBe(`Fan: ${ITERATIONS} iterations`);
    expect(await page.getByLabel('iteration index').isDisabled()).toBe(false);
    await page.getByRole('button', { name: 'Expand Iteration 3' }).click();
    // Work and Both, and Both open as a Parallel on a first load is: Branch 0, Check, Branch 1, Note.
    await expect.poll(() => timelineRows(page)).toBe(ITERATIONS + 2 + 6);
    const workOfIteration3 = await workVisitOf(3);
    await page.locator(`[data-row-key="visit:${workOfIteration3}"]`).getByRole('button', { name: 'Work' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('visit')).toBe(String(workOfIteration3));
    await expect.poll(() => page.getByTestId('inspected-state').textContent()).toBe('Work');
    // The debugger alone: the full page is over 14,000 px of event rows.
    await page.locator('#execution-debugger').screenshot({ path: join(ARTIFACTS_DIR, 'large-map-page-debugger.png') });
  });

  it('opens on a visit inside an iteration that a link names', async () => {
    const work = await workVisitOf(900);
    const page = await openPage(`${executionPath(arn)}?visit=${work}`, { viewAnswers: false });
    await page.locator('[data-testid="execution-graph"][data-ready="true"]').waitFor();
    expect(await page.getByTestId('inspected-state').textContent()).toBe('Work');
    expect(await page.locator('[aria-current="true"][role="listitem"]').getAttribute('data-row-key')).toBe(`visit:${work}`);
  });

  it('answers 404 with a message for the view of an execution that does not exist', async () => {
    const missing = arn.replace(/:[^:]+$/, ':no-such-execution');
    const response = await fetch(`${inject('baseUrl')}${executionPath(missing)}/view`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toMatch(/does not exist|not found/i);
  });
});
