'use client';

import { memo, useMemo } from 'react';
import { colourGraph, withFocusOf } from '@/lib/graph/colour-graph';
import { nodeIdForVisit } from '@/lib/graph/node-id-for-visit';
import type { GraphLayout } from '@/lib/graph/layout-graph';
import type { GraphColouring, GraphModel } from '@/lib/graph/types';
import { findFailedChildTarget, toNodeLinkTargets } from '@/lib/map-runs/to-child-link-targets';
import { buildGanttRows } from '@/lib/view-model/build-gantt-rows';
import { describeTimeout } from '@/lib/view-model/describe-timeout';
import { indexVisits } from '@/lib/view-model/index-visits';
import type { ExecutionView } from '@/lib/view-model/types';
import { hasGroups } from '@/lib/view-model/visit-groups';
import { toChildLink, type ChildLink } from '../map-runs/child-link';
import { Card } from '../ui/card';
import { DrillDownPicker } from './drill-down-picker';
import { ExecutionGraph } from './execution-graph';
import { ExecutionPayloads, type RemoteExecutionPayloads } from './execution-payloads';
import { CaughtErrorsNote, FailureBanner, StoppedBanner } from './failure-banner';
import { GanttTimeline } from './gantt-timeline';
import { StateInspector } from './state-inspector';
import { useClock } from './use-clock';
import { useVisitKeyboard } from './use-visit-keyboard';
import { useVisitSelection } from './use-visit-selection';

/**
 * The execution debugger: failure banner, graph, Gantt, inspector, all showing the same selected
 * visit, which lives in the URL (`?visit=<entered event id>&tab=…`). j/k or the arrow keys move
 * between visits. `eventPageSize` links each visit's events to the raw history table's pages.
 * Memoized: the page around it re-renders when the graph's canvas has drawn (to fetch the whole
 * view), which would otherwise render the timeline, the inspector and the execution's indented input
 * and output again for nothing.
 */
