import type ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import { longestEdgeLabelText } from './edge-label-text';
import type { GraphModel, GraphNode } from './types';

export interface PositionedNode {
  id: string;
  /** Relative to the parent group, as React Flow expects for nested nodes. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point {
  width: number;
  height: number;
}

/** An edge as ELK routed it: orthogonal segments and its label's box, in graph (not parent) coordinates. */
export interface RoutedEdge {
  id: string;
  points: Point[];
  label?: Box;
}

export interface GraphLayout {
  nodes: Record<string, PositionedNode>;
  /** Node boxes in graph coordinates (`nodes` holds them relative to their group). */
  absolute: Record<string, Box>;
  edges: Record<string, RoutedEdge>;
  width: number;
  height: number;
}

const STATE_HEIGHT = 60;
const MARKER_SIZE = { width: 76, height: 32 };
const SPACING = { 'elk.layered.spacing.nodeNodeBetweenLayers': '64', 'elk.spacing.nodeNode': '36' };
const GROUP_PADDING = '[top=44,left=20,bottom=20,right=20]';
/** The band at the top of a Map or Parallel box that holds its name. */
export const GROUP_HEADER_HEIGHT = 30;
/** Edge labels are 11 px text; a generous width a character keeps the reserved box wider than the text. */
const LABEL_CHAR_WIDTH = 6.8;
const LABEL_HEIGHT = 18;

export function estimateLabelSize(text: string): { width: number; height: number } {
  return { width: Math.ceil(text.length * LABEL_CHAR_WIDTH) + 10, height: LABEL_HEIGHT };
}

/** A state box wide enough for its name in the page's small font (about 7.5 px a character). */
export function estimateNodeSize(node: GraphNode): { width: number; height: number } {
  if (node.kind === 'Start' || node.kind === 'End') return MARKER_SIZE;
  return { width: Math.min(320, Math.max(170, Math.round(node.name.length * 7.5) + 56)), height: STATE_HEIGHT };
}

type ElkEngine = InstanceType<typeof ELK>;
let elk: Promise<ElkEngine> | undefined;

/**
 * ELK, loaded the first time a graph is laid out: it is 1.7 MB of JavaScript (500 KB gzipped), so a
 * static import would put it in the first load of every page that can draw a graph. Calling this
 * early (when a graph is about to mount) fetches it alongside the graph's own code.
 */
export function loadElk(): Promise<ElkEngine> {
  elk ??= import('elkjs/lib/elk.bundled.js').then(
    ({ default: Elk }) => new Elk(),
    (error: unknown) => {
      // A failed chunk load (a dropped connection) is not remembered: the next graph tries again.
      elk = undefined;
      throw error;
    },
  );
  return elk;
}

/** The root or a Map/Parallel box: a node that holds nodes and the edges between them. */
type ElkContainer = ElkNode & { children: ElkNode[]; edges: ElkExtendedEdge[] };

/**
 * Lays the graph out top to bottom with ELK's layered algorithm; Map and Parallel states become
 * boxes sized around their inner states. Each edge is given to the scope both its ends live in.
 */
export async function layoutGraph(model: GraphModel): Promise<GraphLayout> {
  const elkNodes = new Map<string, ElkNode>();
  const containers = new Map<string, ElkContainer>();
  const root: ElkContainer = {
    id: '__root__',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      // ELK routes every edge around the nodes and places labels beside, never on, them.
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.spacing.edgeLabel': '4',
      // Edge routes and labels in graph coordinates, whichever group an edge belongs to.
      'elk.json.edgeCoords': 'ROOT',
      ...SPACING,
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
    },
    children: [],
    edges: [],
  };
  for (const node of model.nodes) {
    let elkNode: ElkNode;
    if (node.isGroup) {
      const group: ElkContainer = { id: node.id, children: [], edges: [], layoutOptions: { ...SPACING, 'elk.padding': GROUP_PADDING } };
      containers.set(node.id, group);
      elkNode = group;
    } else {
      elkNode = { id: node.id, ...estimateNodeSize(node) };
    }
    elkNodes.set(node.id, elkNode);
    // A parent not seen (yet), or one that is not a group, leaves the node at the top level.
    const parent = node.parentId ? containers.get(node.parentId) : root;
    (parent ?? root).children.push(elkNode);
  }
  const parentOf = new Map(model.nodes.map((node) => [node.id, node.parentId]));
  for (const edge of model.edges) {
    if (!elkNodes.has(edge.source) || !elkNodes.has(edge.target)) continue;
    const scope = parentOf.get(edge.source);
    const container = scope !== undefined && scope === parentOf.get(edge.target) ? containers.get(scope) : root;
    const labelText = longestEdgeLabelText(edge);
    const elkEdge: ElkExtendedEdge = {
      id: edge.id,
      sources: [edge.source],
      targets: [edge.target],
      ...(labelText && { labels: [{ id: `${edge.id}:label`, text: labelText, ...estimateLabelSize(labelText) }] }),
    };
    (container ?? root).edges.push(elkEdge);
  }
  // Empty groups (a Map whose inner states were never seen) still need a size.
  for (const node of elkNodes.values()) {
    if (node.children && node.children.length === 0) {
      node.width = 180;
      node.height = 72;
      delete node.children;
    }
  }
  const laid = await (await loadElk()).layout(root);
  const nodes: Record<string, PositionedNode> = {};
  const absolute: Record<string, Box> = {};
  const edges: Record<string, RoutedEdge> = {};
  const collect = (container: ElkNode, offset: Point) => {
    for (const node of container.children ?? []) {
      const box = { x: node.x ?? 0, y: node.y ?? 0, width: node.width ?? 0, height: node.height ?? 0 };
      nodes[node.id] = { id: node.id, ...box };
      const placed = { ...box, x: offset.x + box.x, y: offset.y + box.y };
      absolute[node.id] = placed;
      collect(node, placed);
    }
    for (const edge of container.edges ?? []) edges[edge.id] = routedEdge(edge);
  };
  collect(laid, { x: 0, y: 0 });
  return { nodes, absolute, edges, width: laid.width ?? 0, height: laid.height ?? 0 };
}

/** ELK's sections of an edge joined into one polyline, and its label's box. */
function routedEdge(edge: ElkExtendedEdge): RoutedEdge {
  const points: Point[] = [];
  for (const section of edge.sections ?? []) {
    for (const point of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) {
      const last = points[points.length - 1];
      if (!last || last.x !== point.x || last.y !== point.y) points.push({ x: point.x, y: point.y });
    }
  }
  const label = edge.labels?.[0];
  return {
    id: edge.id,
    points,
    ...(label && { label: { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 } }),
  };
}
