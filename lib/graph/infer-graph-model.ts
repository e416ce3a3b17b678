import type { ExecutionStatus } from '@/lib/history/types';
import type { VisitView } from '@/lib/view-model/types';
import { END_NODE_ID, START_NODE_ID, stateNodeId } from './build-graph-model';
import type { GraphEdge, GraphModel, GraphNode } from './types';

/**
 * A graph drawn from the visits alone, for a history imported without its definition: the states
 * that ran and the transitions that were taken (a Catch edge where a Catch routed the error).
 */
export function inferGraphModel(visits: readonly VisitView[], executionStatus: ExecutionStatus): GraphModel {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const addEdge = (edge: Omit<GraphEdge, 'id'>) => {
    const id = `${edge.kind}:${edge.source}->${edge.target}`;
    if (!edges.has(id)) edges.set(id, { id, ...edge });
  };
  const walk = (list: readonly VisitView[], scope: string | undefined) => {
    const ordered = list.slice().sort((a, b) => a.id - b.id);
    for (const visit of ordered) {
      const id = stateNodeId(scope, visit.name);
      if (!nodes.has(id)) {
        const isGroup = visit.type === 'Map' || visit.type === 'Parallel';
        nodes.set(id, { id, name: visit.name, kind: visit.type, isGroup, ...(scope && { parentId: scope }) });
      }
      for (const group of visit.groups) walk(group.visits, id);
    }
    for (const [k, from] of ordered.entries()) {
      const to = ordered[k + 1];
      if (!to) break;
      const source = stateNodeId(scope, from.name);
      const target = stateNodeId(scope, to.name);
      if (from.caught && from.caught.next === to.name) addEdge({ source, target, kind: 'catch', label: from.caught.error ?? 'Catch' });
      else addEdge({ source, target, kind: 'next' });
    }
    return ordered;
  };
  const roots = walk(visits, undefined);
  const start: GraphNode = { id: START_NODE_ID, name: 'Start', kind: 'Start', isGroup: false };
  const result: GraphNode[] = [start, ...nodes.values()];
  if (roots[0]) addEdge({ source: START_NODE_ID, target: stateNodeId(undefined, roots[0].name), kind: 'start' });
  const last = roots[roots.length - 1];
  if (last && executionStatus === 'SUCCEEDED') {
    result.push({ id: END_NODE_ID, name: 'End', kind: 'End', isGroup: false });
    addEdge({ source: stateNodeId(undefined, last.name), target: END_NODE_ID, kind: 'end' });
  }
  return { nodes: result, edges: [...edges.values()], source: 'history' };
}
