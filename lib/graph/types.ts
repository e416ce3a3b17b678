import type { StateType } from '@/lib/history/history-event-types';

export const GRAPH_EDGE_KINDS = ['start', 'next', 'choice', 'default', 'catch', 'end'] as const;
export type GraphEdgeKind = (typeof GRAPH_EDGE_KINDS)[number];

export type GraphNodeKind = StateType | 'Start' | 'End';

/**
 * A state of the definition (or the Start and End markers). Ids are scope paths (`Map/Inner`), so a
 * state nested in a Map or Parallel never collides with another of the same name.
 */
export interface GraphNode {
  id: string;
  name: string;
  kind: GraphNodeKind;
  /** The Map or Parallel node this state runs inside. */
  parentId?: string;
  /** Map and Parallel: drawn as a box around their states. */
  isGroup: boolean;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: GraphEdgeKind;
  /** Catch: the errors it handles; Default: "Default". */
  label?: string;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Where the model came from: the definition, or (an imported history) the visits alone. */
  source: 'definition' | 'history';
}

export const NODE_RUN_STATUSES = ['not-visited', 'succeeded', 'caught', 'running', 'aborted', 'failed', 'timed_out'] as const;
export type NodeRunStatus = (typeof NODE_RUN_STATUSES)[number];

/** How many of a node's visits ended each way. */
export type NodeOutcomeCounts = Partial<Record<Exclude<NodeRunStatus, 'not-visited'>, number>>;

/** What happened at a node in the one Map iteration or Parallel branch being looked at. */
export interface NodeFocus {
  status: NodeRunStatus;
  /** Its visit in that iteration, if it ran there. */
  visitId: number | null;
}

/**
 * What happened at one node during the execution, over every Map iteration and Parallel branch:
 * its worst status (failed > timed out > running > caught > aborted > succeeded > not visited), so
 * a state that ran anywhere is drawn visited.
 */
export interface NodeRun {
  status: NodeRunStatus;
  visits: number;
  outcomes: NodeOutcomeCounts;
  /** Inside the Map or Parallel whose iteration or branch is selected: what happened in that one; else null. */
  focus: NodeFocus | null;
  /** Task retries across all its visits (attempts after the first). */
  retries: number;
  /** A Fail state the execution entered. */
  failStateReached: boolean;
  /**
   * The visit to select when the node is clicked: its visit in the selected iteration, else the
   * worst one (the failed one if any, else the last).
   */
  visitId: number | null;
  error: string | null;
}

export interface EdgeRun {
  taken: boolean;
  count: number;
  /** For a Catch edge that was taken: the error it caught. */
  caughtError: string | null;
}

export interface GraphColouring {
  nodes: Record<string, NodeRun>;
  edges: Record<string, EdgeRun>;
}
