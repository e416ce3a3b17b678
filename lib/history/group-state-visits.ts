import { EVENT_TYPE_INFO, HISTORY_EVENT_TYPES, type HistoryEventType, type StateType } from './history-event-types';
import { EventIndex, maxEventId } from './event-index';
import type { ExecutionEvent, VisitGroupKind } from './types';

/** A state visit while it is being grouped: its events, in id order, entered event first. */
export interface VisitNode {
  name: string;
  type: StateType;
  entered: ExecutionEvent;
  events: ExecutionEvent[];
  groups: GroupNode[];
  parent: GroupNode | null;
  redriveAttempt: number;
  /** How many times a Map or Parallel state started its children (more than 1 after a retry). */
  runs: number;
  closed: boolean;
}

/** A Map iteration or Parallel branch while it is being grouped. */
export interface GroupNode {
  kind: VisitGroupKind;
  index: number;
  run: number;
  /** Map iterations and Parallel branches from the top level down to this one (1 for the outermost). */
  depth: number;
  owner: VisitNode;
  startEvent: ExecutionEvent;
  endEvent: ExecutionEvent | null;
  visits: VisitNode[];
}

export interface VisitGrouping {
  /** Event id → event (built once here and shared with the rest of reconstruction). */
  eventById: (eventId: number) => ExecutionEvent | undefined;
  roots: VisitNode[];
  /** Every visit, in order of its entered event. */
  all: VisitNode[];
  /** Event id → the visit that owns it. */
  ownerOf: (eventId: number) => VisitNode | undefined;
  /** Event id of a `*StateExited` → the visit entered right after it (the Catch's or Next's target). */
  enteredAfter: Map<number, VisitNode>;
  unplaced: ExecutionEvent[];
  /** Events whose previousEventId names an event that is not in the history. */
  missingLinks: number;
  /** States entered deeper than MAX_VISIT_NESTING, placed at that depth instead (see scopeForEntered). */
  flattened: number;
}

/**
 * Map iterations and Parallel branches nested deeper than this are not opened: their states join
 * the group at this depth. Everything that reads the visit tree walks it recursively, and a
 * hostile history can nest a Map state thousands deep; no state machine a person wrote comes near.
 */
export const MAX_VISIT_NESTING = 100;

/**
 * What grouping needs to know about each event type, looked up once per event instead of re-deriving
 * it from the type name (string tests and set lookups add up over 25,000 events).
 */
interface GroupingRole {
  /** The state type whose visits own events of this type (null: execution-level events). */
  owner: StateType | null;
  entersState: boolean;
  /** The details field naming the state the event belongs to, when it names one. */
  nameField: 'name' | 'state' | null;
  /** Ends its visit: an Exited event, or an abort (nothing of that visit follows it). */
  closesVisit: boolean;
  /** MapIterationSucceeded / Failed / Aborted. */
  endsIteration: boolean;
}

const CLOSING_ABORTS: readonly string[] = ['TaskStateAborted', 'WaitStateAborted', 'MapStateAborted', 'ParallelStateAborted'];
const ITERATION_ENDS: readonly string[] = ['MapIterationSucceeded', 'MapIterationFailed', 'MapIterationAborted'];

function roleOf(type: HistoryEventType): GroupingRole {
  const info = EVENT_TYPE_INFO[type];
  return {
    owner: info.owner,
    entersState: info.phase === 'entered' && info.owner !== null,
    nameField: type === 'EvaluationFailed' ? 'state' : info.phase === 'exited' || type.startsWith('MapIteration') ? 'name' : null,
    closesVisit: info.phase === 'exited' || CLOSING_ABORTS.includes(type),
    endsIteration: ITERATION_ENDS.includes(type),
  };
}

const GROUPING_ROLE = Object.fromEntries(HISTORY_EVENT_TYPES.map((type) => [type, roleOf(type)])) as Record<HistoryEventType, GroupingRole>;

/**
 * Groups events (in id order, deduplicated) into a tree of state visits. Membership follows the
 * previousEventId chain (docs/aws-behaviour.md#execution-history-events), never list position: an
 * event belongs to the nearest open visit up its chain whose state type owns that event type (and
 * whose name matches, when the event names its state), climbing out of Map iterations and Parallel
 * branches. Interleaved branches and iterations therefore land in the right place whatever order they
 * were written in.
 */
