import { SFNClient } from '@aws-sdk/client-sfn';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectBrowser } from './browser';

export interface FreshPageOptions {
  /**
   * False refuses the page's script files: the inline scripts that put streamed sections in place
   * still run, but nothing hydrates, as in the moments before the scripts arrive.
   */
  scriptsLoad?: boolean;
  /** Requests to refuse (the network fails them), e.g. a route under test. */
  refuse?: RegExp;
  viewport?: { width: number; height: number };
  /** Called with the page before it navigates, e.g. to record the requests it makes. */
  beforeGoto?: (page: Page) => void;
}

export interface FreshPages {
  /** A client of the e2e emulator, for executions a test file runs itself. */
  readonly sfn: SFNClient;
  /** Opens a dashboard path in a browser context of its own, in light mode. */
  open: (path: string, options?: FreshPageOptions) => Promise<Page>;
}

/** A browser context per page, for tests that change what a page may load; all closed after the file. */
export function useFreshPages(): FreshPages {
  let browser: Browser | undefined;
  let sfn: SFNClient | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserWsEndpoint'));
    sfn = new SFNClient({
      endpoint: inject('emulatorUrl'),
      region: 'us-east-1',
      credentials: { accessKeyId: 'e2e', secretAccessKey: 'e2e' },
    });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    sfn?.destroy();
  });
  return {
    get sfn() {
      if (!sfn) throw new Error('useFreshPages: the emulator client exists only inside tests and their hooks');
      return sfn;
    },
    async open(path, { scriptsLoad = true, refuse, viewport = { width: 1280, height: 800 }, beforeGoto } = {}) {
      if (!browser) throw new Error('useFreshPages: pages open only inside tests');
      const context = await browser.newContext({ viewport, colorScheme: 'light' });
      contexts.push(context);
      if (!scriptsLoad) await context.route(/\/_next\/static\/.*\.js(\?|$)/, (route) => route.abort());
      if (refuse) await context.route(refuse, (route) => route.abort());
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      beforeGoto?.(page);
      await page.goto(`${inject('baseUrl')}${path}`);
      return page;
    },
  };
}
