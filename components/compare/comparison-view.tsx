import type { ExecutionComparison } from '@/lib/compare/types';
import type { GraphLayout } from '@/lib/graph/layout-graph';
import type { GraphModel } from '@/lib/graph/types';
import type { ExecutionStatus } from '@/lib/history/types';
import type { VisitView } from '@/lib/view-model/types';
import { Card } from '../ui/card';
import { CompareGraph } from './compare-graph';
import { CompareLegend } from './compare-legend';
import { CompareTable } from './compare-table';
import { DivergenceBanner } from './divergence-banner';

export interface ComparisonViewProps {
  comparison: ExecutionComparison;
  /** A's definition (or, without one, its graph drawn from the history). */
  graph: GraphModel;
  /** The graph laid out by the server (the browser then loads no ELK). */
  graphLayout?: GraphLayout;
  graphNote?: string;
  /** Payload-free visits for colouring the graph (lib/compare/without-payloads.ts). */
  a: { status: ExecutionStatus; visits: VisitView[] };
  b: { status: ExecutionStatus; visits: VisitView[] };
  sameMachine: boolean;
}

/** The comparison itself: first divergence, both paths on one graph, then every state side by side. */
export function ComparisonView({ comparison, graph, graphLayout, graphNote, a, b, sameMachine }: ComparisonViewProps) {
  const divergence = comparison.firstDivergence;
  const divergenceNodeId = divergence ? (comparison.states.find((state) => state.key === divergence.key)?.nodeId ?? null) : null;
  const inGraph = new Set(graph.nodes.map((node) => node.id));
  const bOutsideGraph = comparison.nodesB.filter((id) => !inGraph.has(id));
  return (
    <div className="space-y-4">
      <DivergenceBanner divergence={divergence} inputDifference={comparison.firstInputDifference} />
      <Card title="Both paths" actions={graphNote && <span className="text-xs text-zinc-600 dark:text-zinc-300">{graphNote}</span>}>
        <CompareLegend sameMachine={sameMachine} />
        {bOutsideGraph.length > 0 && (
          <p className="px-4 pb-2 text-xs break-words text-zinc-700 dark:text-zinc-300" data-testid="b-outside-graph">
            States B ran that are not in this graph: {bOutsideGraph.join(', ')} (see the table).
          </p>
        )}
        <CompareGraph
          graph={graph}
          layout={graphLayout}
          a={a}
          b={b}
          nodesA={comparison.nodesA}
          nodesB={comparison.nodesB}
          divergenceNodeId={divergenceNodeId}
        />
      </Card>
      <Card
        title={`States (${comparison.a.visits} visits in A, ${comparison.b.visits} in B)`}
        actions={<span className="text-xs text-zinc-600 dark:text-zinc-300">Open a row for its input and output side by side</span>}
      >
        <CompareTable states={comparison.states} divergenceKey={divergence?.key ?? null} />
      </Card>
    </div>
  );
}
