import { buildGraphModel } from '@/lib/graph/build-graph-model';
import { findStatesMissingFromGraph } from '@/lib/graph/find-states-missing-from-graph';
import { nodeIdForVisit } from '@/lib/graph/node-id-for-visit';
import { GraphDefinitionError } from '@/lib/graph/graph-definition-error';
import { inferGraphModel } from '@/lib/graph/infer-graph-model';
import type { GraphModel } from '@/lib/graph/types';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryJson } from '@/lib/history/parse-history-document';
import type { ExecutionEvent } from '@/lib/history/types';
import { indexVisits } from '@/lib/view-model/index-visits';
import { mapEventsToOwningVisits } from '@/lib/view-model/map-events-to-visits';
import { toExecutionView } from '@/lib/view-model/to-execution-view';
import type { ExecutionView } from '@/lib/view-model/types';

export interface ImportedHistory {
  fileName: string;
  view: ExecutionView;
  events: ExecutionEvent[];
  graph: GraphModel;
  graphNote: string;
  visitOf: Map<number, { id: number; name: string }>;
  readAtMs: number;
}

const MISSING_LISTED = 5;

/** The definition's graph, if it is the one this history ran; errors name the definition's file. */
function readDefinitionGraph(historyFileName: string, view: ExecutionView, definition: { fileName: string; text: string }): GraphModel {
  let graph: GraphModel;
  try {
    graph = buildGraphModel(definition.text);
  } catch (error) {
    if (error instanceof GraphDefinitionError) throw new GraphDefinitionError(`${definition.fileName}: ${error.message}`);
    throw error;
  }
  const index = indexVisits(view);
  const missing = findStatesMissingFromGraph(graph, index);
  if (missing.length === 0) return graph;
  const listed = missing
    .slice(0, MISSING_LISTED)
    .map((id) => `'${id}'`)
    .join(', ');
  const more = missing.length > MISSING_LISTED ? ` and ${missing.length - MISSING_LISTED} more` : '';
  const failingId = view.failure?.visitId != null ? nodeIdForVisit(index, view.failure.visitId) : null;
  const failing = failingId !== null && missing.includes(failingId) ? ` (the failing state '${failingId}' among them)` : '';
  throw new GraphDefinitionError(
    `${definition.fileName} does not match ${historyFileName}: the history ran ${listed}${more}${failing}, which the definition does not have. Choose the definition this execution ran, or clear it to draw the graph from the history.`,
  );
}

/**
 * Reads a history file (`aws stepfunctions get-execution-history` output) entirely in the browser,
 * with the same reconstruction as the server. Throws HistoryInputError / GraphDefinitionError with
 * a message naming the file, event and field.
 */
export function readHistoryFile(fileName: string, text: string, definition?: { fileName: string; text: string }): ImportedHistory {
  const parsed = parseHistoryJson(text, fileName);
  const timeline = buildExecutionTimeline(parsed.events, parsed);
  const view = toExecutionView(timeline);
  const graph = definition ? readDefinitionGraph(fileName, view, definition) : inferGraphModel(view.visits, view.status);
  const visitOf = new Map<number, { id: number; name: string }>();
  for (const [eventId, visit] of mapEventsToOwningVisits(view.visits)) visitOf.set(eventId, { id: visit.id, name: visit.name });
  return {
    fileName,
    view,
    events: timeline.events,
    graph,
    graphNote: definition ? `Definition from ${definition.fileName}` : 'Drawn from the history: only the states that ran',
    visitOf,
    readAtMs: Date.now(),
  };
}
