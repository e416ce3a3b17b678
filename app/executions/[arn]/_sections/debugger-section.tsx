import { AutoRefresh } from '@/components/execution-detail/auto-refresh';
import { PackedExecutionDebugger } from '@/components/execution-detail/packed-execution-debugger';
import { executionHref, visitPayloadsHref } from '@/components/routes';
import { renderDataSourceError } from '@/app/_sections/render-data-source-error';
import { describeStateMachine, describeStateMachineForExecution, isDataSourceError, isExpressExecutionArn } from '@/lib/aws';
import { buildGraphModel } from '@/lib/graph/build-graph-model';
import { layoutGraphIfPossible } from '@/lib/graph/cached-graph-layout';
import { GraphDefinitionError } from '@/lib/graph/graph-definition-error';
import { inferGraphModel } from '@/lib/graph/infer-graph-model';
import type { GraphModel } from '@/lib/graph/types';
import { colourGraph } from '@/lib/graph/colour-graph';
import { withoutLargeExecutionPayloads } from '@/lib/view-model/execution-payloads-preview';
import type { VisitIndex } from '@/lib/view-model/index-visits';
import type { PackedExecutionView } from '@/lib/view-model/pack-execution-view';
import type { VisitView } from '@/lib/view-model/types';
import { visitsToKeep, withholdGroupVisits } from '@/lib/view-model/withhold-group-visits';
import { visitPayloadsOf, type VisitPayloads } from '@/lib/view-model/visit-payloads';
import { previewVisitPayloads, type VisitPayloadsPreview } from '@/lib/view-model/visit-payloads-preview';
import { initialVisitId, selectedVisitId } from '@/lib/view-model/visit-selection';
import { EXECUTION_EVENTS_PAGE_SIZE } from './events-page-size';
import { finishedHistoryKey, finishedStopMs, readOnce } from './finished-history-cache';
import {
  readExecutionSource,
  readExecutionView,
  readFinishedHistory,
  readPackedExecutionView,
  readVisitIndex,
  type ExecutionViewData,
} from './read-execution-view';

/** The definition the execution ran; when it cannot be read, the graph is drawn from the history. */
async function readGraph(executionArn: string, data: ExecutionViewData): Promise<{ graph: GraphModel; note?: string }> {
  const fromHistory = () => inferGraphModel(data.view.visits, data.view.status);
  const { archived } = await readExecutionSource(executionArn);
  if (archived) return readArchivedGraph(archived.record.stateMachineArn, fromHistory);
  try {
    // The definition a Standard execution ran cannot change: a revisit of a cached history asks AWS
    // nothing, and its page's first flush, which carries the debugger, waits on no call. An Express
    // execution is drawn on its state machine's current definition, which can.
    const history = isExpressExecutionArn(executionArn) ? undefined : await readFinishedHistory(executionArn);
    const machine = await readOnce(history, 'definition', () => describeStateMachineForExecution(executionArn));
    return { graph: buildGraphModel(machine.definition) };
  } catch (error) {
    if (isDataSourceError(error)) return { graph: fromHistory(), note: `Drawn from the history: ${error.message}` };
    if (error instanceof GraphDefinitionError) return { graph: fromHistory(), note: `Drawn from the history: ${error.message}` };
    throw error;
  }
}

/**
 * The index keeps no definitions: an archived execution is drawn on its state machine's current
 * definition while the machine exists (said so, as it may have changed since), else from the history.
 */
async function readArchivedGraph(stateMachineArn: string, fromHistory: () => GraphModel): Promise<{ graph: GraphModel; note?: string }> {
  try {
    const machine = await describeStateMachine(stateMachineArn);
    return {
      graph: buildGraphModel(machine.definition),
      note: "Archived execution: drawn on the state machine's current definition, which may have changed since it ran.",
    };
  } catch (error) {
    if (isDataSourceError(error) || error instanceof GraphDefinitionError) {
      return { graph: fromHistory(), note: 'The definition is not archived (the state machine no longer exists): drawn from the history.' };
    }
    throw error;
  }
}

/**
 * Larger opening payloads (a Map's whole item list) are fetched after the page instead: carried in
 * it, they would weigh on every load for a tab the user may never look at. Their first lines come
 * with the page, so the inspector shows something at first paint.
 */
const OPENING_PAYLOADS_MAX_CHARACTERS = 16 * 1024;

/** Previews of visits of cached finished histories (the same objects on every request), made once. */
const previews = new WeakMap<VisitView, VisitPayloadsPreview>();

function previewOf(visit: VisitView, payloads: VisitPayloads): VisitPayloadsPreview {
  let preview = previews.get(visit);
  if (!preview) previews.set(visit, (preview = previewVisitPayloads(payloads)));
  return preview;
}

/** A cached finished history's packed view without its large input and output (the same object on every request), made once. */
const leanViews = new WeakMap<PackedExecutionView, ReturnType<typeof withoutLargeExecutionPayloads>>();

