import type { ExecutionStatus, VisitStatus } from '@/lib/history/types';
import type { VisitView } from '@/lib/view-model/types';
import { END_NODE_ID, START_NODE_ID, stateNodeId } from './build-graph-model';
import type { EdgeRun, GraphColouring, GraphEdge, GraphModel, NodeRun, NodeRunStatus } from './types';

/** When a state ran several times (in one scope or across iterations), the worst outcome colours it. */
export const STATUS_RANK: Record<NodeRunStatus, number> = {
  'not-visited': 0,
  succeeded: 1,
  aborted: 2,
  caught: 3,
  running: 4,
  timed_out: 5,
  failed: 6,
};
const FROM_VISIT: Record<VisitStatus, Exclude<NodeRunStatus, 'not-visited'>> = {
  succeeded: 'succeeded',
  failed: 'failed',
  caught: 'caught',
  running: 'running',
  aborted: 'aborted',
  timed_out: 'timed_out',
};
/** Which edge a transition between two states most likely took, when several join them. */
const EDGE_PREFERENCE: GraphEdge['kind'][] = ['next', 'choice', 'default'];

export interface ColourOptions {
  executionStatus: ExecutionStatus;
  /** A Map iteration or Parallel branch (group key) being looked at: its states also get `focus`. */
  focusGroupKey?: string | null;
}

/** A state no visit reached. */
export const emptyNodeRun = (): NodeRun => ({
  status: 'not-visited',
  visits: 0,
  outcomes: {},
  focus: null,
  retries: 0,
  failStateReached: false,
  visitId: null,
  error: null,
});
const emptyEdgeRun = (): EdgeRun => ({ taken: false, count: 0, caughtError: null });

/**
 * Colours a graph from the visits of an execution: each node's worst status over every visit (all
 * Map iterations and Parallel branches), its counts by outcome and retries, the Fail states reached;
 * each edge taken (consecutive visits in one scope), and for a Catch edge the error it caught. The
 * states of the focused iteration or branch also say what happened in that one. Linear in the visits
 * (apart from sorting each scope's visits).
 */
export function colourGraph(model: GraphModel, visits: readonly VisitView[], options: ColourOptions): GraphColouring {
  const nodes: Record<string, NodeRun> = {};
  const edges: Record<string, EdgeRun> = {};
  for (const node of model.nodes) nodes[node.id] = emptyNodeRun();
  for (const edge of model.edges) edges[edge.id] = emptyEdgeRun();
  const outgoing = new Map<string, GraphEdge[]>();
  for (const edge of model.edges) outgoing.set(edge.source, [...(outgoing.get(edge.source) ?? []), edge]);
  const focusKey = options.focusGroupKey ?? null;
  let focusOwnerId: string | null = null;

  const take = (source: string, target: string, caughtError: string | null) => {
    const candidates = (outgoing.get(source) ?? []).filter((edge) => edge.target === target);
    const edge =
      caughtError !== null
        ? (candidates.find((e) => e.kind === 'catch') ?? candidates[0])
        : (EDGE_PREFERENCE.map((kind) => candidates.find((e) => e.kind === kind)).find(Boolean) ?? candidates[0]);
    if (!edge) return;
    const run = edges[edge.id];
    if (!run) throw new Error(`colourGraph: edge ${edge.id} is not in the graph`);
    run.taken = true;
    run.count++;
    if (edge.kind === 'catch' && caughtError !== null) run.caughtError = caughtError;
  };

  const colourScope = (list: readonly VisitView[], scope: string | undefined, inFocus: boolean) => {
    const ordered = list.slice().sort((a, b) => a.id - b.id);
    for (const visit of ordered) {
      const id = stateNodeId(scope, visit.name);
      const run = nodes[id];
      if (!run) continue;
      const status = FROM_VISIT[visit.status];
      run.visits++;
      run.outcomes[status] = (run.outcomes[status] ?? 0) + 1;
      run.retries += Math.max(0, visit.attempts.length - 1);
      if (STATUS_RANK[status] >= STATUS_RANK[run.status]) {
        run.status = status;
        run.visitId = visit.id;
        run.error = visit.error;
      }
      if (inFocus && STATUS_RANK[status] >= STATUS_RANK[run.focus?.status ?? 'not-visited']) run.focus = { status, visitId: visit.id };
      if (visit.type === 'Fail') run.failStateReached = true;
      for (const group of visit.groups) {
        if (group.key === focusKey) focusOwnerId = id;
        colourScope(group.visits, id, inFocus || group.key === focusKey);
      }
    }
    for (const [k, from] of ordered.entries()) {
      const to = ordered[k + 1];
      if (!to) break;
      const caught = from.caught && from.caught.next === to.name ? (from.caught.error ?? 'error') : null;
      take(stateNodeId(scope, from.name), stateNodeId(scope, to.name), caught);
    }
    return ordered;
  };

  const roots = colourScope(visits, undefined, false);
  if (focusOwnerId !== null) markFocusScope(model, nodes, focusOwnerId);
  const first = roots[0];
  const last = roots[roots.length - 1];
  if (first) take(START_NODE_ID, stateNodeId(undefined, first.name), null);
  if (last && options.executionStatus === 'SUCCEEDED') take(stateNodeId(undefined, last.name), END_NODE_ID, null);
  if (nodes[START_NODE_ID] && first)
    nodes[START_NODE_ID] = { ...emptyNodeRun(), status: 'succeeded', visits: 1, outcomes: { succeeded: 1 } };
  if (nodes[END_NODE_ID] && options.executionStatus === 'SUCCEEDED')
    nodes[END_NODE_ID] = { ...emptyNodeRun(), status: 'succeeded', visits: 1, outcomes: { succeeded: 1 } };
  return { nodes, edges };
}

/**
 * `whole` (an unfocused colouring of every visit) with the focus of `focused` (a colouring of fewer
 * visits, the focused iteration's or branch's among them): for a partial view, whose counts and
 * statuses would miss the visits it left out (lib/view-model/withhold-group-visits.ts).
 */
export function withFocusOf(whole: GraphColouring, focused: GraphColouring): GraphColouring {
  const nodes: Record<string, NodeRun> = {};
  for (const [id, run] of Object.entries(whole.nodes)) {
    const focus = focused.nodes[id]?.focus ?? null;
    nodes[id] = focus ? { ...run, focus, visitId: focus.visitId ?? run.visitId } : run;
  }
  return { nodes, edges: whole.edges };
}

/**
 * Every state inside the focused Map or Parallel gets a focus (not visited, when that iteration
 * never reached it), and is opened on its visit there when it has one.
 */
function markFocusScope(model: GraphModel, nodes: Record<string, NodeRun>, ownerId: string) {
  const parentOf = new Map(model.nodes.map((node) => [node.id, node.parentId]));
  const isInside = (id: string) => {
    for (let parent = parentOf.get(id); parent !== undefined; parent = parentOf.get(parent)) if (parent === ownerId) return true;
    return false;
  };
  for (const node of model.nodes) {
    const run = nodes[node.id];
    if (!run || !isInside(node.id)) continue;
    run.focus ??= { status: 'not-visited', visitId: null };
    if (run.focus.visitId !== null) run.visitId = run.focus.visitId;
  }
}
