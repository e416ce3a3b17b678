/** The canvas height while the graph's size is not known yet. */
export const PENDING_GRAPH_HEIGHT_PX = 560;

/** What the graph area says until ELK has placed the states. */
export function LayingOutGraph() {
  return (
    <p role="status" className="p-4 text-sm text-zinc-500 dark:text-zinc-400">
      Laying out the graph…
    </p>
  );
}

/** The graph area while its code loads: the same box and words as while it lays out, so nothing jumps. */
export function PendingGraph() {
  return (
    <div className="w-full" style={{ height: PENDING_GRAPH_HEIGHT_PX }} data-testid="execution-graph" data-ready="false">
      <LayingOutGraph />
    </div>
  );
}
