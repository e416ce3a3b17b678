import type { ExecutionTimeline, StateVisit } from '../history/types';
import { TRANSITION_SOURCES, type StateTransitions, type TransitionSource } from './types';

/** The pseudo-state that holds `ExecutionRedriven` transitions. */
export const REDRIVE_ROW = '(redrive)';

function emptySources(): Record<TransitionSource, number> {
  return Object.fromEntries(TRANSITION_SOURCES.map((source) => [source, 0])) as Record<TransitionSource, number>;
}

function rowFor(rows: Map<string, StateTransitions>, visit: Pick<StateVisit, 'name' | 'type'>): StateTransitions {
  let row = rows.get(visit.name);
  if (!row) {
    row = { state: visit.name, type: visit.type, visits: 0, transitions: 0, bySource: emptySources() };
    rows.set(visit.name, row);
  }
  return row;
}

type Scope = 'top' | 'map-iteration' | 'parallel-branch';

/**
 * Splits an execution's billable transitions (counted by lib/history,
 * docs/aws-behaviour.md#pricing-for-standard-workflows) by state and by why they happened. A state
 * entered again in the same scope (the top level, one Map iteration, one Parallel branch) is a loop,
 * such as a polling Wait → Choice cycle. Rows sum to `timeline.transitions.total`; visits are walked
 * in enteredEventId order.
 */
export function breakDownTransitions(timeline: Pick<ExecutionTimeline, 'visits' | 'transitions'>): StateTransitions[] {
  const rows = new Map<string, StateTransitions>();
  const walk = (visits: readonly StateVisit[], scope: Scope) => {
    const seen = new Set<string>();
    for (const visit of [...visits].sort((a, b) => a.enteredEventId - b.enteredEventId)) {
      const row = rowFor(rows, visit);
      row.visits += 1;
      row.transitions += visit.billableTransitions;
      // The entry itself is one transition; the rest of a visit's count is Task retries.
      const entry: TransitionSource =
        visit.redriveAttempt > 0 ? 'redrive' : scope !== 'top' ? scope : seen.has(visit.name) ? 'loop' : 'first-pass';
      const entries = Math.min(1, visit.billableTransitions);
      row.bySource[entry] += entries;
      row.bySource.retry += visit.billableTransitions - entries;
      seen.add(visit.name);
      for (const group of visit.children) {
        walk(group.visits, scope === 'map-iteration' || group.kind === 'MapIteration' ? 'map-iteration' : 'parallel-branch');
      }
    }
  };
  walk(timeline.visits, 'top');
  if (timeline.transitions.redrives > 0) {
    const row = rowFor(rows, { name: REDRIVE_ROW, type: 'Pass' });
    row.type = null;
    row.transitions += timeline.transitions.redrives;
    row.bySource.redrive += timeline.transitions.redrives;
  }
  return [...rows.values()];
}

/** Sums per-state rows over many executions, most transitions first. */
export function mergeStateTransitions(lists: Iterable<readonly StateTransitions[]>): StateTransitions[] {
  const rows = new Map<string, StateTransitions>();
  for (const list of lists) {
    for (const item of list) {
      const row = rowFor(rows, { name: item.state, type: item.type ?? 'Pass' });
      row.type = item.type;
      row.visits += item.visits;
      row.transitions += item.transitions;
      for (const source of TRANSITION_SOURCES) row.bySource[source] += item.bySource[source];
    }
  }
  return [...rows.values()].sort((a, b) => b.transitions - a.transitions || a.state.localeCompare(b.state));
}