export function groupStateVisits(events: readonly ExecutionEvent[]): VisitGrouping {
  const maxId = maxEventId(events);
  const byId = new EventIndex<ExecutionEvent>(maxId, events.length);
  for (const e of events) byId.set(e.id, e);
  const owners = new EventIndex<VisitNode>(maxId, events.length);
  // Event id → the Map iteration or Parallel branch the event happened in (absent: top level).
  const scopes = new EventIndex<GroupNode>(maxId, events.length);
  const iterations = new EventIndex<GroupNode>(maxId, events.length);
  const enteredAfter = new Map<number, VisitNode>();
  const roots: VisitNode[] = [];
  const all: VisitNode[] = [];
  const unplaced: ExecutionEvent[] = [];
  let redrives = 0;
  let missingLinks = 0;
  const nesting = { flattened: 0 };

  for (const e of events) {
    const prev = e.previousEventId > 0 ? byId.get(e.previousEventId) : undefined;
    if (e.previousEventId > 0 && !prev) missingLinks++;

    if (e.type === 'Unknown') {
      // Shown generically: it stays with whatever visit its chain leads to.
      const v = prev ? owners.get(prev.id) : undefined;
      if (v) {
        v.events.push(e);
        owners.set(e.id, v);
      }
      scopes.set(e.id, prev ? scopes.get(prev.id) : undefined);
      continue;
    }
    const role = GROUPING_ROLE[e.type];

    if (role.entersState && role.owner) {
      const scope = scopeForEntered(prev, owners, scopes, iterations, nesting);
      const visit: VisitNode = {
        name: e.details.name ?? '',
        type: role.owner,
        entered: e,
        events: [e],
        groups: [],
        parent: scope,
        redriveAttempt: redrives,
        runs: 0,
        // A Fail state has no Exited event (docs/aws-behaviour.md#execution-history-events).
        closed: role.owner === 'Fail',
      };
      (scope ? scope.visits : roots).push(visit);
      all.push(visit);
      owners.set(e.id, visit);
      if (scope) scopes.set(e.id, scope);
      if (prev && prev.phase === 'exited' && !enteredAfter.has(prev.id)) enteredAfter.set(prev.id, visit);
      continue;
    }

    if (e.category === 'execution') {
      if (e.type === 'ExecutionRedriven') redrives++;
      continue;
    }

    const owner = findOwner(e, role, prev ? owners.get(prev.id) : undefined, all);
    if (!owner) {
      unplaced.push(e);
      scopes.set(e.id, prev ? scopes.get(prev.id) : undefined);
      continue;
    }
    owner.events.push(e);
    owners.set(e.id, owner);
    if (owner.parent) scopes.set(e.id, owner.parent);

    if (e.type === 'MapStateStarted' || e.type === 'ParallelStateStarted') {
      owner.runs++;
    } else if (e.type === 'MapIterationStarted') {
      const run = Math.max(owner.runs, 1);
      const index = e.details.index ?? countGroups(owner, run);
      const iteration: GroupNode = {
        kind: 'MapIteration',
        index,
        run,
        depth: depthBelow(owner),
        owner,
        startEvent: e,
        endEvent: null,
        visits: [],
      };
      owner.groups.push(iteration);
      iterations.set(e.id, iteration);
    } else if (role.endsIteration) {
      const start = prev ? (iterations.get(prev.id) ?? scopes.get(prev.id)) : undefined;
      const iteration = findIteration(owner, e.details.index, start);
      if (iteration && !iteration.endEvent) iteration.endEvent = e;
    }
    if (role.closesVisit) owner.closed = true;
  }

  return {
    eventById: (id) => byId.get(id),
    roots,
    all,
    ownerOf: (id) => owners.get(id),
    enteredAfter,
    unplaced,
    missingLinks,
    flattened: nesting.flattened,
  };
}

/** The depth of a group that `owner` opens. */
function depthBelow(owner: VisitNode): number {
  return (owner.parent?.depth ?? 0) + 1;
}

