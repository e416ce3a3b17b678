'use client';

import dynamic from 'next/dynamic';
import { useEffect } from 'react';
import { loadElk } from '@/lib/graph/layout-graph';
import type { ExecutionGraphProps } from './execution-graph-canvas';
import { PendingGraph } from './laying-out-graph';

// React Flow and ELK are most of the graph's weight (ELK alone ~500 KB gzipped): neither is part of a
// page's first load. The canvas renders in the browser only; until its code is in, the page shows
// the same "Laying out the graph…" box it shows while ELK works.
const ExecutionGraphCanvas = dynamic(() => import('./execution-graph-canvas').then((module) => module.ExecutionGraphCanvas), {
  ssr: false,
  loading: PendingGraph,
});

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
  return <ExecutionGraphCanvas {...props} />;
}
