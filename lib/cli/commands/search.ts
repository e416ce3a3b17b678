import { formatJsonDocument } from '@/lib/format/format-json-document';
import { parseSearchQuery } from '@/lib/execution-index/query/parse-search-query';
import { resolveStateMachineNames, type NamedStateMachine } from '@/lib/execution-index/query/resolve-state-machine-names';
import { isSearchQueryError } from '@/lib/execution-index/query/search-query-error';
import { isExecutionQueryError } from '@/lib/execution-index/execution-query-error';
import { numberFlag, parseArgs, type ParsedArgs } from '../shared/parse-args';
import { processIo, type CommandIo } from '../shared/command-io';
import { formatSearchText, toSearchJson } from './search-output';
import { openIndexFile, resolveIndexFile } from './open-index-file';

const USAGE =
  'usage: statescope search QUERY [--index FILE] [--limit N] [--json]\n' +
  '  QUERY: words and "quoted phrases" (full text over inputs, outputs, errors and causes),\n' +
  '         $.path = "value" (also != > >= < <= ~ exists; input:$… or output:$… for one payload),\n' +
  '         machine:NAME|ARN status:failed,timed_out error:NAME state:NAME since:24h|7d|2026-12-01 until:…\n' +
  '  --index: the index file (default $STATESCOPE_INDEX or .statescope/index.db)';
const FLAGS = { json: 'boolean', help: 'boolean', index: 'string', limit: 'string' } as const;
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

class UsageError extends Error {}

/** `machine:NAME` needs the state machines of the data source; only asked for when a name is typed. */
async function listMachines(): Promise<NamedStateMachine[]> {
  try {
    const { listStateMachines } = await import('@/lib/aws/list-state-machines');
    return await listStateMachines();
  } catch (error) {
    throw new UsageError(
      `machine:NAME needs the list of state machines, which could not be read (${error instanceof Error ? error.message : String(error)}): give the state machine's ARN instead`,
    );
  }
}

function readLimit(flags: ParsedArgs['flags']): number {
  try {
    const limit = numberFlag(flags, 'limit', DEFAULT_LIMIT, 1);
    if (!Number.isInteger(limit) || limit > MAX_LIMIT)
      throw new Error(`option --limit must be a whole number from 1 to ${MAX_LIMIT}, got '${String(flags.limit)}'`);
    return limit;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** `statescope search QUERY`: executions in the index matching the query, newest first. */
export async function runSearchCommand(argv: string[], io: CommandIo = processIo): Promise<number> {
  const fail = (message: string, code: number) => {
    io.stderr(`statescope search: ${message}\n${code === 2 ? `${USAGE}\n` : ''}`);
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
  // The query may come as one quoted argument or as several words the shell split.
  const text = parsed.positionals.join(' ').trim();
  if (!text) return fail('missing a QUERY', 2);
  try {
    const limit = readLimit(parsed.flags);
    let query;
    try {
      query = parseSearchQuery(text);
    } catch (error) {
      if (isSearchQueryError(error)) throw new UsageError(`bad query: ${error.message}\n  ${text}\n  ${' '.repeat(error.column - 1)}^`);
      throw error;
    }
    const resolved = query.stateMachineNames?.length ? resolveStateMachineNames(query, await listMachines()) : {};
    if ('error' in resolved) throw new UsageError(resolved.error);
    delete query.stateMachineNames;
    const index = await openIndexFile(resolveIndexFile(typeof parsed.flags.index === 'string' ? parsed.flags.index : undefined));
    try {
      const page = await index.search({ ...query, ...resolved, limit });
      io.stdout(parsed.flags.json ? formatJsonDocument(toSearchJson(page)) : formatSearchText(page));
    } finally {
      await index.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message, 2);
    if (isExecutionQueryError(error)) return fail(`bad query: ${error.message}`, 2);
    return fail(error instanceof Error ? error.message : String(error), 1);
  }
}
