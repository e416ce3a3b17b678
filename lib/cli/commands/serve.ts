import { INDEX_FLAGS, indexSettingsFromFlags, takeRedactFlags } from '../shared/index-flags';
import { parseArgs } from '../shared/parse-args';
import { resolveDashboardPort, startDashboard, waitForShutdown } from '../shared/start-dashboard';

const FLAGS = { port: 'string', 'allow-actions': 'boolean', ...INDEX_FLAGS } as const;

/** Where the AWS SDK in the dashboard will look, as the environment sets it, for the start-up message. */
function describeDataSource(env: NodeJS.ProcessEnv): string {
  const endpoint = env.AWS_ENDPOINT_URL_SFN ?? env.AWS_ENDPOINT_URL;
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'the region of your AWS config';
  if (endpoint) return `Step Functions at ${endpoint} (${region})`;
  return `AWS Step Functions in ${region}${env.AWS_PROFILE ? `, profile ${env.AWS_PROFILE}` : ''}`;
}

/**
 * `statescope serve [--port N] [--allow-actions] [index flags]`: the production dashboard (built first if needed) with
 * the environment's own AWS settings: real AWS, Step Functions Local or LocalStack via
 * AWS_ENDPOINT_URL. The execution index is kept current in the background (unless --no-sync), and the
 * dashboard reads the same file, named to it by its absolute path.
 */
export async function runServeCommand(argv: string[]): Promise<number> {
  const { redact, rest } = takeRedactFlags(argv);
  const { flags, positionals } = parseArgs(rest, FLAGS);
  if (positionals.length > 0) throw new Error(`unexpected argument '${positionals[0]}'`);
  const port = resolveDashboardPort(flags.port, process.env.PORT);
  const settings = indexSettingsFromFlags(flags, redact);

  const dashboard = await startDashboard({
    port,
    env: process.env,
    indexFile: settings.indexFile,
    syncIntervalSeconds: settings.syncIntervalSeconds,
    allowActions: flags['allow-actions'] === true,
  });
  const { startBackgroundSync } = await import('../../services/execution-index/background-sync');
  const sync = settings.syncEnabled ? startBackgroundSync({ settings, log: (line) => console.log(line) }) : undefined;
  try {
    console.log(
      [
        `\nDashboard: ${dashboard.url}`,
        `Data:      ${describeDataSource(process.env)}`,
        `Index:     ${settings.indexFile} (${sync ? `synced every ${settings.syncIntervalSeconds} s` : 'not synced: --no-sync'})`,
        `Actions:   ${flags['allow-actions'] === true ? 'allowed (stop, redrive, start from the execution page)' : 'off (--allow-actions to stop, redrive or start executions)'}`,
        'Press Ctrl+C to stop.',
      ].join('\n'),
    );
    const reason = await waitForShutdown(dashboard.exited);
    if (reason === 'exit') {
      console.error(`statescope serve: the dashboard exited with code ${await dashboard.exited}.`);
      return 1;
    }
    console.log(`\nReceived ${reason}, stopping…`);
    return 0;
  } finally {
    await sync?.stop();
    await dashboard.close();
  }
}
