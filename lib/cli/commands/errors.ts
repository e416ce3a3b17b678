import { formatJsonDocument } from '@/lib/format/format-json-document';
import { parseTimeBound, TIME_BOUND_EXPECTED } from '@/lib/execution-index/query/parse-time-bound';
import { parseArgs, type ParsedArgs } from '../shared/parse-args';
import { processIo, type CommandIo } from '../shared/command-io';
import { formatFailureGroupsText, toFailureGroupsJson } from './errors-output';
import { openIndexFile, resolveIndexFile } from './open-index-file';

const USAGE =
  'usage: statescope errors [--index FILE] [--since 7d] [--machine ARN] [--json]\n' +
  '  failures in the index grouped by state machine, failing state, error and normalized cause, largest first\n' +
  '  --since: a span like 24h, 7d, 30d or a date like 2026-12-01 (default 7d)\n' +
  '  --index: the index file (default $STATESCOPE_INDEX or .statescope/index.db)';
const FLAGS = { json: 'boolean', help: 'boolean', index: 'string', since: 'string', machine: 'string' } as const;
const DEFAULT_SINCE = '7d';
/** Every group's ARNs for scripts, not only a handful. */
const SAMPLES = 20;

class UsageError extends Error {}

/** `statescope errors`: failure groups of the index over a window. */
export async function runErrorsCommand(argv: string[], io: CommandIo = processIo): Promise<number> {
  const fail = (message: string, code: number) => {
    io.stderr(`statescope errors: ${message}\n${code === 2 ? `${USAGE}\n` : ''}`);
    return code;
  };
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(argv, FLAGS);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), 2);
  }
  if (parsed.flags.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const { flags } = parsed;
  try {
    if (parsed.positionals.length) throw new UsageError(`unexpected argument '${parsed.positionals[0]}'`);
    const now = new Date();
    const since = typeof flags.since === 'string' ? flags.since : DEFAULT_SINCE;
    const from = parseTimeBound(since, now);
    if (!from) throw new UsageError(`option --since must be ${TIME_BOUND_EXPECTED}, got '${since}'`);
    if (from >= now) throw new UsageError(`option --since must be in the past, got '${since}'`);
    const machine = typeof flags.machine === 'string' ? flags.machine : undefined;
    if (machine !== undefined && !/^arn:[\w-]+:states:[^:]*:\d*:stateMachine:[^:]+/.test(machine)) {
      throw new UsageError(
        `option --machine must be a state machine ARN (arn:aws:states:REGION:ACCOUNT:stateMachine:NAME), got '${machine}'`,
      );
    }
    const index = await openIndexFile(resolveIndexFile(typeof flags.index === 'string' ? flags.index : undefined));
    try {
      const groups = await index.failureGroups({ from, to: now, samples: SAMPLES, ...(machine ? { stateMachineArns: [machine] } : {}) });
      io.stdout(flags.json ? formatJsonDocument(toFailureGroupsJson(groups)) : formatFailureGroupsText(groups, { from, to: now }));
    } finally {
      await index.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message, 2);
    return fail(error instanceof Error ? error.message : String(error), 1);
  }
}
