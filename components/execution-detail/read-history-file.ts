import { buildGraphModel } from '@/lib/graph/build-graph-model';
import { inferGraphModel } from '@/lib/graph/infer-graph-model';
import type { GraphModel } from '@/lib/graph/types';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryJson } from '@/lib/history/parse-history-document';
import type { ExecutionEvent } from '@/lib/history/types';
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

/**
 * Reads a history file (`aws stepfunctions get-execution-history` output) entirely in the browser,
 * with the same reconstruction as the server. Throws HistoryInputError / GraphDefinitionError with
 * a message naming the file, event and field.
 */
export function readHistoryFile(fileName: string, text: string, definition?: { fileName: string; text: string }): ImportedHistory {
  const parsed = parseHistoryJson(text, fileName);
  const timeline = buildExecutionTimeline(parsed.events, parsed);
  const view = toExecutionView(timeline);
  const graph = definition ? buildGraphModel(definition.text) : inferGraphModel(view.visits, view.status);
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
