'use client';

import { useMemo } from 'react';
import { colourGraph } from '@/lib/graph/colour-graph';
import type { GraphLayout } from '@/lib/graph/layout-graph';
import type { GraphColouring, GraphModel } from '@/lib/graph/types';
import type { ExecutionStatus } from '@/lib/history/types';
import type { VisitView } from '@/lib/view-model/types';
import { ExecutionGraph } from '../execution-detail/execution-graph';
import { compareMarks } from './compare-marks';

/**
 * Both paths on one graph: nodes coloured by A's outcome (B's where only B ran them), edges either
 * execution took drawn taken, each visited node marked A only / B only / A · B, the first
 * divergence outlined. Clicking a state opens its row in the table below.
 */
export function CompareGraph({
  graph,
  layout,
  a,
  b,
  nodesA,
  nodesB,
  divergenceNodeId,
}: {
  graph: GraphModel;
  /** Laid out by the server; without it the browser lays the graph out. */
  layout?: GraphLayout;
  a: { status: ExecutionStatus; visits: VisitView[] };
  b: { status: ExecutionStatus; visits: VisitView[] };
  nodesA: string[];
  nodesB: string[];
  divergenceNodeId: string | null;
}) {
  const colouring = useMemo((): GraphColouring => {
    const left = colourGraph(graph, a.visits, { executionStatus: a.status });
    const right = colourGraph(graph, b.visits, { executionStatus: b.status });
    const nodes = { ...left.nodes };
    for (const [id, run] of Object.entries(right.nodes)) if (nodes[id]?.status === 'not-visited') nodes[id] = run;
    const edges = { ...left.edges };
    for (const [id, run] of Object.entries(right.edges)) if (run.taken && !edges[id]?.taken) edges[id] = run;
    return { nodes, edges };
  }, [graph, a, b]);
  const marks = useMemo(() => compareMarks(nodesA, nodesB, divergenceNodeId), [nodesA, nodesB, divergenceNodeId]);
  return (
    <ExecutionGraph
      model={graph}
      layout={layout}
      colouring={colouring}
      marks={marks}
      selectedNodeId={null}
      onSelectNode={(nodeId) => {
        const row = document.querySelector<HTMLDetailsElement>(`details[data-node-id="${CSS.escape(nodeId)}"]`);
        if (!row) return;
        row.open = true;
        row.scrollIntoView({ block: 'center' });
        row.querySelector('summary')?.focus();
      }}
    />
  );
}
