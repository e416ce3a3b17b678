import type { EdgeRun, GraphEdge } from './types';

/** How an edge is drawn: the path taken in green, a Catch that ran amber, the rest grey; Catch edges dashed. */
export interface EdgeStyle {
  colour: string;
  strokeWidth: number;
  dashArray: string | undefined;
  taken: boolean;
  /** A Catch that ran: the path a caught error took. */
  caughtPath: boolean;
}

const EDGE_COLOURS = { taken: '#059669', catch: '#d97706', idle: '#a1a1aa' };

/** The one styling of an edge, shared by the interactive canvas and the graph drawn before it loads. */
export function edgeStyle(edge: GraphEdge, run: EdgeRun | undefined): EdgeStyle {
  const taken = run?.taken ?? false;
  const isCatch = edge.kind === 'catch';
  return {
    colour: !taken ? EDGE_COLOURS.idle : isCatch ? EDGE_COLOURS.catch : EDGE_COLOURS.taken,
    strokeWidth: taken ? 2.5 : 1.25,
    dashArray: isCatch ? '6 4' : undefined,
    taken,
    caughtPath: taken && isCatch,
  };
}

/** The canvas height for a laid-out graph: tall definitions get more (up to most of a laptop screen) so labels stay legible. */
export function graphCanvasHeightPx(graphHeight: number): number {
  return Math.min(760, Math.max(420, Math.round(graphHeight * 0.75) + 40));
}