export const ExecutionDebugger = memo(function ExecutionDebugger({
  view,
  graph,
  graphLayout,
  graphNote,
  eventPageSize,
  renderedAtMs,
  payloadsUrl,
  wholeColouring,
  onGraphDrawn,
  executionPayloads,
}: {
  /** The execution's input or output the view left out for being large: their first lines, and where the rest is read. */
  executionPayloads?: RemoteExecutionPayloads;
  view: ExecutionView;
  /**
   * For a partial view (withhold-group-visits.ts): the graph coloured by the server from the whole
   * one, unfocused. Its counts and statuses stand until the whole view arrives.
   */
  wholeColouring?: GraphColouring;
  /** Called once the graph's interactive canvas has drawn it. */
  onGraphDrawn?: () => void;
  /** Where the inspector fetches a visit's payloads, when the view leaves them out (pack-execution-view.ts). */
  payloadsUrl?: (visitId: number) => string;
  /** When the view was read: the "now" of running visits until the first tick. */
  renderedAtMs: number;
  graph: GraphModel;
  /** The graph laid out by the server; without it the browser lays it out (ELK, loaded on demand). */
  graphLayout?: GraphLayout;
  graphNote?: string;
  eventPageSize?: number;
}) {
  const index = useMemo(() => indexVisits(view), [view]);
  const { params, selectedId, selected, tab, setTab, expanded, select, toggle, pickGroup } = useVisitSelection(view, index);
  // Running visits are drawn up to "now": the server's clock first (same markup on both sides), then ours.
  const nowMs = useClock(view.stopMs, renderedAtMs);

  const focusGroup = selectedId === null ? null : (index.groupOf.get(selectedId) ?? null);
  const colouring = useMemo(() => {
    const focusGroupKey = focusGroup?.key ?? null;
    if (wholeColouring && focusGroupKey === null) return wholeColouring;
    const coloured = colourGraph(graph, view.visits, { executionStatus: view.status, focusGroupKey });
    // A partial view holds the focused group's visits (the selected one is among them), not all the others'.
    return wholeColouring ? withFocusOf(wholeColouring, coloured) : coloured;
  }, [graph, view, focusGroup, wholeColouring]);
  const rows = useMemo(() => buildGanttRows(view, expanded, nowMs), [view, expanded, nowMs]);
  const selectedNodeId = selectedId === null ? null : nodeIdForVisit(index, selectedId);

  useVisitKeyboard(rows, selectedId, select);

  // Distributed Map runs and started executions: links on their graph nodes and, for the failing one, the banner.
  const childLinks = useMemo(() => {
    if (!view.childLinks) return { nodes: undefined, failed: undefined };
    const nodes: Record<string, ChildLink> = {};
    for (const [nodeId, { state, target }] of Object.entries(
      toNodeLinkTargets(view.childLinks, (visitId) => nodeIdForVisit(index, visitId)),
    )) {
      nodes[nodeId] = toChildLink(target, state);
    }
    const failedTarget = view.failure && findFailedChildTarget(view.childLinks, [view.failure.causedBy?.visitId, view.failure.visitId]);
    const failedState = view.failure?.causedBy?.state ?? view.failure?.state ?? 'the failing state';
    return { nodes, failed: failedTarget ? toChildLink(failedTarget, failedState) : undefined };
  }, [view, index]);

  const owner = selected && hasGroups(selected) ? selected : focusGroup ? (index.ownerOfGroup.get(focusGroup.key) ?? null) : null;
  const eventHref = eventPageSize
    ? (eventId: number) => {
        const search = new URLSearchParams(params);
        search.delete('type');
        search.set('page', String(Math.floor((eventId - 1) / eventPageSize) + 1));
        search.set('tab', 'events');
        return `?${search.toString()}#event-${eventId}`;
      }
    : undefined;
  const visitCount = index.ordered.length + index.withheldCount;
  const rangeStart = view.startMs ?? rows.find((row) => row.startMs !== null)?.startMs ?? 0;

  return (
    // data-partial-view: some visits are still to come (withhold-group-visits.ts); for tests and the page bench.
    <div id="execution-debugger" className="space-y-4" data-partial-view={index.withheldCount > 0 ? 'true' : undefined}>
      {view.failure && (
        <FailureBanner
          failure={view.failure}
          timedOut={view.status === 'TIMED_OUT'}
          timeoutNote={describeTimeout(view, index)}
          onSelectVisit={select}
          childLink={childLinks.failed}
        />
      )}
      {!view.failure && view.status === 'ABORTED' && <StoppedBanner error={view.error} cause={view.cause} />}
      <CaughtErrorsNote caught={view.caught} onSelectVisit={select} />
      {view.warnings.length > 0 && (
        <ul className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
          {view.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card title="Graph" actions={graphNote && <span className="text-xs text-zinc-500 dark:text-zinc-400">{graphNote}</span>}>
          <ExecutionGraph
            model={graph}
            layout={graphLayout}
            colouring={colouring}
            selectedNodeId={selectedNodeId}
            childLinks={childLinks.nodes}
            onDrawn={onGraphDrawn}
            onSelectNode={(nodeId) => {
              const visitId = colouring.nodes[nodeId]?.visitId;
              if (visitId !== null && visitId !== undefined) select(visitId);
            }}
          />
        </Card>
        <Card title="State inspector" className="flex max-h-[640px] flex-col xl:max-h-none">
          <StateInspector
            visit={selected}
            tab={tab}
            onTab={setTab}
            eventHref={eventHref}
            payloadsUrl={payloadsUrl}
            drillDown={owner && <DrillDownPicker owner={owner} currentGroupKey={focusGroup?.key ?? null} onPick={pickGroup} />}
          />
        </Card>
      </div>
      <Card
        title={`Timeline (${visitCount} ${visitCount === 1 ? 'visit' : 'visits'})`}
        actions={
          <span className="text-xs text-zinc-500 dark:text-zinc-400">j / k or ↓ / ↑ move between visits · hover a bar for exact times</span>
        }
      >
        <GanttTimeline
          rows={rows}
          rangeStartMs={rangeStart}
          rangeEndMs={view.stopMs ?? nowMs}
          selectedVisitId={selectedId}
          onSelect={select}
          onToggle={toggle}
        />
      </Card>
      <ExecutionPayloads view={view} remote={executionPayloads} />
    </div>
  );
});
