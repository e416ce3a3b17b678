import type { StateVisit, VisitGroup } from '@/lib/history/types';

/** What a Task, Map or Parallel visit's integration or children returned, as the history recorded it. */
export type RecordedResult =
  | { kind: 'result'; text: string }
  | { kind: 'error'; error: string; cause?: string }
  | { kind: 'truncated' }
  | { kind: 'missing'; why: string };

const MOCKABLE = new Set(['Task', 'Map', 'Parallel']);

/** Task, Map and Parallel take a mock; AWS rejects one for any other state type. */
export function isMockable(stateType: string): boolean {
  return MOCKABLE.has(stateType);
}

/** The output of the visit that ended a Map iteration or Parallel branch: the value it contributed. */
function groupOutput(group: VisitGroup): StateVisit['output'] {
  const last = [...group.visits].sort((a, b) => b.enteredEventId - a.enteredEventId)[0];
  return last?.output;
}

function lastRun(groups: readonly VisitGroup[]): VisitGroup[] {
  const run = Math.max(0, ...groups.map((group) => group.run));
  return groups.filter((group) => group.run === run);
}

function resultOfGroups(groups: VisitGroup[], what: string): RecordedResult {
  const values: string[] = [];
  for (const group of groups) {
    const output = groupOutput(group);
    if (!output) return { kind: 'missing', why: `${what} ${group.index} has no recorded output.` };
    if (output.truncated) return { kind: 'truncated' };
    values.push(output.text);
  }
  return { kind: 'result', text: `[${values.join(',')}]` };
}

/**
 * The raw result to mock for a Task (its last attempt's output, before ResultSelector), Map (each
 * iteration's output, by index) or Parallel (each branch's, in definition order, from `branchStarts`);
 * an error visit's error and cause instead, so TestState shows the retry or catch outcome.
 */
export function recordedResultOf(visit: StateVisit, branchStarts: readonly string[] = []): RecordedResult {
  if (visit.status === 'failed' || visit.status === 'caught' || visit.status === 'timed_out') {
    const error = visit.error ?? visit.caughtBy?.error ?? (visit.status === 'timed_out' ? 'States.Timeout' : null);
    if (!error) return { kind: 'missing', why: 'The history records no error name for this visit.' };
    const cause = visit.cause ?? visit.caughtBy?.cause ?? undefined;
    return cause === undefined ? { kind: 'error', error } : { kind: 'error', error, cause };
  }
  if (visit.status !== 'succeeded') return { kind: 'missing', why: 'The visit has not finished.' };
  if (visit.type === 'Task') {
    const output = visit.attempts.at(-1)?.output;
    if (!output) return { kind: 'missing', why: 'The history records no result for this task.' };
    return output.truncated ? { kind: 'truncated' } : { kind: 'result', text: output.text };
  }
  if (visit.type === 'Map') {
    if (visit.mapRuns.length > 0)
      return { kind: 'missing', why: 'A Distributed Map’s items ran as child executions, outside this history.' };
    const iterations = lastRun(visit.children.filter((group) => group.kind === 'MapIteration')).sort((a, b) => a.index - b.index);
    return resultOfGroups(iterations, 'Iteration');
  }
  if (visit.type === 'Parallel') {
    const branches = lastRun(visit.children.filter((group) => group.kind === 'ParallelBranch'));
    const position = (group: VisitGroup) => {
      const first = [...group.visits].sort((a, b) => a.enteredEventId - b.enteredEventId)[0];
      const at = first ? branchStarts.indexOf(first.name) : -1;
      return at < 0 ? Number.MAX_SAFE_INTEGER : at;
    };
    if (branchStarts.length !== branches.length || branches.some((group) => position(group) === Number.MAX_SAFE_INTEGER)) {
      return { kind: 'missing', why: 'The recorded branches do not match the definition’s branches.' };
    }
    return resultOfGroups(
      [...branches].sort((a, b) => position(a) - position(b)),
      'Branch',
    );
  }
  return { kind: 'missing', why: `A ${visit.type} state has no integration result.` };
}
