import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findFreePort } from './support/find-free-port';
import { startNextServer, type NextServer } from './support/start-next-server';
import { connectBrowser, saveScreenshot } from './support/browser';

// A second dashboard of the same build, pointed at a port nothing listens on: the production path
// (message hidden by Next for throws) must still show the panel with the message, not the bug text
// of error.tsx, and the status must say the page failed.
describe('an unreachable data source', () => {
  let server: NextServer | undefined;
  let endpoint = '';
  beforeAll(async () => {
    // Free now and never bound by anyone: a closed port.
    endpoint = `http://127.0.0.1:${await findFreePort()}`;
    server = await startNextServer({
      cwd: process.cwd(),
      port: await findFreePort(),
      env: {
        AWS_ENDPOINT_URL: endpoint,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'statescope-e2e',
        AWS_SECRET_ACCESS_KEY: 'statescope-e2e',
        AWS_MAX_ATTEMPTS: '1',
      },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('shows the DataSourceErrorPanel with the endpoint and a hint, never a stack trace', async () => {
    const browser = await connectBrowser(inject('browserWsEndpoint'));
    try {
      const page = await browser.newPage();
      await page.goto(`${server?.baseUrl}/`);
      const panel = page.getByRole('alert').filter({ hasText: 'Step Functions is unreachable' });
      await panel.waitFor({ timeout: 20_000 });
      const text = (await panel.textContent()) ?? '';
      expect(text).toContain('Step Functions is unreachable');
      expect(text).toContain(`Could not reach Step Functions at ${endpoint} (ECONNREFUSED).`);
      expect(text).toContain('AWS_ENDPOINT_URL');
      expect(await page.innerText('body')).not.toMatch(/\.(js|ts|tsx):\d+:\d+/);
      await saveScreenshot(page, 'unreachable-data-source');
    } finally {
      await browser.close();
    }
  });

  const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:daycare-registration';
  const EXECUTION = 'arn:aws:states:us-east-1:123456789012:execution:daycare-registration:daycare-age-too-young-1';

  it.each([
    ['/', 500],
    ['/cost', 500],
    [`/state-machines/${encodeURIComponent(MACHINE)}`, 500],
    [`/executions/${encodeURIComponent(EXECUTION)}`, 500],
    [`/cost/${encodeURIComponent(MACHINE)}`, 500],
    [`/cost/export?table=states&arn=${encodeURIComponent(MACHINE)}`, 503],
    ['/cost/export?table=state-machines', 503],
  ])('answers %s with status %i, not 200, and the message without a stack trace', async (path, status) => {
    const response = await fetch(`${server?.baseUrl}${path}`, { signal: AbortSignal.timeout(60_000) });
    const body = await response.text();
    expect(response.status).toBe(status);
    // The page's error panel reads the problem from the payload; the export says it in plain text.
    expect(body).toMatch(/Could not reach Step Functions at|Could%20not%20reach%20Step%20Functions%20at/);
    expect(body).not.toMatch(/\.(js|ts|tsx):\d+:\d+/);
  });
  it.each([
    ['the executions list', `/state-machines/${encodeURIComponent(MACHINE)}`, 'unreachable-executions-list'],
    ['an execution', `/executions/${encodeURIComponent(EXECUTION)}`, 'unreachable-execution'],
    ['the cost review', '/cost', 'unreachable-cost'],
    ["a state machine's cost review", `/cost/${encodeURIComponent(MACHINE)}`, 'unreachable-state-machine-cost'],
  ])('says so on %s too, without a stack trace', async (_name, path, shot) => {
    const browser = await connectBrowser(inject('browserWsEndpoint'));
    try {
      const page = await browser.newPage();
      await page.goto(`${server?.baseUrl}${path}`);
      const panel = page.getByRole('alert').filter({ hasText: 'Step Functions is unreachable' });
      await panel.waitFor({ timeout: 30_000 });
      expect(await panel.textContent()).toContain(`Could not reach Step Functions at ${endpoint} (ECONNREFUSED).`);
      // One panel for the page; the sections below it say in one line what they could not show.
      await page.waitForLoadState('networkidle');
      expect(await page.locator('[role="alert"][data-kind="unreachable"]').count()).toBe(1);
      expect(await page.innerText('body')).not.toMatch(/\.(js|ts|tsx):\d+:\d+/);
      await saveScreenshot(page, shot);
    } finally {
      await browser.close();
    }
  });
});
