import type { VisitStatus } from '@/lib/history/types';
import type { GroupOutcomeCount } from './count-group-outcomes';
import type { ExecutionView, GroupView, VisitView } from './types';
import { groupCountOf, groupOutcomesOf, hasGroups } from './visit-groups';

export const GANTT_SEGMENT_KINDS = ['span', 'attempt', 'backoff'] as const;
export type GanttSegmentKind = (typeof GANTT_SEGMENT_KINDS)[number];

export interface GanttSegment {
  kind: GanttSegmentKind;
  status: VisitStatus;
  startMs: number;
  endMs: number;
  /** What the hover title says, e.g. "Attempt 2: States.TaskFailed". */
  label: string;
}

export interface GanttRow {
  /** `visit:<id>` or a group key; also the key to expand or collapse it. */
  key: string;
  /** `withheld`: the iterations or branches a partial view left out, as one row until they load. */
  kind: 'visit' | 'group' | 'withheld';
  depth: number;
  label: string;
  /** The state type, or "Iteration" / "Branch". */
  detail: string;
  status: VisitStatus;
  visitId: number | null;
  startMs: number | null;
  endMs: number | null;
  segments: GanttSegment[];
  childCount: number;
  /**
   * A Map or Parallel visit: its last attempt's iterations or branches, and how many failed or caught
   * an error, so a collapsed row still says where to look.
   */
  childOutcomes: GroupOutcomeCount | null;
  expanded: boolean;
}

export const visitRowKey = (visitId: number): string => `visit:${visitId}`;

function visitSegments(visit: VisitView, nowMs: number): GanttSegment[] {
  if (visit.startMs === null) return [];
  const end = visit.endMs ?? nowMs;
  const span: GanttSegment = {
    kind: 'span',
    status: visit.status,
    startMs: visit.startMs,
    endMs: end,
    label: `${visit.name}: ${visit.status}`,
  };
  if (visit.attempts.length === 0) return [span];
  const segments: GanttSegment[] = [{ ...span, kind: 'span' }];
  let previousEnd: number | null = null;
  for (const attempt of visit.attempts) {
    if (attempt.startMs === null) continue;
    if (previousEnd !== null && attempt.startMs > previousEnd) {
      segments.push({
        kind: 'backoff',
        status: attempt.status,
        startMs: previousEnd,
        endMs: attempt.startMs,
        label: `Back-off before attempt ${attempt.number}`,
      });
    }
    const attemptEnd = attempt.endMs ?? (attempt.status === 'running' ? nowMs : attempt.startMs);
    segments.push({
      kind: 'attempt',
      status: attempt.status,
      startMs: attempt.startMs,
      endMs: attemptEnd,
      label: `Attempt ${attempt.number}: ${attempt.error ?? attempt.status}`,
    });
    previousEnd = attemptEnd;
  }
  return segments;
}

/** "Iteration 3", or "Iteration 3 · attempt 2" under a Map retried as a whole (each run has an iteration 3). */
function groupLabel(group: GroupView, retried: boolean): string {
  const name = group.kind === 'MapIteration' ? `Iteration ${group.index}` : `Branch ${group.index}`;
  return retried || group.run > 1 ? `${name} · attempt ${group.run}` : name;
}

/** The one row standing for the iterations or branches a partial view left out, until the whole view loads. */
function withheldRow(visit: VisitView, count: number, depth: number): GanttRow {
  const noun = visit.type === 'Parallel' ? (count === 1 ? 'branch' : 'branches') : count === 1 ? 'iteration' : 'iterations';
  return {
    key: `${visitRowKey(visit.id)}:withheld`,
    kind: 'withheld',
    depth,
    label: `${count.toLocaleString('en-US')} ${visit.groups.length > 0 ? 'more ' : ''}${noun}`,
    detail: 'not loaded yet',
    status: visit.status,
    visitId: null,
    startMs: null,
    endMs: null,
    segments: [],
    childCount: 0,
    childOutcomes: null,
    expanded: false,
  };
}

/**
 * The Gantt's rows, depth first: each visit, and under an expanded Map or Parallel visit its
 * iterations or branches, each of which expands to its own visits. `expanded` holds row keys.
 * Rows are cheap objects; only the visible ones become DOM (see visibleWindow).
 */
