import type { Box, Point } from './layout-graph';
import { boxesOverlap, segmentCrossesBox } from './segment-crosses-box';

export interface RoutingNode {
  id: string;
  box: Box;
  /** The Map or Parallel box it sits in. */
  parentId?: string;
  isGroup: boolean;
}

export interface RoutingEdge {
  id: string;
  source: string;
  target: string;
  points: Point[];
  label?: Box;
}

export interface RoutingOverlap {
  kind: 'edge-through-node' | 'label-over-node';
  edgeId: string;
  nodeId: string;
}

/**
 * Where a drawn graph is hard to read: an edge that passes through a node other than its own ends
 * (or the Map and Parallel boxes around them), and a label that covers a node or a group's name.
 * Works on boxes and points alone, so it checks ELK's layout and the rendered page alike.
 */
export function findRoutingOverlaps(
  nodes: readonly RoutingNode[],
  edges: readonly RoutingEdge[],
  groupHeaderHeight: number,
): RoutingOverlap[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const withAncestors = (id: string): Set<string> => {
    const ids = new Set<string>();
    for (let node = byId.get(id); node && !ids.has(node.id); node = node.parentId ? byId.get(node.parentId) : undefined) ids.add(node.id);
    return ids;
  };
  const overlaps: RoutingOverlap[] = [];
  for (const edge of edges) {
    const ends = new Set([...withAncestors(edge.source), ...withAncestors(edge.target)]);
    for (const node of nodes) {
      if (ends.has(node.id)) continue;
      const crosses = edge.points.some((point, k) => {
        const next = edge.points[k + 1];
        return next !== undefined && segmentCrossesBox(point, next, node.box);
      });
      if (crosses) overlaps.push({ kind: 'edge-through-node', edgeId: edge.id, nodeId: node.id });
    }
    const label = edge.label;
    if (!label) continue;
    const scopes = new Set([...withAncestors(edge.source)].filter((id) => id !== edge.source && id !== edge.target));
    for (const node of nodes) {
      // A label inside a Map or Parallel sits in its box: only the name band must stay clear.
      const covered = scopes.has(node.id) ? { ...node.box, height: groupHeaderHeight } : node.box;
      if (boxesOverlap(label, covered)) overlaps.push({ kind: 'label-over-node', edgeId: edge.id, nodeId: node.id });
    }
  }
  return overlaps;
}
