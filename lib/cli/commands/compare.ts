import { compareExecutions } from '@/lib/compare/compare-executions';
import { formatComparisonText } from '@/lib/compare/format-comparison-text';
import { toComparisonDocument } from '@/lib/compare/to-comparison-document';
import { formatJsonDocument } from '@/lib/format/format-json-document';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { HistoryInputError } from '@/lib/history/history-input-error';
import { parseHistoryDocument, readJsonDocument, type ParsedHistory } from '@/lib/history/parse-history-document';
import { toExecutionView } from '@/lib/view-model/to-execution-view';
import type { ExecutionView } from '@/lib/view-model/types';
import { parseArgs, type ParsedArgs } from '../shared/parse-args';
import { processIo, type CommandIo } from '../shared/command-io';
import { isLogDocument } from './timeline-logs';
import { readTextFile } from '../shared/read-text-file';

const USAGE =
  'usage: statescope compare <A> <B> [--json]\n  A, B: an execution ARN or a history file (aws stepfunctions get-execution-history); A is usually the failed one, B one that succeeded';
const EXECUTION_ARN = /^arn:[\w-]+:states:[^:]*:\d*:(execution|express):/;

/** A target that could not be read, with the message to print. */
class TargetError extends Error {}

async function readTarget(target: string): Promise<ParsedHistory> {
  if (EXECUTION_ARN.test(target)) {
    // Loaded only here, so comparing two files never pays for (or needs) the AWS SDK.
    const { getExecutionHistory } = await import('@/lib/aws/get-execution-history');
    return parseHistoryDocument(await getExecutionHistory(target), target);
  }
  let text: string;
  try {
    text = await readTextFile(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TargetError(`cannot read ${target}${code === 'ENOENT' ? ': no such file (nor an execution ARN)' : code ? ` (${code})` : ''}`);
  }
  const document = readJsonDocument(text, target);
  if (isLogDocument(document)) {
    throw new TargetError(
      `${target} holds CloudWatch Logs records; compare takes one execution's history (statescope timeline splits log records)`,
    );
  }
  return parseHistoryDocument(document, target);
}

async function readView(target: string): Promise<ExecutionView> {
  const parsed = await readTarget(target);
  return toExecutionView(buildExecutionTimeline(parsed.events, parsed));
}

/** `statescope compare A B [--json]`: where two executions part, then every state side by side. */
export async function runCompareCommand(argv: string[], io: CommandIo = processIo): Promise<number> {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(argv, { help: 'boolean', json: 'boolean' });
  } catch (error) {
    io.stderr(`statescope compare: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.flags.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const [a, b, ...extra] = parsed.positionals;
  if (!a || !b || extra.length) {
    io.stderr(
      `statescope compare: ${extra.length ? `unexpected argument '${extra[0]}'` : 'needs two executions (ARN or history file)'}\n${USAGE}\n`,
    );
    return 2;
  }
  let views: [ExecutionView, ExecutionView];
  try {
    views = [await readView(a), await readView(b)];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`statescope compare: ${error instanceof HistoryInputError ? `bad history input: ${message}` : message}\n`);
    return 1;
  }
  const comparison = compareExecutions(...views);
  const sources = { a, b };
  io.stdout(
    parsed.flags.json === true ? formatJsonDocument(toComparisonDocument(comparison, sources)) : formatComparisonText(comparison, sources),
  );
  return 0;
}
