import { formatJsonDocument } from '@/lib/format/format-json-document';
import { formatTimelineText } from '@/lib/format/format-timeline-text';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { HistoryInputError } from '@/lib/history/history-input-error';
import { parseHistoryDocument, readJsonDocument, type ParsedHistory } from '@/lib/history/parse-history-document';
import { toTimelineDocument } from '@/lib/history/to-timeline-document';
import { parseSingleTargetCommand, processIo, type CommandIo } from '../shared/command-io';
import { isLogDocument, renderLogTimelines } from './timeline-logs';
import { readTextFile } from '../shared/read-text-file';

const USAGE =
  'usage: statescope timeline <file | execution-arn> [--json]\n  file: a history (aws stepfunctions get-execution-history) or CloudWatch Logs records (aws logs filter-log-events, or a list of records)';
// Express executions (`:express:`) are read from CloudWatch Logs by lib/aws.
const EXECUTION_ARN = /^arn:[\w-]+:states:[^:]*:\d*:(execution|express):/;

/** What the command prints: stdout, and warnings for stderr (so `--json` stdout stays one document). */
export interface TimelineOutput {
  stdout: string;
  warnings: string[];
}

async function readFromArn(arn: string): Promise<ParsedHistory> {
  let getExecutionHistory: (executionArn: string) => Promise<unknown[]>;
  try {
    // Loaded only here, so reading a file never pays for (or needs) the AWS SDK.
    ({ getExecutionHistory } = await import('@/lib/aws/get-execution-history'));
  } catch (error) {
    throw new Error(
      `reading an execution from AWS needs lib/aws/get-execution-history, which failed to load (${error instanceof Error ? error.message : String(error)}); save the history with 'aws stepfunctions get-execution-history' and pass the file instead`,
    );
  }
  const events = await getExecutionHistory(arn);
  return parseHistoryDocument(events, arn);
}

function renderHistory(parsed: ParsedHistory, json: boolean): TimelineOutput {
  const timeline = buildExecutionTimeline(parsed.events, {
    warnings: parsed.warnings,
    damaged: parsed.damaged,
    incomplete: parsed.incomplete,
  });
  // The text output prints its warnings itself; the JSON document holds them and stderr repeats them.
  if (json) return { stdout: formatJsonDocument(toTimelineDocument(timeline)), warnings: timeline.warnings };
  return { stdout: formatTimelineText(timeline), warnings: [] };
}

/**
 * `statescope timeline FILE` after the file is read: a history or CloudWatch Logs records, as text
 * or `--json`. Throws HistoryInputError naming what is wrong with the input and where.
 */
export function renderTimelineFile(text: string, source: string, json: boolean): TimelineOutput {
  const document = readJsonDocument(text, source);
  if (isLogDocument(document)) return renderLogTimelines(document, source, json);
  // The text summary prints no payloads: reading without them keeps less in memory for the collector.
  return renderHistory(parseHistoryDocument(document, source, { summary: !json }), json);
}

/** `statescope timeline <file | execution-arn> [--json]`: an execution's story from its history. */
export async function runTimelineCommand(argv: string[], io: CommandIo = processIo): Promise<number> {
  const command = parseSingleTargetCommand(
    { name: 'timeline', usage: USAGE, flags: { json: 'boolean' }, missing: 'missing a history file or execution ARN' },
    argv,
    io,
  );
  if ('exitCode' in command) return command.exitCode;
  const { flags, target } = command;
  const json = flags.json === true;

  let output: TimelineOutput;
  try {
    if (EXECUTION_ARN.test(target)) {
      output = renderHistory(await readFromArn(target), json);
    } else {
      let text: string;
      try {
        text = await readTextFile(target);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        io.stderr(`statescope timeline: cannot read ${target}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}\n`);
        return 1;
      }
      output = renderTimelineFile(text, target, json);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`statescope timeline: ${error instanceof HistoryInputError ? `bad history input: ${message}` : message}\n`);
    return 1;
  }
  for (const warning of output.warnings) io.stderr(`warning: ${warning}\n`);
  io.stdout(output.stdout);
  return 0;
}
