'use client';

import dynamic from 'next/dynamic';
import { Suspense, createContext, useContext, useEffect } from 'react';
import { loadElk } from '@/lib/graph/layout-graph';
import type { ExecutionGraphProps } from './execution-graph-canvas';
import { PendingGraph } from './laying-out-graph';
import { StaticGraph } from './static-graph';

/** The graph's props, for what stands in while the canvas code loads (next/dynamic gives it none). */
const GraphProps = createContext<ExecutionGraphProps | null>(null);

/** A graph the server laid out is drawn at once, still as a picture; otherwise the "Laying out…" box. */
function GraphBeforeCanvas() {
  const props = useContext(GraphProps);
  if (!props?.layout) return <PendingGraph />;
  return (
    <StaticGraph
      model={props.model}
      colouring={props.colouring}
      layout={props.layout}
      selectedNodeId={props.selectedNodeId}
      marks={props.marks}
    />
  );
}

// React Flow and ELK are most of the graph's weight (ELK alone ~500 KB gzipped): neither is part of a
// page's first load. The canvas renders in the browser only; until its code is in, the page shows
// the server's layout drawn statically (in the server-rendered HTML too), or the "Laying out the
// graph…" box when there is no such layout.
const ExecutionGraphCanvas = dynamic(() => import('./execution-graph-canvas').then((module) => module.ExecutionGraphCanvas), {
  ssr: false,
  loading: GraphBeforeCanvas,
});

// Renders nothing. For a component it may render on the server, next/dynamic names that component's
// code as preloads in the page's HTML, which the canvas cannot have (it renders in the browser only).
// So the browser fetches the canvas's code while it reads the page, not once hydration reaches the
// graph, after the rest of the page.
const CanvasCodePreload = dynamic(() => import('./execution-graph-canvas').then((module) => module.NothingToRender));

/**
 * The execution's graph (see ExecutionGraphCanvas). Laid out by the server when `layout` is given;
 * otherwise its code and ELK are fetched in parallel once it mounts.
 */
export function ExecutionGraph(props: ExecutionGraphProps) {
  const laidOut = props.layout !== undefined;
  useEffect(() => {
    // Fetched now rather than after the canvas chunk arrives; a failure shows in the canvas, which asks again.
    if (!laidOut) loadElk().catch(() => undefined);
  }, [laidOut]);
  return (
    <GraphProps.Provider value={props}>
      <ExecutionGraphCanvas {...props} />
      {/* A boundary of its own: in the browser, it waits for that code without holding up anything else. */}
      <Suspense fallback={null}>
        <CanvasCodePreload />
      </Suspense>
    </GraphProps.Provider>
  );
}
