import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { GraphModel, GraphNode } from './types';

export interface PositionedNode {
  id: string;
  /** Relative to the parent group, as React Flow expects for nested nodes. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphLayout {
  nodes: Record<string, PositionedNode>;
  width: number;
  height: number;
}

const STATE_HEIGHT = 60;
const MARKER_SIZE = { width: 76, height: 32 };
const SPACING = { 'elk.layered.spacing.nodeNodeBetweenLayers': '64', 'elk.spacing.nodeNode': '36' };
const GROUP_PADDING = '[top=44,left=20,bottom=20,right=20]';

/** A state box wide enough for its name in the page's small font (about 7.5 px a character). */
export function estimateNodeSize(node: GraphNode): { width: number; height: number } {
  if (node.kind === 'Start' || node.kind === 'End') return MARKER_SIZE;
  return { width: Math.min(320, Math.max(150, Math.round(node.name.length * 7.5) + 56)), height: STATE_HEIGHT };
}

let elk: InstanceType<typeof ELK> | undefined;

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
    const elkEdge: ElkExtendedEdge = { id: edge.id, sources: [edge.source], targets: [edge.target] };
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
  elk ??= new ELK();
  const laid = await elk.layout(root);
  const nodes: Record<string, PositionedNode> = {};
  const collect = (list: ElkNode[] | undefined) => {
    for (const node of list ?? []) {
      nodes[node.id] = { id: node.id, x: node.x ?? 0, y: node.y ?? 0, width: node.width ?? 0, height: node.height ?? 0 };
      collect(node.children);
    }
  };
  collect(laid.children);
  return { nodes, width: laid.width ?? 0, height: laid.height ?? 0 };
}
