import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { resetAwsClients } from '@/lib/aws/clients';
import { seedDemo, type DemoSummary } from '@/lib/demo/seed-demo';
import { startEmulator } from '@/lib/emulator/start-emulator';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { syncExecutionIndex } from '@/lib/services/execution-index/sync-execution-index';
import { ARTIFACTS_DIR, launchBrowserServer } from './support/browser';
import { findFreePort } from './support/find-free-port';
import { buildNextApp, startNextServer } from './support/start-next-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The dashboard as `statescope serve` runs it: `next start` of the production build behind its front server. */
    baseUrl: string;
    /** What seedDemo created in the emulator behind it. */
    demo: DemoSummary;
    /** The emulator, for tests that start a dashboard of their own on it. */
    emulatorUrl: string;
    /** Connect with `chromium.connect` (support/browser.ts). */
    browserWsEndpoint: string;
    /** The execution index (SQLite) the dashboard reads, synced from the emulator after the seed. */
    indexFile: string;
  }
}

const log = (line: string) => console.log(line);

const E2E_AWS_ENV = {
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'statescope-e2e',
  AWS_SECRET_ACCESS_KEY: 'statescope-e2e',
  AWS_EC2_METADATA_DISABLED: 'true',
};

/** One sync of the seeded emulator into the dashboard's index, as `statescope sync` does, then this process's AWS settings as they were. */
async function syncIndex(endpoint: string, indexFile: string): Promise<void> {
  const vars = { ...E2E_AWS_ENV, AWS_ENDPOINT_URL: endpoint };
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  Object.assign(process.env, vars);
  resetAwsClients();
  const store = new SqliteExecutionIndexStore(indexFile);
  try {
    const summary = await syncExecutionIndex({ store });
    if (summary.errors.length > 0) throw new Error(`e2e: index sync failed: ${summary.errors.map((e) => e.message).join('; ')}`);
    log(
      `e2e: indexed ${summary.new} executions in ${(summary.durationMs / 1000).toFixed(1)} s (${summary.apiCalls.calls} Step Functions calls)`,
    );
  } finally {
    await store.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    resetAwsClients();
  }
}

/**
 * Emulator (free port, temp data) → seedDemo → `next build` → the dashboard (startDashboard) pointed
 * at the emulator through the SDK's own AWS_ENDPOINT_URL → one Chromium. Torn down in reverse order.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cwd = process.cwd();
  const cleanups: (() => Promise<void>)[] = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => console.error('e2e teardown:', error));
    }
  };
  try {
    const dataDir = mkdtempSync(join(tmpdir(), 'statescope-e2e-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    // Short waits and back-offs so the seed finishes quickly; the Wait scenario still runs for a while.
    const emulator = await startEmulator({ port: 0, host: '127.0.0.1', dataDir, timeScale: 0.01 });
    cleanups.push(() => emulator.close());
    log(`e2e: emulator at ${emulator.url}`);

    const demo = await seedDemo({ endpoint: emulator.url, region: 'us-east-1' });
    log(`e2e: seeded ${demo.stateMachines.length} state machines, ${demo.executions.length} executions`);

    const indexFile = join(dataDir, 'index.db');
    await syncIndex(emulator.url, indexFile);

    await buildNextApp(cwd, log);
    const server = await startNextServer({
      cwd,
      port: await findFreePort(),
      env: {
        AWS_ENDPOINT_URL: emulator.url,
        ...E2E_AWS_ENV,
        STATESCOPE_INDEX: indexFile,
        // The index is synced once, above, not every minute as `serve` does: say so, or after two
        // minutes the dashboard would count from CloudWatch instead of the index the tests expect.
        STATESCOPE_SYNC_INTERVAL: '86400',
      },
    });
    cleanups.push(() => server.close());
    // What Next.js wrote (errors it logged, a crash), kept beside the screenshots for a failed run.
    cleanups.push(async () => {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      writeFileSync(join(ARTIFACTS_DIR, 'next-server.log'), server.output());
    });
    log(`e2e: dashboard at ${server.baseUrl}`);

    const browser = await launchBrowserServer();
    cleanups.push(() => browser.close());

    project.provide('baseUrl', server.baseUrl);
    project.provide('demo', demo);
    project.provide('emulatorUrl', emulator.url);
    project.provide('browserWsEndpoint', browser.wsEndpoint());
    project.provide('indexFile', indexFile);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
