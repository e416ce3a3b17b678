import path from 'node:path';
import { INDEX_FLAGS, indexSettingsFromFlags, takeRedactFlags } from '../shared/index-flags';
import { numberFlag, parseArgs } from '../shared/parse-args';
import { resolveDashboardPort, startDashboard, waitForShutdown } from '../shared/start-dashboard';
import { enableTypeScriptHandlers } from '../shared/enable-typescript-handlers';

const FLAGS = {
  port: 'string',
  data: 'string',
  'time-scale': 'string',
  'no-dashboard': 'boolean',
  'history-days': 'string',
  'allow-actions': 'boolean',
  ...INDEX_FLAGS,
} as const;
/** Back-dated demo runs over this many past days, so trends show a history (0: none). */
const DEFAULT_HISTORY_DAYS = 14;

const DEMO_DATA_DIR = path.join('.statescope', 'demo');

/**
 * `statescope demo`: the embedded emulator in this process, the demo workflows and executions in
 * it, then the production dashboard pointed at it. Ctrl+C (or SIGTERM) stops all of it.
 */
export async function runDemoCommand(argv: string[]): Promise<number> {
  const { redact, rest } = takeRedactFlags(argv);
  const { flags, positionals } = parseArgs(rest, FLAGS);
  if (positionals.length > 0) throw new Error(`unexpected argument '${positionals[0]}'`);
  const port = numberFlag(flags, 'port', 8083);
  if (!Number.isInteger(port) || port > 65_535) throw new Error(`option --port must be a port number, got '${String(flags.port)}'`);
  const timeScale = numberFlag(flags, 'time-scale', 1);
  const historyDays = numberFlag(flags, 'history-days', DEFAULT_HISTORY_DAYS);
  if (!Number.isInteger(historyDays) || historyDays < 0 || historyDays > 90) {
    throw new Error(`option --history-days must be a whole number of days from 0 to 90, got '${String(flags['history-days'])}'`);
  }
  const dataDir = path.resolve(typeof flags.data === 'string' ? flags.data : DEMO_DATA_DIR);
  const withDashboard = flags['no-dashboard'] !== true;
  const dashboardPort = withDashboard ? resolveDashboardPort(undefined, process.env.PORT) : 0;
  // The demo's index lives beside its emulator data unless told otherwise.
  const settings = indexSettingsFromFlags(flags, redact, {
    ...process.env,
    STATESCOPE_INDEX: process.env.STATESCOPE_INDEX ?? path.join(dataDir, 'index.db'),
  });

  // The seed handlers read their demo flags (e.g. inventory-service-restored) from the data directory.
  process.env.STATESCOPE_DEMO_FLAGS_DIR ??= dataDir;
  // Loaded here so that a bad flag is reported without loading the engine or the SDK.
  await enableTypeScriptHandlers();
  const { startEmulator, PortInUseError } = await import('../../emulator/start-emulator');
  const { seedDemo } = await import('../../demo/seed-demo');
  let emulator;
  try {
    emulator = await startEmulator({ port, host: '127.0.0.1', dataDir, timeScale });
  } catch (error) {
    if (error instanceof PortInUseError) {
      console.error(`statescope demo: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const running = emulator;
  console.log(`Step Functions emulator on ${running.url} (data in ${dataDir})`);

  let dashboard: Awaited<ReturnType<typeof startDashboard>> | undefined;
  let sync: { stop(): Promise<void> } | undefined;
  const awsEnv = {
    AWS_ENDPOINT_URL: running.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'statescope-demo',
    AWS_SECRET_ACCESS_KEY: 'statescope-demo',
  };
  try {
    const summary = await seedDemo({ endpoint: running.url, historyDays, log: (line) => console.log(`  ${line}`) });
    const express = summary.express
      ? `; Express: 2 state machines, ${summary.express.executions} executions of odd-even-express in CloudWatch Logs`
      : '';
    console.log(`Demo data: ${summary.stateMachines.length} Standard state machines, ${summary.executions.length} executions${express}.`);
    if (settings.syncEnabled) {
      // This process syncs the index from its own emulator: the SDK reads these settings.
      Object.assign(process.env, awsEnv);
      (await import('../../aws/clients')).resetAwsClients();
      const { startBackgroundSync } = await import('../../services/execution-index/background-sync');
      sync = startBackgroundSync({ settings, log: (line) => console.log(line) });
    }
    if (withDashboard) {
      dashboard = await startDashboard({
        port: dashboardPort,
        env: { ...process.env, ...awsEnv },
        indexFile: settings.indexFile,
        syncIntervalSeconds: settings.syncIntervalSeconds,
        allowActions: flags['allow-actions'] === true,
      });
    }
    console.log(
      [
        '',
        dashboard ? `Dashboard: ${dashboard.url}` : 'Dashboard not started (--no-dashboard).',
        `Emulator:  ${running.url}   (AWS_ENDPOINT_URL=${running.url} AWS_REGION=us-east-1)`,
        `Index:     ${settings.indexFile} (${sync ? `synced every ${settings.syncIntervalSeconds} s` : 'not synced: --no-sync'})`,
        'Press Ctrl+C to stop.',
      ].join('\n'),
    );
    const reason = await waitForShutdown(dashboard?.exited);
    if (reason === 'exit') {
      console.error(`statescope demo: the dashboard exited with code ${await dashboard?.exited}; stopping.`);
      return 1;
    }
    console.log(`\nReceived ${reason}, stopping…`);
    return 0;
  } finally {
    await sync?.stop();
    await dashboard?.close();
    await running.close();
  }
}