export function buildGanttRows(view: Pick<ExecutionView, 'visits' | 'stopMs'>, expanded: ReadonlySet<string>, nowMs: number): GanttRow[] {
  const end = view.stopMs ?? nowMs;
  const rows: GanttRow[] = [];
  const addVisits = (visits: readonly VisitView[], depth: number) => {
    for (const visit of visits) {
      const key = visitRowKey(visit.id);
      const isOpen = hasGroups(visit) && expanded.has(key);
      // A Task's retries, or a Map's or Parallel's runs when it was retried as a whole.
      const retries = Math.max(0, visit.attempts.length - 1);
      rows.push({
        key,
        kind: 'visit',
        depth,
        label: visit.name,
        detail: retries > 0 ? `${visit.type} · ${retries} ${retries === 1 ? 'retry' : 'retries'}` : visit.type,
        status: visit.status,
        visitId: visit.id,
        startMs: visit.startMs,
        endMs: visit.endMs,
        segments: visitSegments(visit, end),
        childCount: groupCountOf(visit),
        childOutcomes: hasGroups(visit) ? groupOutcomesOf(visit) : null,
        expanded: isOpen,
      });
      if (!isOpen) continue;
      const retried = visit.attempts.length > 1;
      for (const group of visit.groups) {
        const groupOpen = expanded.has(group.key);
        rows.push({
          key: group.key,
          kind: 'group',
          depth: depth + 1,
          label: groupLabel(group, retried),
          detail: group.kind === 'MapIteration' ? 'Iteration' : 'Branch',
          status: group.status,
          visitId: null,
          startMs: group.startMs,
          endMs: group.endMs,
          segments:
            group.startMs === null
              ? []
              : [
                  {
                    kind: 'span',
                    status: group.status,
                    startMs: group.startMs,
                    endMs: group.endMs ?? end,
                    label: `${groupLabel(group, retried)}: ${group.status}`,
                  },
                ],
          childCount: group.visits.length,
          childOutcomes: null,
          expanded: groupOpen,
        });
        if (groupOpen) addVisits(group.visits, depth + 2);
      }
      if (visit.withheldGroups) rows.push(withheldRow(visit, visit.withheldGroups.groups, depth + 1));
    }
  };
  addVisits(view.visits, 0);
  return rows;
}

/**
 * What starts expanded: every Parallel visit and its branches (few, and read together), and the
 * Map visits and iterations on the way to the failing visit.
 */
export function defaultExpandedRows(view: Pick<ExecutionView, 'visits'>, focusKeys: readonly string[] = []): Set<string> {
  const expanded = new Set<string>(focusKeys);
  const walk = (visits: readonly VisitView[]) => {
    for (const visit of visits) {
      if (visit.type === 'Parallel') {
        expanded.add(visitRowKey(visit.id));
        for (const group of visit.groups) expanded.add(group.key);
      }
      for (const group of visit.groups) walk(group.visits);
    }
  };
  walk(view.visits);
  return expanded;
}

/**
 * The rows that start expanded in `next` but did not in `previous`: the rows of visits that appear
 * in a newer view (a running execution's latest, or the iterations a partial view left out) open as
 * they would have on the first load, while rows the reader closed stay closed.
 */
export function newlyDefaultExpandedRows(previous: Pick<ExecutionView, 'visits'>, next: Pick<ExecutionView, 'visits'>): string[] {
  const before = defaultExpandedRows(previous);
  return [...defaultExpandedRows(next)].filter((key) => !before.has(key));
}

export interface BarPosition {
  leftPct: number;
  widthPct: number;
}

/** Where a bar sits on a time axis from `rangeStartMs` to `rangeEndMs`, at least `minWidthPct` wide. */
export function toBarPosition(startMs: number, endMs: number, rangeStartMs: number, rangeEndMs: number, minWidthPct = 0.3): BarPosition {
  const span = Math.max(1, rangeEndMs - rangeStartMs);
  const left = Math.min(100, Math.max(0, ((startMs - rangeStartMs) / span) * 100));
  const width = Math.max(minWidthPct, Math.min(100 - left, ((Math.max(endMs, startMs) - startMs) / span) * 100));
  return { leftPct: left, widthPct: width };
}
