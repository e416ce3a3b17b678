import { useId } from 'react';
import { describeNodeCounts } from '@/lib/graph/describe-node-run';
import { edgeLabelText } from '@/lib/graph/edge-label-text';
import { edgeStyle, graphCanvasHeightPx } from '@/lib/graph/edge-style';
import { GROUP_HEADER_HEIGHT, type Box, type GraphLayout } from '@/lib/graph/layout-graph';
import { roundedPath } from '@/lib/graph/rounded-path';
import type { GraphColouring, GraphModel, GraphNode } from '@/lib/graph/types';
import type { NodeMark } from './graph-state-node';
import { EMPHASIS_RING, SELECTED_RING, VISIT_STATUS_STYLES, withoutBackground } from './visit-status-styles';

/** Room around the graph, as a share of its size (the canvas fits with 8 % padding). */
const PADDING_SHARE = 0.04;
/** The canvas never zooms past this; neither does the drawing. */
const MAX_ZOOM = 1.1;

/** What every drawn node is coloured and marked by. */
interface NodeLook {
  colouring: GraphColouring;
  selectedNodeId: string | null;
  marks: Readonly<Record<string, NodeMark>> | undefined;
}

function MarkText({ mark }: { mark: NodeMark | undefined }) {
  return mark ? <span className={`shrink-0 rounded px-1 text-[10px] font-semibold ${mark.className}`}>{mark.text}</span> : null;
}

function StaticNode({ node, box, look }: { node: GraphNode; box: Box; look: NodeLook }) {
  const run = look.colouring.nodes[node.id];
  const selected = node.id === look.selectedNodeId;
  const mark = look.marks?.[node.id];
  const status = run?.status ?? 'not-visited';
  const colours = VISIT_STATUS_STYLES[status].node;
  const position = { left: box.x, top: box.y, width: box.width, height: box.height };
  const ring = `${selected ? SELECTED_RING : ''} ${mark?.emphasis ? EMPHASIS_RING : ''}`;
  // Not data-node-id: that names the canvas's buttons, which tests and scripts click.
  const marks = { 'data-static-node': node.name, 'data-run-status': status, 'data-compare-mark': mark?.kind };
  if (node.kind === 'Start' || node.kind === 'End') {
    return (
      <div
        {...marks}
        style={position}
        className={`absolute flex items-center justify-center rounded-full border-2 text-xs font-semibold ${colours}`}
      >
        {node.name}
      </div>
    );
  }
  if (node.isGroup) {
    return (
      <div
        {...marks}
        style={position}
        className={`absolute rounded-lg border-2 bg-zinc-50/70 dark:bg-zinc-900/70 ${withoutBackground(colours)} ${ring}`}
      >
        <div className="flex items-center gap-2 px-2 pt-1.5 text-xs" style={{ height: GROUP_HEADER_HEIGHT }}>
          <span className="font-semibold">{node.name}</span>
          <span>{node.kind}</span>
          <MarkText mark={mark} />
        </div>
      </div>
    );
  }
  const counts = run ? describeNodeCounts(run) : null;
  return (
    <div
      {...marks}
      style={position}
      className={`absolute flex flex-col justify-center rounded-md border-2 px-2 shadow-sm ${node.kind === 'Fail' ? 'border-dashed' : ''} ${colours} ${ring}`}
    >
      <span className="truncate text-xs leading-tight font-semibold">{node.name}</span>
      <span className="flex min-w-0 items-center gap-1.5 text-[10px] leading-tight">
        <span className="shrink-0">{node.kind}</span>
        <MarkText mark={mark} />
        {counts && <span className="truncate rounded bg-black/5 px-1 dark:bg-white/10">{counts}</span>}
        {run && run.retries > 0 && (
          <span className="shrink-0 rounded bg-amber-200/70 px-1 font-semibold text-amber-950 dark:bg-amber-800/70 dark:text-amber-50">
            {run.retries} {run.retries === 1 ? 'retry' : 'retries'}
          </span>
        )}
        {run?.failStateReached && <span className="shrink-0 rounded bg-red-600 px-1 font-semibold text-white">Fail state reached</span>}
      </span>
    </div>
  );
}

