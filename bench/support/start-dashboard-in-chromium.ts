import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../../test/e2e/support/browser';
import { findFreePort } from '../../test/e2e/support/find-free-port';
import { buildNextApp, startNextServer } from '../../test/e2e/support/start-next-server';

export interface DashboardInChromium {
  baseUrl: string;
  browser: Browser;
}

/**
 * Builds and starts the dashboard against `endpointUrl` (the emulator, or a proxy counting its calls)
 * and launches headless Chromium; both are closed through `cleanups`, most recent first.
 */
export async function startDashboardInChromium(endpointUrl: string, cleanups: (() => unknown)[]): Promise<DashboardInChromium> {
  await buildNextApp(process.cwd(), (line) => console.error(line));
  const server = await startNextServer({
    cwd: process.cwd(),
    port: await findFreePort(),
    env: {
      AWS_ENDPOINT_URL: endpointUrl,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
  });
  cleanups.unshift(() => server.close());
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  cleanups.unshift(() => browser.close());
  return { baseUrl: server.baseUrl, browser };
}
