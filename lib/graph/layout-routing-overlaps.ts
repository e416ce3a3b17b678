import { findRoutingOverlaps, type RoutingOverlap } from './find-routing-overlaps';
import { GROUP_HEADER_HEIGHT, type GraphLayout } from './layout-graph';
import type { GraphModel } from './types';

/** The edges and labels of a laid-out graph that cross or cover nodes (none, when ELK did its job). */
export function layoutRoutingOverlaps(model: GraphModel, layout: GraphLayout): RoutingOverlap[] {
  const nodes = model.nodes.flatMap((node) => {
    const box = layout.absolute[node.id];
    return box ? [{ id: node.id, box, isGroup: node.isGroup, ...(node.parentId && { parentId: node.parentId }) }] : [];
  });
  const edges = model.edges.flatMap((edge) => {
    const routed = layout.edges[edge.id];
    return routed ? [{ ...routed, source: edge.source, target: edge.target }] : [];
  });
  return findRoutingOverlaps(nodes, edges, GROUP_HEADER_HEIGHT);
}
