import { parentPort } from 'node:worker_threads';
import { readHistoryFile } from '@/components/execution-detail/read-history-file';
import { renderTimelineFile } from '@/lib/cli/commands/timeline';
import { formatJson } from '@/lib/format/format-json';
import { formatTimelineText } from '@/lib/format/format-timeline-text';
import { colourGraph } from '@/lib/graph/colour-graph';
import { GraphDefinitionError } from '@/lib/graph/graph-definition-error';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { describeLogCoverage } from '@/lib/history/describe-log-coverage';
import { HistoryInputError } from '@/lib/history/history-input-error';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { groupLogRecords, readLogRecords } from '@/lib/history/read-log-records';
import { toLogExecutionEvent } from '@/lib/history/to-log-execution-event';
import { toLogHistoryEvent } from '@/lib/history/to-log-history-event';
import { toTimelineDocument } from '@/lib/history/to-timeline-document';
import { buildGanttRows, defaultExpandedRows } from '@/lib/view-model/build-gantt-rows';
import { diffLines } from '@/lib/view-model/diff-lines';
import { containingGroupKeys, indexVisits } from '@/lib/view-model/index-visits';
import { FUZZ_SOURCE, type FuzzReply, type FuzzRequest, type OutcomeKind } from './fuzz-protocol';

/** `statescope timeline FILE [--json]` after the read: the function the command calls. */
function timelineFile(request: FuzzRequest): OutcomeKind {
  const { stdout } = renderTimelineFile(request.text, FUZZ_SOURCE, request.json);
  if (!request.json) return stdout.includes('(partial: ') ? 'partial' : 'result';
  // --json must print one JSON document, whatever the input held.
  const document = JSON.parse(stdout) as { partial?: boolean; executions?: { timeline: { partial: boolean } }[] };
  const partial = document.executions ? document.executions.some((e) => e.timeline.partial) : document.partial === true;
  return partial ? 'partial' : 'result';
}

/** CloudWatch Logs records as lib/aws and the CLI read them: grouped, rebuilt as API events, reconstructed. */
function logReader(request: FuzzRequest): OutcomeKind {
  const records = readLogRecords(JSON.parse(request.text) as unknown, FUZZ_SOURCE);
  let partial = false;
  for (const execution of groupLogRecords(records)) {
    const at = `${FUZZ_SOURCE} (${execution.executionArn})`;
    const apiEvents = execution.records.map((record, eventIndex) => toLogHistoryEvent(record, { source: at, eventIndex }));
    const parsed = parseHistoryDocument(apiEvents, at);
    formatTimelineText(buildExecutionTimeline(parsed.events, parsed));
    const timeline = buildExecutionTimeline(
      execution.records.map((record, eventIndex) => toLogExecutionEvent(record, { source: at, eventIndex })),
    );
    JSON.stringify(toTimelineDocument(timeline));
    describeLogCoverage(undefined, execution.records);
    describeLogCoverage({ level: 'ERROR', includeExecutionData: false }, execution.records);
    partial ||= timeline.partial;
  }
  return partial ? 'partial' : 'result';
}

/** The /import page: read the file, then what the page derives from it for drawing. */
function importPage(request: FuzzRequest): OutcomeKind {
  const definition = request.definition === null ? undefined : { fileName: 'definition.asl.json', text: request.definition };
  const imported = readHistoryFile(FUZZ_SOURCE, request.text, definition);
  const { view } = imported;
  const index = indexVisits(view);
  const expanded = defaultExpandedRows(view);
  for (const visit of index.ordered) {
    expanded.add(`visit:${visit.id}`);
    for (const group of visit.groups) expanded.add(group.key);
    containingGroupKeys(index, visit.id);
    diffLines(formatJson(visit.input), formatJson(visit.output));
  }
  buildGanttRows(view, expanded, 0);
  colourGraph(imported.graph, view.visits, { executionStatus: view.status });
  return view.partial ? 'partial' : 'result';
}

const TARGETS = { 'timeline-file': timelineFile, 'log-reader': logReader, import: importPage } as const;

function run(request: FuzzRequest): FuzzReply {
  try {
    return { id: request.id, kind: TARGETS[request.target](request), message: '' };
  } catch (error) {
    // A clean error is the project's input error, and its message starts by naming the input.
    if (error instanceof HistoryInputError && error.message.startsWith(FUZZ_SOURCE) && error.message.length > FUZZ_SOURCE.length + 2) {
      return { id: request.id, kind: 'input-error', message: error.message };
    }
    if (error instanceof GraphDefinitionError && request.definition !== null && error.message !== '') {
      return { id: request.id, kind: 'input-error', message: error.message };
    }
    const detail =
      error instanceof Error ? `${error.name}: ${error.message}\n${(error.stack ?? '').split('\n').slice(1, 8).join('\n')}` : String(error);
    return { id: request.id, kind: 'crash', message: detail.slice(0, 2000) };
  }
}

const port = parentPort;
if (port) {
  port.on('message', (request: FuzzRequest) => port.postMessage(run(request)));
  port.postMessage('ready');
}
