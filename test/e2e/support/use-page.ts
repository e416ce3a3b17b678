import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectBrowser, saveScreenshot } from './browser';

export interface PageHandle {
  /** The current page; valid inside tests. */
  readonly page: Page;
  /** Navigates to a dashboard path such as `/` or `/executions/…`. */
  open: (path: string) => Promise<void>;
  shot: (name: string) => Promise<string>;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/**
 * One browser context per test file on the shared Chromium; a failing test leaves a screenshot in
 * test-artifacts/e2e/failed-<test name>.png.
 */
export function usePage(): PageHandle {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let current: Page | undefined;

  beforeAll(async () => {
    browser = await connectBrowser(inject('browserWsEndpoint'));
    context = await browser.newContext({ viewport: { width: 1360, height: 900 }, colorScheme: 'light' });
    current = await context.newPage();
    current.setDefaultTimeout(20_000);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });
  beforeEach((test) => {
    test.onTestFailed(async () => {
      if (current) await saveScreenshot(current, `failed-${slug(test.task.name)}`);
    });
  });

  const handle: PageHandle = {
    get page() {
      if (!current) throw new Error('usePage(): the page exists only inside tests');
      return current;
    },
    open: async (path) => {
      await handle.page.goto(`${baseUrl}${path}`);
    },
    shot: (name) => saveScreenshot(handle.page, name),
  };
  return handle;
}

/** The executionArn the demo created for a scenario, e.g. 'daycare-age-too-young'. */
export function demoExecutionArn(scenario: string): string {
  const found = inject('demo').executions.find((execution) => execution.scenario === scenario);
  if (!found) throw new Error(`the demo has no scenario ${scenario}`);
  return found.executionArn;
}

export function demoStateMachineArn(name: string): string {
  const found = inject('demo').stateMachines.find((machine) => machine.name === name);
  if (!found) throw new Error(`the demo has no state machine ${name}`);
  return found.arn;
}
