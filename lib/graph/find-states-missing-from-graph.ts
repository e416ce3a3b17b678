import type { VisitIndex } from '@/lib/view-model/index-visits';
import { nodeIdForVisit } from './node-id-for-visit';
import type { GraphModel } from './types';

/**
 * The states a history ran that a definition's graph does not have, as graph node ids (`Map/Inner`
 * for nested ones), in the order they first ran. Non-empty means the definition is not the one this
 * execution ran: drawing the history over it would leave its states, the failing one perhaps, unseen.
 */
export function findStatesMissingFromGraph(graph: GraphModel, index: VisitIndex): string[] {
  const drawn = new Set(graph.nodes.map((node) => node.id));
  const missing = new Set<string>();
  for (const visit of index.ordered) {
    const nodeId = nodeIdForVisit(index, visit.id);
    if (nodeId !== null && !drawn.has(nodeId)) missing.add(nodeId);
  }
  return [...missing];
}
