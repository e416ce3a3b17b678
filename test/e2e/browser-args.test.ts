import { readFileSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, OMNIBOX_WEBUI_FEATURES } from './support/browser';

// The Chromium that every e2e test and page bench drives: what it is started with, and what it
// runs beside the page under test.

let server: BrowserServer;
let commandLine: string[];

beforeAll(async () => {
  server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const pid = server.process().pid;
  if (pid === undefined) throw new Error('the launched Chromium has no process id');
  commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
}, 60_000);

afterAll(async () => {
  await server?.close();
});

function disabledFeatureLists(): string[][] {
  return commandLine
    .filter((arg) => arg.startsWith('--disable-features='))
    .map((arg) => arg.slice('--disable-features='.length).split(','));
}

describe('the tests’ Chromium', () => {
  it('keeps every feature Playwright turns off, in the one --disable-features Chromium reads (the last)', () => {
    const lists = disabledFeatureLists();
    expect(lists.length, 'Playwright’s own --disable-features and ours').toBe(2);
    const [playwrights, ours] = lists as [string[], string[]];
    expect(ours).toEqual(expect.arrayContaining(playwrights));
    expect(ours).toEqual(expect.arrayContaining(OMNIBOX_WEBUI_FEATURES));
  });

  it('opens a context without Chromium’s own omnibox pages beside it', async () => {
    const browser = await chromium.connect(server.wsEndpoint());
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto('data:text/html,<p>page under test</p>');
      // The omnibox pages appeared within a second of a new context's window when they were on.
      await page.waitForTimeout(1500);
      const session = await browser.newBrowserCDPSession();
      const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
      expect(targetInfos.map((target) => `${target.type} ${target.url}`)).toEqual(['page data:text/html,<p>page under test</p>']);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
