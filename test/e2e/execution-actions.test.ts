import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeExecutionCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureStateMachine } from '@/lib/demo/ensure-state-machine';
import { demoScenarios } from '@/lib/demo/demo-scenarios';
import { startEmulator, type RunningEmulator } from '@/lib/emulator/start-emulator';
import { startDashboard, type RunningDashboard } from '@/lib/cli/shared/start-dashboard';
import { ACTIONS_OFF_MESSAGE } from '@/lib/services/execution-actions/guard-action-request';
import { DEMO_FLAGS_DIR_ENV, INVENTORY_RESTORED_FLAG } from '@/lib/seeds/support/demo-flag';
import { seedWorkflows } from '@/lib/seeds/seed-workflows';
import { describeViolations, runAxe, seriousViolations } from './support/axe';
import { ARTIFACTS_DIR, connectBrowser } from './support/browser';
import { findFreePort } from './support/find-free-port';

// Actions change executions, so this file runs its own emulator (in this process, whose environment
// the demo handler reads its flag from) and its own dashboard started with --allow-actions; the
// shared dashboard, started without it, shows the refusal.

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'statescope-e2e', secretAccessKey: 'statescope-e2e' };
const HOLD_DEFINITION = JSON.stringify({ StartAt: 'Hold', States: { Hold: { Type: 'Wait', Seconds: 100_000, End: true } } });

let dataDir = '';
let emulator: RunningEmulator | undefined;
let dashboard: RunningDashboard | undefined;
let sfn: SFNClient;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page;
let failedArn = '';
let runningArn = '';

async function waitForStatus(executionArn: string, wanted: (status: string) => boolean): Promise<string> {
  for (;;) {
    const { status = '' } = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    if (wanted(status)) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Clicks until the dialog opens: the button's handler exists only once the page has hydrated. */
async function openDialog(button: Locator, name: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name });
  for (let attempt = 0; attempt < 50 && !(await dialog.isVisible()); attempt++) {
    await button.click();
    await dialog.waitFor({ timeout: 300 }).catch(() => undefined);
  }
  return dialog;
}

const pageOf = (arn: string) => `${dashboard?.url ?? ''}/executions/${encodeURIComponent(arn)}`;
const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const focusInsideOpenDialog = () => page.evaluate(() => document.activeElement?.closest('dialog[open]') !== null);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'statescope-actions-'));
  process.env[DEMO_FLAGS_DIR_ENV] = dataDir;
  emulator = await startEmulator({ port: 0, host: '127.0.0.1', dataDir, timeScale: 0.01 });
  sfn = new SFNClient({ endpoint: emulator.url, region: REGION, credentials: CREDENTIALS });
  const order = seedWorkflows.find((workflow) => workflow.name === 'order-processing');
  const scenario = demoScenarios.find((candidate) => candidate.scenario === 'order-inventory-retries-exhausted');
  if (!order || !scenario) throw new Error('the demo lacks order-processing or order-inventory-retries-exhausted');
  const orderMachine = await ensureStateMachine(sfn, { name: order.name, definition: JSON.stringify(order.definition) });
  const holdMachine = await ensureStateMachine(sfn, { name: 'hold', definition: HOLD_DEFINITION });
  const started = await sfn.send(
    new StartExecutionCommand({ stateMachineArn: orderMachine.arn, name: 'inventory-down', input: JSON.stringify(scenario.input) }),
  );
  failedArn = started.executionArn ?? '';
  runningArn =
    (await sfn.send(new StartExecutionCommand({ stateMachineArn: holdMachine.arn, name: 'hold-1', input: '{}' }))).executionArn ?? '';
  await waitForStatus(failedArn, (status) => status === 'FAILED');

  dashboard = await startDashboard({
    port: await findFreePort(),
    env: {
      ...process.env,
      AWS_ENDPOINT_URL: emulator.url,
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      AWS_EC2_METADATA_DISABLED: 'true',
      STATESCOPE_INDEX: join(dataDir, 'index.db'),
    },
    ensureBuilt: false,
    allowActions: true,
    output: () => undefined,
    log: () => undefined,
  });
  browser = await connectBrowser(inject('browserWsEndpoint'));
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await dashboard?.close();
  await emulator?.close();
  sfn?.destroy();
  delete process.env[DEMO_FLAGS_DIR_ENV];
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** What the user sees (the viewport), not the whole long page. */
async function shot(name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) });
}

