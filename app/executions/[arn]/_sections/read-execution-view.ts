import { requestCache } from '@/app/_sections/request-cache';
import {
  describeDataSource,
  describeExecution,
  getExecutionHistoryPage,
  isDataSourceError,
  type ExecutionDetail,
  type HistoryEventPage,
  type HistoryEventRecord,
} from '@/lib/aws';
import { readArchivedExecution, toArchivedExecutionDetail, type ArchivedExecution } from '@/lib/execution-index/read-archived-execution';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument, type ParsedHistory } from '@/lib/history/parse-history-document';
import { mapEventsToOwningVisits } from '@/lib/view-model/map-events-to-visits';
import { toExecutionView } from '@/lib/view-model/to-execution-view';
import { indexVisits, type VisitIndex } from '@/lib/view-model/index-visits';
import { packExecutionView, type PackedExecutionView } from '@/lib/view-model/pack-execution-view';
import type { ExecutionView } from '@/lib/view-model/types';
import { getSharedExecutionIndex } from '@/lib/services';
import { derivedOnce, finishedHistoryKey, getFinishedHistory, putFinishedHistory, type FinishedHistory } from './finished-history-cache';

const isNotFound = (error: unknown) => isDataSourceError(error) && error.kind === 'not-found';

/**
 * The execution from the Statescope index, read only once the data source has said it does not exist
 * (AWS keeps a Standard history 90 days after it closes): undefined when the index lacks it too.
 */
export const readArchive = requestCache(async (executionArn: string): Promise<ArchivedExecution | undefined> => {
  const { endpoint } = await describeDataSource();
  return readArchivedExecution(getSharedExecutionIndex(), endpoint, executionArn);
});

/**
 * DescribeExecution, once per request: the page awaits it for its status, the summary shows it. An
 * execution the data source no longer has comes from the index when it is archived there; otherwise
 * the not-found error stands (the page's 404).
 */
export const readExecutionSource = requestCache(
  async (executionArn: string): Promise<{ execution: ExecutionDetail; archived?: ArchivedExecution }> => {
    try {
      return { execution: await describeExecution(executionArn) };
    } catch (error) {
      if (!isNotFound(error)) throw error;
      const archived = await readArchive(executionArn);
      if (!archived) throw error;
      return { execution: toArchivedExecutionDetail(archived.record), archived };
    }
  },
);

export const readExecution = requestCache(async (executionArn: string) => (await readExecutionSource(executionArn)).execution);

/** One history page, read once per request however many sections need it; an archived execution's history is one page. */
export const readHistoryPage = requestCache(async (executionArn: string, nextToken: string | undefined): Promise<HistoryEventPage> => {
  try {
    return await getExecutionHistoryPage(executionArn, nextToken);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    const archived = await readArchive(executionArn);
    if (!archived) throw error;
    return { events: archived.history.events };
  }
});

/**
 * The history of a finished execution as this server process read it before (a few are kept): a
 * revisit, a page of the events table and the inspector's payload requests read nothing again.
 */
export const readCachedHistory = requestCache(async (executionArn: string): Promise<FinishedHistory | undefined> => {
  const key = finishedHistoryKey((await readExecutionSource(executionArn)).execution);
  return key === undefined ? undefined : getFinishedHistory(key);
});

/**
 * Every history page, oldest first, through the same per-request page reads as the progress display;
 * kept for later requests once the execution has finished.
 */
const readHistoryEntry = requestCache(async (executionArn: string): Promise<FinishedHistory | { events: HistoryEventRecord[] }> => {
  const cached = await readCachedHistory(executionArn);
  if (cached) return cached;
  const events: HistoryEventRecord[] = [];
  let nextToken: string | undefined;
  do {
    const page = await readHistoryPage(executionArn, nextToken);
    events.push(...page.events);
    nextToken = page.nextToken;
  } while (nextToken);
  // Described before the pages were read: a history read while the execution ran is never kept.
  const { execution } = await readExecutionSource(executionArn);
  const key = finishedHistoryKey(execution);
  return key === undefined ? { events } : putFinishedHistory(key, events, execution);
});