function NodeLayer({ nodes, layout, look }: { nodes: readonly GraphNode[]; layout: GraphLayout; look: NodeLook }) {
  return (
    <foreignObject x={0} y={0} width={layout.width} height={layout.height}>
      <div className="relative" style={{ width: layout.width, height: layout.height }}>
        {nodes.map((node) => {
          const box = layout.absolute[node.id];
          return box ? <StaticNode key={node.id} node={node} box={box} look={look} /> : null;
        })}
      </div>
    </foreignObject>
  );
}

/**
 * The graph as the server laid it out, drawn without React Flow: what the page shows from its first
 * paint until the interactive canvas (execution-graph-canvas.tsx) has loaded and takes its place.
 * The same boxes, colours and edge routes; scaled to the box as the canvas fits it. It is a picture
 * (role="img"): selecting a state waits for the canvas.
 */
export function StaticGraph({
  model,
  colouring,
  layout,
  selectedNodeId,
  marks,
}: {
  model: GraphModel;
  colouring: GraphColouring;
  layout: GraphLayout;
  selectedNodeId: string | null;
  marks?: Readonly<Record<string, NodeMark>>;
}) {
  const look: NodeLook = { colouring, selectedNodeId, marks };
  const padX = Math.max(16, layout.width * PADDING_SHARE);
  const padY = Math.max(16, layout.height * PADDING_SHARE);
  const width = layout.width + 2 * padX;
  const height = layout.height + 2 * padY;
  const failed = model.nodes.filter((node) => colouring.nodes[node.id]?.status === 'failed').map((node) => node.name);
  const label = `Graph of ${model.nodes.filter((node) => node.kind !== 'Start' && node.kind !== 'End').length} states${
    failed.length > 0 ? `; failed: ${failed.join(', ')}` : ''
  } (loading its controls)`;
  const colours = [...new Set(model.edges.map((edge) => edgeStyle(edge, colouring.edges[edge.id]).colour))];
  const idPrefix = useId();
  const markerId = (colour: string) => `${idPrefix}arrow-${colour.slice(1)}`;
  const groups = model.nodes.filter((node) => node.isGroup);
  const states = model.nodes.filter((node) => !node.isGroup);
  return (
    <div className="w-full" style={{ height: graphCanvasHeightPx(layout.height) }} data-testid="execution-graph" data-ready="static">
      <svg
        role="img"
        aria-label={label}
        viewBox={`${-padX} ${-padY} ${width} ${height}`}
        preserveAspectRatio="xMidYMid meet"
        className="mx-auto block h-full w-full"
        style={{ maxWidth: width * MAX_ZOOM, maxHeight: height * MAX_ZOOM }}
      >
        <defs>
          {colours.map((colour) => (
            <marker
              key={colour}
              id={markerId(colour)}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerUnits="userSpaceOnUse"
              markerWidth="11"
              markerHeight="11"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill={colour} />
            </marker>
          ))}
        </defs>
        {/* As on the canvas: Map and Parallel boxes under the edges, states over them. */}
        <NodeLayer nodes={groups} layout={layout} look={look} />
        {model.edges.map((edge) => {
          const route = layout.edges[edge.id];
          if (!route || route.points.length < 2) return null;
          const run = colouring.edges[edge.id];
          const style = edgeStyle(edge, run);
          const text = edgeLabelText(edge, run);
          return (
            <g key={edge.id}>
              <path
                d={roundedPath(route.points)}
                fill="none"
                stroke={style.colour}
                strokeWidth={style.strokeWidth}
                strokeDasharray={style.dashArray}
                markerEnd={`url(#${markerId(style.colour)})`}
              />
              {text && route.label && (
                <text
                  x={route.label.x + route.label.width / 2}
                  y={route.label.y + route.label.height / 2}
                  textAnchor="middle"
                  dominantBaseline="central"
                  fontSize={11}
                  fontWeight={style.taken ? 600 : 400}
                  className={style.caughtPath ? 'fill-amber-800 dark:fill-amber-300' : 'fill-zinc-700 dark:fill-zinc-300'}
                >
                  {text}
                </text>
              )}
            </g>
          );
        })}
        <NodeLayer nodes={states} layout={layout} look={look} />
      </svg>
    </div>
  );
}
