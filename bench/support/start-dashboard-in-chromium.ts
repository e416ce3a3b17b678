import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/support/browser';
import { startBenchDashboard } from './start-dashboard';

export interface DashboardInChromium {
  baseUrl: string;
  browser: Browser;
}

/**
 * Builds and starts the dashboard against `endpointUrl` (the emulator, or a proxy counting its calls)
 * and launches headless Chromium; both are closed through `cleanups`, most recent first.
 */
export async function startDashboardInChromium(endpointUrl: string, cleanups: (() => unknown)[]): Promise<DashboardInChromium> {
  const server = await startBenchDashboard(endpointUrl, cleanups);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  cleanups.unshift(() => browser.close());
  return { baseUrl: server.baseUrl, browser };
}