/** The finished history this request reads, as cached (with what is derived from it); undefined while it can still change. */
export const readFinishedHistory = requestCache(async (executionArn: string): Promise<FinishedHistory | undefined> => {
  const entry = await readHistoryEntry(executionArn);
  return 'derived' in entry ? entry : undefined;
});

export const readHistory = requestCache(
  async (executionArn: string): Promise<HistoryEventRecord[]> => (await readHistoryEntry(executionArn)).events,
);

export interface ExecutionViewData {
  view: ExecutionView;
  /** Event id → the visit it belongs to. */
  visitOfEvent: Map<number, { id: number; name: string }>;
  /** When the history was read: "now" for visits still running. */
  readAtMs: number;
}

/**
 * The history read into events (parseHistoryDocument), once per request and once per cached history,
 * for the Lambda logs route. The view parses on its own: keeping the parse with every cached history
 * would hold its 25,000 events' objects for pages whose Logs tab is never opened.
 */
export const readParsedHistory = requestCache(async (executionArn: string): Promise<ParsedHistory> => {
  const entry = await readHistoryEntry(executionArn);
  return derivedOnce('derived' in entry ? entry : undefined, 'parsed', () => parseHistoryDocument(entry.events, executionArn));
});

const VIEW = 'view';

/** The history reconstructed into the page's view model, once per request. */
export const readExecutionView = requestCache(async (executionArn: string): Promise<ExecutionViewData> => {
  const entry = await readHistoryEntry(executionArn);
  return derivedOnce('derived' in entry ? entry : undefined, VIEW, () => {
    const readAtMs = Date.now();
    const parsed = parseHistoryDocument(entry.events, executionArn);
    const view = toExecutionView(buildExecutionTimeline(parsed.events, parsed));
    const visitOfEvent = new Map<number, { id: number; name: string }>();
    for (const [eventId, visit] of mapEventsToOwningVisits(view.visits)) visitOfEvent.set(eventId, { id: visit.id, name: visit.name });
    return { view, visitOfEvent, readAtMs };
  });
});

/** The view an earlier request derived from this cached history, if one did. */
export function viewKeptWith(entry: FinishedHistory): ExecutionViewData | undefined {
  return entry.derived.get(VIEW) as ExecutionViewData | undefined;
}

const PACKED = 'packed';

/** The view as the debugger's client component receives it (pack-execution-view.ts), packed once per cached history. */
export const readPackedExecutionView = requestCache(async (executionArn: string): Promise<PackedExecutionView> => {
  const entry = await readHistoryEntry(executionArn);
  const { view } = await readExecutionView(executionArn);
  return derivedOnce('derived' in entry ? entry : undefined, PACKED, () => packExecutionView(view));
});

/** The packed view an earlier request derived from this cached history, if one did. */
export function packedViewKeptWith(entry: FinishedHistory): PackedExecutionView | undefined {
  return entry.derived.get(PACKED) as PackedExecutionView | undefined;
}

const VISIT_INDEX = 'visit-index';

/**
 * The view's visits by id and group (indexVisits), once per request and once per cached history: the
 * debugger section, the events table and the payloads route all look visits up in it.
 */
export const readVisitIndex = requestCache(async (executionArn: string): Promise<VisitIndex> => {
  const entry = await readHistoryEntry(executionArn);
  const { view } = await readExecutionView(executionArn);
  return derivedOnce('derived' in entry ? entry : undefined, VISIT_INDEX, () => indexVisits(view));
});

/** The visit index an earlier request derived from this cached history, if one did. */
export function visitIndexKeptWith(entry: FinishedHistory): VisitIndex | undefined {
  return entry.derived.get(VISIT_INDEX) as VisitIndex | undefined;
}
