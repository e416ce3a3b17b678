import { parseArgs } from './shared/parse-args';

/** A CLI command: takes its own arguments, returns the process exit code. */
export type CliCommand = (argv: string[]) => Promise<number>;

// Commands load lazily so `statescope timeline` never pays for the emulator or Next.js.
const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  emulator: {
    summary:
      'emulator [--port 8083] [--host 127.0.0.1] [--data DIR] [--handlers DIR] [--time-scale N] [--throttle-rate N [--throttle-burst B]] [--history-retention-days N]',
    load: async () => (await import('./commands/emulator')).runEmulatorCommand,
  },
  demo: {
    summary:
      'demo [--port 8083] [--data DIR] [--time-scale N] [--history-days 14] [--allow-actions] [index flags as serve]   (dashboard on $PORT, default 3000)',
    load: async () => (await import('./commands/demo')).runDemoCommand,
  },
  serve: {
    summary:
      'serve [--port N] [--allow-actions] [--index FILE] [--redact JSONPATH]… [--retention-days N] [--sync-interval SECONDS] [--no-sync]   start the dashboard (uses the AWS SDK settings of the environment) and keep the index current; --allow-actions lets the execution page stop, redrive and start executions',
    load: async () => (await import('./commands/serve')).runServeCommand,
  },
  sync: {
    summary:
      'sync [--index FILE] [--redact JSONPATH]… [--retention-days N] [--state-machine ARN]… [--full] [--json]   (fill the execution index)',
    load: async () => (await import('./commands/sync')).runSyncCommand,
  },
  timeline: {
    summary: 'timeline <file | execution-arn> [--json]',
    load: async () => (await import('./commands/timeline')).runTimelineCommand,
  },
  compare: {
    summary: 'compare <A> <B> [--json]       A, B: execution ARN or history file',
    load: async () => (await import('./commands/compare')).runCompareCommand,
  },
  cost: {
    summary: 'cost <file | execution-arn | state-machine-arn> [--region R] [--json]',
    load: async () => (await import('./commands/cost')).runCostCommand,
  },
  search: {
    summary: 'search QUERY [--index FILE] [--limit N] [--json]   executions in the index by payload, error, status, time',
    load: async () => (await import('./commands/search')).runSearchCommand,
  },
  errors: {
    summary: 'errors [--index FILE] [--since 7d] [--machine ARN] [--json]   failures in the index, grouped',
    load: async () => (await import('./commands/errors')).runErrorsCommand,
  },
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  statescope ${c.summary}`);
  return ['Usage:', ...lines].join('\n');
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  // Own keys only: 'constructor', 'toString' or '__proto__' must not find an Object.prototype member.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`statescope: unknown command '${name}'.\n${usage()}`);
    return 2;
  }
  try {
    return await (
      await command.load()
    )(rest);
  } catch (error) {
    console.error(`statescope ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

export { parseArgs };