describe('execution actions', () => {
  it('on a failed execution: a redrive dialog that keeps focus and closes on Escape, then a new execution with edited input, then the redrive', async () => {
    await page.goto(pageOf(failedArn));
    const actions = page.getByTestId('execution-actions');
    expect(await actions.textContent()).toContain('Stop is not offered: Only a running execution can be stopped; this one is FAILED.');
    await actions.scrollIntoViewIfNeeded();
    await shot('execution-actions-failed-light');

    const redrive = actions.getByRole('button', { name: 'Redrive' });
    const redriveDialog = await openDialog(redrive, 'Redrive this execution');
    expect(await redriveDialog.textContent()).toContain(
      'Redrive inventory-down? It reruns UpdateInventory with the input it had; states that succeeded are not run again. Its redrive count becomes 1.',
    );
    for (let press = 0; press < 4; press++) {
      await page.keyboard.press('Tab');
      expect(await focusInsideOpenDialog()).toBe(true);
    }
    const violations = seriousViolations(await runAxe(page));
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot('execution-actions-redrive-dialog-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
    expect(await redriveDialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Redrive');

    // Start again, with edited input, on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    const startDialog = await openDialog(page.getByRole('button', { name: 'Start new execution…' }), 'Start a new execution');
    const editor = startDialog.getByLabel('Input (JSON)');
    expect(JSON.parse(await editor.inputValue())).toMatchObject({ orderId: 'ORD-20487' });
    await editor.fill('{ "orderId": ');
    expect(await startDialog.textContent()).toContain('The input is not valid JSON');
    expect(await sideways()).toBeLessThanOrEqual(0);
    await shot('execution-actions-start-invalid-phone');
    const edited = { orderId: 'ORD-EDITED', items: [{ sku: 'MUG-CERAMIC-350', name: 'Mug', quantity: 1, unitPrice: 14.5 }] };
    await editor.fill(JSON.stringify(edited));
    expect(await startDialog.textContent()).toContain('Start a new execution of order-processing with this input?');
    await startDialog.getByRole('button', { name: 'Start execution' }).click();
    const started = page.getByRole('status').filter({ hasText: 'A new execution of order-processing was started.' });
    const link = started.getByRole('link', { name: 'Open the new execution' });
    await link.waitFor();
    const newArn = decodeURIComponent((await link.getAttribute('href'))?.split('/')[2] ?? '');
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn: newArn }));
    expect(JSON.parse(described.input ?? '{}')).toEqual(edited);
    expect(await sideways()).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Redrive, once the handler is "fixed": it reruns UpdateInventory with the same input.
    writeFileSync(join(dataDir, INVENTORY_RESTORED_FLAG), '');
    const confirmRedrive = await openDialog(redrive, 'Redrive this execution');
    await confirmRedrive.getByRole('button', { name: 'Redrive execution' }).click();
    await page.getByRole('status').filter({ hasText: 'inventory-down was redriven (redrive count 1)' }).waitFor();
    expect(await waitForStatus(failedArn, (status) => status !== 'RUNNING')).toBe('SUCCEEDED');
    expect((await sfn.send(new DescribeExecutionCommand({ executionArn: failedArn }))).redriveCount).toBe(1);
  });

  it('stops a running execution after confirming, and the refreshed page offers redrive instead', async () => {
    await page.goto(pageOf(runningArn));
    expect(await page.getByTestId('execution-actions').textContent()).toContain('Redrive is not offered');
    const dialog = await openDialog(page.getByRole('button', { name: 'Stop', exact: true }), 'Stop this execution');
    expect(await dialog.textContent()).toContain('Stop hold-1? It will end ABORTED; running tasks are not interrupted.');
    await dialog.getByRole('button', { name: 'Stop execution' }).click();
    await page.getByRole('status').filter({ hasText: 'hold-1 was stopped; it ends ABORTED.' }).waitFor();
    expect(await waitForStatus(runningArn, (status) => status !== 'RUNNING')).toBe('ABORTED');
    await page.getByTestId('execution-actions').getByRole('button', { name: 'Redrive' }).waitFor();
  });

  it('refuses a cross-origin POST with 403, and every POST on a dashboard started without --allow-actions, whose page says how to allow them', async () => {
    const foreign = await fetch(`${pageOf(runningArn)}/actions/start`, {
      method: 'POST',
      headers: { Origin: 'https://attacker.example', 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: string }).error).toContain('https://attacker.example');

    const shared = inject('baseUrl');
    const sharedPage = `${shared}/executions/${encodeURIComponent(inject('demo').executions[0]?.executionArn ?? '')}`;
    const off = await fetch(`${sharedPage}/actions/stop`, { method: 'POST', headers: { Origin: shared } });
    expect(off.status).toBe(403);
    expect(await off.json()).toEqual({ error: ACTIONS_OFF_MESSAGE });
    const html = await (await fetch(sharedPage)).text();
    expect(html).toContain('data-testid="actions-off"');
    expect(html).not.toContain('data-testid="execution-actions"');
  });
});