/**
 * How many groups `run` (the owner's latest) has so far. Runs only grow, so its groups are the last
 * ones added: a binary search, where counting them all made 25,000 iterations quadratic.
 */
function countGroups(owner: VisitNode, run: number): number {
  const groups = owner.groups;
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const group = groups[mid];
    if (!group) break;
    if (group.run < run) lo = mid + 1;
    else hi = mid;
  }
  return groups.length - lo;
}

/** The group a state entered after `prev` runs in, never deeper than MAX_VISIT_NESTING. */
function scopeForEntered(
  prev: ExecutionEvent | undefined,
  owners: EventIndex<VisitNode>,
  scopes: EventIndex<GroupNode>,
  iterations: EventIndex<GroupNode>,
  nesting: { flattened: number },
): GroupNode | null {
  const scope = openedScope(prev, owners, scopes, iterations);
  // Visits live at most MAX_VISIT_NESTING deep, so a group is at most one level deeper than that.
  if (scope && scope.depth > MAX_VISIT_NESTING) {
    nesting.flattened++;
    return scope.owner.parent;
  }
  return scope;
}

function openedScope(
  prev: ExecutionEvent | undefined,
  owners: EventIndex<VisitNode>,
  scopes: EventIndex<GroupNode>,
  iterations: EventIndex<GroupNode>,
): GroupNode | null {
  if (!prev) return null;
  if (prev.type === 'MapIterationStarted') return iterations.get(prev.id) ?? scopes.get(prev.id) ?? null;
  if (prev.type === 'ParallelStateStarted') {
    const owner = owners.get(prev.id);
    if (owner) {
      // Each state entered straight from ParallelStateStarted opens one branch.
      const run = Math.max(owner.runs, 1);
      const branch: GroupNode = {
        kind: 'ParallelBranch',
        index: countGroups(owner, run),
        run,
        depth: depthBelow(owner),
        owner,
        startEvent: prev,
        endEvent: null,
        visits: [],
      };
      owner.groups.push(branch);
      return branch;
    }
  }
  return scopes.get(prev.id) ?? null;
}

function isOwnerOf(v: VisitNode, wanted: StateType | null, name: string | undefined): boolean {
  return !v.closed && (wanted === null || v.type === wanted) && (name === undefined || v.name === name);
}

/** How far back (visits, or a Map's iterations) the search for an owner goes when the chain is broken. */
const FALLBACK_WINDOW = 1_000;

/** The nearest open visit up the chain (climbing out of iterations and branches) that owns the event. */
function findOwner(e: ExecutionEvent, role: GroupingRole, start: VisitNode | undefined, all: VisitNode[]): VisitNode | undefined {
  const wanted = role.owner;
  const name = role.nameField === null ? undefined : e.details[role.nameField];
  for (let v = start; v; v = v.parent?.owner) if (isOwnerOf(v, wanted, name)) return v;
  // Not up the chain: an EvaluationFailed can point at the previous state's exit (seen on AWS; the
  // owner was at most 6 visits back in the recorded corpus). The window keeps thousands of
  // chainless events from each scanning every visit.
  const end = Math.max(0, all.length - FALLBACK_WINDOW);
  for (let i = all.length - 1; i >= end; i--) {
    const visit = all[i];
    if (visit && isOwnerOf(visit, wanted, name)) return visit;
  }
  return undefined;
}

function findIteration(owner: VisitNode, index: number | undefined, start: GroupNode | undefined): GroupNode | undefined {
  for (let s = start; s; s = s.owner.parent ?? undefined) {
    if (s.owner === owner && s.kind === 'MapIteration' && (index === undefined || s.index === index)) return s;
  }
  // As in findOwner: a broken chain looks back over a window, not over every iteration.
  const end = Math.max(0, owner.groups.length - FALLBACK_WINDOW);
  for (let i = owner.groups.length - 1; i >= end; i--) {
    const g = owner.groups[i];
    if (g && g.kind === 'MapIteration' && !g.endEvent && (index === undefined || g.index === index)) return g;
  }
  return undefined;
}