function leanViewOf(whole: PackedExecutionView): ReturnType<typeof withoutLargeExecutionPayloads> {
  let lean = leanViews.get(whole);
  if (!lean) leanViews.set(whole, (lean = withoutLargeExecutionPayloads(whole)));
  return lean;
}

interface OpeningPayloads {
  whole: { visitId: number; payloads: VisitPayloads }[];
  previews: { visitId: number; preview: VisitPayloadsPreview }[];
}

/**
 * The payloads of the visit the page opens on (`?visit=`, else initialVisitId): when they are large,
 * their first lines; else, when the execution has finished, the whole of them, so they come with the
 * page instead of a request after it. A running execution's visit may still get its output, so the
 * inspector fetches those.
 */
async function readOpeningPayloads(executionArn: string, index: VisitIndex, visitId: number | null): Promise<OpeningPayloads> {
  const visit = visitId === null ? undefined : index.byId.get(visitId);
  if (!visit) return { whole: [], previews: [] };
  const payloads = visitPayloadsOf(visit);
  const { execution } = await readExecutionSource(executionArn);
  const characters = (payloads.input?.length ?? 0) + (payloads.output?.length ?? 0) + (payloads.parameters?.length ?? 0);
  if (characters > OPENING_PAYLOADS_MAX_CHARACTERS)
    return { whole: [], previews: [{ visitId: visit.id, preview: previewOf(visit, payloads) }] };
  if (finishedHistoryKey(execution) !== undefined) return { whole: [{ visitId: visit.id, payloads }], previews: [] };
  return { whole: [], previews: [] };
}

export async function DebuggerSection({ executionArn, requestedVisit }: { executionArn: string; requestedVisit?: string }) {
  let data: ExecutionViewData;
  try {
    data = await readExecutionView(executionArn);
  } catch (error) {
    return renderDataSourceError(error, { what: 'The timeline' });
  }
  const index = await readVisitIndex(executionArn);
  const openingVisitId = selectedVisitId(requestedVisit ?? null, (id) => index.byId.has(id), initialVisitId(data.view));
  const [{ graph, note }, whole, openingPayloads] = await Promise.all([
    readGraph(executionArn, data),
    readPackedExecutionView(executionArn),
    readOpeningPayloads(executionArn, index, openingVisitId),
  ]);
  // A running execution's page is rendered again every few seconds: it gets the whole view each time.
  // The view route's answer is cached by the browser: its address names the stop it describes, as a
  // redriven execution stops again with more visits.
  const { execution } = await readExecutionSource(executionArn);
  const finished = finishedHistoryKey(execution) !== undefined;
  // A large execution input or output comes as its first lines; its card reads the rest from ../payloads.
  const lean = leanViewOf(whole);
  const packed = finished ? withholdGroupVisits(lean.packed, visitsToKeep(data.view, openingVisitId)) : lean.packed;
  // Named in the requests the page makes, so a finished execution's are answered from this server's cache.
  const stoppedAtMs = finishedStopMs(execution);
  // What a partial view could not colour: every visit's count and status.
  const wholeColouring = packed.partial ? colourGraph(graph, data.view.visits, { executionStatus: data.view.status }) : undefined;
  // Laid out here, so the browser loads no ELK for it.
  const graphLayout = await layoutGraphIfPossible(graph);
  const payloadsPath = `${executionHref(executionArn)}/payloads`;
  // The inspector fetches a finished execution's large opening payloads as soon as it hydrates; the
  // browser asks for them here instead, as it reads the HTML, so the answer is in when it does (the
  // same address, and crossOrigin "anonymous" is what a default same-origin fetch() matches).
  const fetchedEarly =
    stoppedAtMs === undefined ? [] : openingPayloads.previews.map(({ visitId }) => visitPayloadsHref(payloadsPath, visitId, stoppedAtMs));
  return (
    <div className="space-y-4">
      {fetchedEarly.map((href) => (
        <link key={href} rel="preload" as="fetch" crossOrigin="anonymous" href={href} />
      ))}
      {data.view.status === 'RUNNING' && <AutoRefresh />}
      {/* Without the visits' payloads: the inspector fetches the selected visit's from ../payloads. */}
      <PackedExecutionDebugger
        packed={packed}
        payloadsPath={payloadsPath}
        viewPath={`${executionHref(executionArn)}/view?stopped=${stoppedAtMs ?? ''}`}
        stoppedAtMs={stoppedAtMs}
        wholeColouring={wholeColouring}
        finishedPayloads={openingPayloads.whole}
        payloadPreviews={openingPayloads.previews}
        executionPayloadPreviews={lean.previews}
        graph={graph}
        graphLayout={graphLayout}
        graphNote={note}
        eventPageSize={EXECUTION_EVENTS_PAGE_SIZE}
        renderedAtMs={data.readAtMs}
      />
    </div>
  );
}
