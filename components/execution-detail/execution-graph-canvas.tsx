'use client';

import '@xyflow/react/dist/style.css';
import { Background, Controls, MarkerType, ReactFlow, type Node, type ReactFlowInstance } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { emptyNodeRun } from '@/lib/graph/colour-graph';
import { edgeLabelText } from '@/lib/graph/edge-label-text';
import { edgeStyle, graphCanvasHeightPx } from '@/lib/graph/edge-style';
import { layoutGraph, type GraphLayout, type RoutedEdge as ElkRoute } from '@/lib/graph/layout-graph';
import type { GraphColouring, GraphEdge, GraphModel, NodeRun } from '@/lib/graph/types';
import type { ChildLink } from '../map-runs/child-link';
import { GraphGroupNode, GraphStateNode, type NodeMark, type StateNodeData } from './graph-state-node';
import { LayingOutGraph, PENDING_GRAPH_HEIGHT_PX } from './laying-out-graph';
import { RoutedEdge, type RoutedEdgeType } from './routed-edge';

const NODE_TYPES = { state: GraphStateNode, 'group-state': GraphGroupNode };
const EDGE_TYPES = { routed: RoutedEdge };

const FIT_VIEW_OPTIONS = { padding: 0.08, maxZoom: 1.1 };
const NOT_VISITED: NodeRun = emptyNodeRun();

function toFlowEdge(edge: GraphEdge, colouring: GraphColouring, route: ElkRoute | undefined): RoutedEdgeType {
  const run = colouring.edges[edge.id];
  const { colour, strokeWidth, dashArray, taken, caughtPath } = edgeStyle(edge, run);
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: 'routed',
    data: { points: route?.points ?? [], ...(route?.label && { labelBox: route.label }) },
    label: edgeLabelText(edge, run),
    ariaLabel: `${edge.kind} edge ${edge.source} to ${edge.target}${taken ? ', taken' : ''}`,
    className: `edge-${edge.kind}${taken ? ' edge-taken' : ''}`,
    animated: caughtPath,
    zIndex: taken ? 2 : 1,
    style: { stroke: colour, strokeWidth, strokeDasharray: dashArray },
    markerEnd: { type: MarkerType.ArrowClosed, color: colour, width: 16, height: 16 },
    labelStyle: { fontSize: 11, fontWeight: taken ? 600 : 400, ...(caughtPath && { fill: '#92400e' }) },
    // Other labels keep React Flow's themed background, so they read in dark mode too.
    ...(caughtPath && { labelBgStyle: { fill: '#fef3c7', fillOpacity: 0.95 } }),
    labelBgPadding: [4, 2],
    labelBgBorderRadius: 3,
  };
}

export interface ExecutionGraphProps {
  model: GraphModel;
  colouring: GraphColouring;
  selectedNodeId: string | null;
  onSelectNode: (nodeId: string) => void;
  /** Extra marks by node id (the compare page's "A only", "B only", "both"). */
  marks?: Readonly<Record<string, NodeMark>>;
  /** Links to the Map Runs and executions states started, by node id. */
  childLinks?: Readonly<Record<string, ChildLink>>;
  /** The model already laid out (by the server, lib/graph/cached-graph-layout.ts): ELK is not loaded. */
  layout?: GraphLayout;
  /** Called once the canvas has drawn the graph: work that can wait until the page is usable waits for it. */
  onDrawn?: () => void;
}

/**
 * The definition laid out by ELK and drawn by React Flow along ELK's edge routes: the path taken in
 * green, failed states in red, a Catch that ran dashed amber with the error it caught; Map and
 * Parallel as boxes. Each state is a button: click, Enter or Space opens it in the inspector.
 * Pages reach it through execution-graph.tsx, which loads this module (and React Flow) on demand.
 */
