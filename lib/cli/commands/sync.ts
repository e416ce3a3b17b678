import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { processIo, type CommandIo } from '../shared/command-io';
import { parseArgs, type ParsedArgs } from '../shared/parse-args';
import { takeRepeatedOption } from '../shared/take-repeated-option';
import { formatSyncProgress, formatSyncSummary } from './sync-output';

const USAGE =
  'Usage: statescope sync [--index FILE] [--redact JSONPATH]… [--retention-days N] [--state-machine ARN]… [--full] [--concurrency N] [--json]';
const FLAGS = {
  index: 'string',
  'retention-days': 'string',
  json: 'boolean',
  full: 'boolean',
  concurrency: 'string',
  help: 'boolean',
} as const;
/** At most one progress line this often, so a fast sync does not flood the terminal. */
const PROGRESS_EVERY_MS = 500;

interface SyncArgs {
  flags: ParsedArgs['flags'];
  redact: string[];
  stateMachineArns: string[];
}

function parseSyncArgs(argv: string[]): SyncArgs {
  const redact = takeRepeatedOption(argv, 'redact');
  const machines = takeRepeatedOption(redact.rest, 'state-machine');
  const { flags, positionals } = parseArgs(machines.rest, FLAGS);
  if (positionals.length > 0) throw new Error(`unexpected argument '${positionals[0]}'`);
  return { flags, redact: redact.values, stateMachineArns: machines.values };
}

function concurrencyOf(flags: ParsedArgs['flags']): number | undefined {
  const raw = flags.concurrency;
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(value) || value < 1 || value > 32) {
    throw new Error(`option --concurrency must be a whole number from 1 to 32, got '${String(raw)}'`);
  }
  return value;
}

/**
 * `statescope sync`: one sync of the execution index from the data source the AWS SDK settings point
 * at, live progress on stderr, a summary on stdout (`--json`: as JSON). Ctrl+C finishes the page under
 * way, commits it and stops; the next run resumes. Exit 1 when the data source failed (for any machine).
 */
export async function runSyncCommand(
  argv: string[],
  io: CommandIo = processIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  let args: SyncArgs;
  let settings;
  let concurrency: number | undefined;
  const { readIndexSettings } = await import('../../services/execution-index/index-settings');
  try {
    args = parseSyncArgs(argv);
    if (args.flags.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    settings = readIndexSettings(
      {
        index: typeof args.flags.index === 'string' ? args.flags.index : undefined,
        redact: args.redact,
        retentionDays: typeof args.flags['retention-days'] === 'string' ? args.flags['retention-days'] : undefined,
      },
      env,
      process.cwd(),
    );
    concurrency = concurrencyOf(args.flags);
  } catch (error) {
    io.stderr(`statescope sync: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }

  const { SqliteExecutionIndexStore } = await import('../../execution-index/sqlite/sqlite-execution-index-store');
  const { syncExecutionIndex, describeSyncError } = await import('../../services/execution-index/sync-execution-index');
  const { isDataSourceError } = await import('../../aws/errors');
  mkdirSync(path.dirname(settings.indexFile), { recursive: true });
  const store = new SqliteExecutionIndexStore(settings.indexFile);
  io.stderr(`Index: ${settings.indexFile}${settings.redactPaths.length ? ` (redacting ${settings.redactPaths.join(', ')})` : ''}\n`);

  // First Ctrl+C: finish and commit the page under way, then stop. A second one stops at once.
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    io.stderr('\nsync: stopping after the page under way is committed (Ctrl+C again to quit at once)…\n');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let lastProgressMs = 0;
  try {
    const summary = await syncExecutionIndex({
      store,
      redaction: settings.redaction,
      payloadCapBytes: settings.payloadCapBytes,
      retentionDays: settings.retentionDays,
      stateMachineArns: args.stateMachineArns.length ? args.stateMachineArns : undefined,
      full: args.flags.full === true,
      concurrency,
      signal: stop.signal,
      onProgress: (progress) => {
        const nowMs = Date.now();
        if (nowMs - lastProgressMs < PROGRESS_EVERY_MS) return;
        lastProgressMs = nowMs;
        io.stderr(`${formatSyncProgress(progress)}\n`);
      },
    });
    if (args.flags.json) io.stdout(`${JSON.stringify({ indexFile: settings.indexFile, ...summary }, null, 2)}\n`);
    else io.stdout(formatSyncSummary(summary, settings.indexFile));
    for (const error of summary.errors) io.stderr(`statescope sync: ${error.message}\n`);
    if (summary.errors.length > 0) return 1;
    return summary.interrupted ? 130 : 0;
  } catch (error) {
    if (!isDataSourceError(error)) throw error;
    io.stderr(`statescope sync: ${describeSyncError(error)}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}