export function ExecutionGraphCanvas({
  model,
  colouring,
  selectedNodeId,
  onSelectNode,
  marks,
  childLinks,
  layout: givenLayout,
  onDrawn,
}: ExecutionGraphProps) {
  const [laidOutHere, setLayout] = useState<{ for: GraphModel; layout: GraphLayout } | { for: GraphModel; error: string } | null>(null);
  useEffect(() => {
    if (givenLayout) return;
    let cancelled = false;
    layoutGraph(model).then(
      (result) => !cancelled && setLayout({ for: model, layout: result }),
      (error: unknown) => !cancelled && setLayout({ for: model, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [model, givenLayout]);
  const layout = useMemo(() => (givenLayout ? { for: model, layout: givenLayout } : laidOutHere), [givenLayout, model, laidOutHere]);

  // A canvas that changes width (a window resized, a phone turned) fits the graph again: React Flow
  // fits only once, and the states would otherwise sit off to one side or outside the box.
  const flow = useRef<ReactFlowInstance<Node<StateNodeData>, RoutedEdgeType> | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      void flow.current?.fitView(FIT_VIEW_OPTIONS);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // The latest handler, without redrawing every node whenever the parent passes a new function.
  const onSelectRef = useRef(onSelectNode);
  useEffect(() => {
    onSelectRef.current = onSelectNode;
  }, [onSelectNode]);

  const nodes = useMemo((): Node<StateNodeData>[] => {
    if (!layout || layout.for !== model || !('layout' in layout)) return [];
    return model.nodes.flatMap((node) => {
      const box = layout.layout.nodes[node.id];
      if (!box) return [];
      // colourGraph gives every node of the model a run; one it missed is drawn as not visited.
      const run = colouring.nodes[node.id] ?? NOT_VISITED;
      return [
        {
          id: node.id,
          type: node.isGroup ? 'group-state' : 'state',
          position: { x: box.x, y: box.y },
          ...(node.parentId && { parentId: node.parentId }),
          width: box.width,
          height: box.height,
          style: { width: box.width, height: box.height },
          zIndex: node.isGroup ? 0 : 1,
          data: {
            name: node.name,
            kind: node.kind,
            run,
            selected: node.id === selectedNodeId,
            onOpen: () => onSelectRef.current(node.id),
            ...(marks?.[node.id] && { mark: marks[node.id] }),
            ...(childLinks?.[node.id] && { childLink: childLinks[node.id] }),
          },
          selectable: true,
          // The state inside is the keyboard stop (a button), so React Flow's wrapper is not a second one.
          focusable: false,
          draggable: false,
        },
      ];
    });
  }, [layout, model, colouring, selectedNodeId, marks, childLinks]);
  const edges = useMemo(() => {
    const routes = layout && layout.for === model && 'layout' in layout ? layout.layout.edges : {};
    return model.edges.map((edge) => toFlowEdge(edge, colouring, routes[edge.id]));
  }, [layout, model, colouring]);

  const drawn = nodes.length > 0;
  useEffect(() => {
    if (drawn) onDrawn?.();
  }, [drawn, onDrawn]);

  if (layout && 'error' in layout) {
    return <p className="p-4 text-sm text-red-700 dark:text-red-300">The graph could not be laid out: {layout.error}</p>;
  }
  const heightPx = layout && 'layout' in layout ? graphCanvasHeightPx(layout.layout.height) : PENDING_GRAPH_HEIGHT_PX;
  return (
    <div ref={box} className="w-full" style={{ height: heightPx }} data-testid="execution-graph" data-ready={drawn ? 'true' : 'false'}>
      {nodes.length === 0 ? (
        <LayingOutGraph />
      ) : (
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodeClick={(_, node) => onSelectNode(node.id)}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          elementsSelectable
          onInit={(instance) => (flow.current = instance)}
          fitView
          fitViewOptions={FIT_VIEW_OPTIONS}
          minZoom={0.1}
          colorMode="system"
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={20} size={1} />
          <Controls showInteractive={false} />
        </ReactFlow>
      )}
    </div>
  );
}

/** Nothing: what execution-graph.tsx loads through next/dynamic, for this module's preloads in the page's HTML. */
export function NothingToRender() {
  return null;
}
