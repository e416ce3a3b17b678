import type { Attempt, StateVisit } from '@/lib/history/types';
import { countGroupOutcomes } from './count-group-outcomes';
import type { AttemptView } from './types';

const ms = (date: Date | null): number | null => (date ? date.getTime() : null);

/** The statuses a Catch can handle: the last attempt of a caught visit failed or timed out. */
const CATCHABLE: ReadonlySet<Attempt['status']> = new Set(['failed', 'timed_out']);

/**
 * A visit's attempts as the page shows them: a Task's tries, or the runs of a Map or Parallel state
 * retried as a whole, each with the outcome of its own iterations or branches. The last attempt of a
 * visit whose error was caught reads `caught`, so the timeline colours it as the graph does (amber);
 * earlier attempts failed and were retried, and stay failed.
 */
export function toAttemptViews(visit: StateVisit): AttemptView[] {
  if (visit.type !== 'Task' && visit.type !== 'Map' && visit.type !== 'Parallel') return [];
  const last = visit.attempts.length - 1;
  return visit.attempts.map((attempt, position) => {
    const caught = visit.status === 'caught' && position === last && CATCHABLE.has(attempt.status);
    const view: AttemptView = {
      number: attempt.number,
      status: caught ? 'caught' : attempt.status,
      startMs: ms(attempt.scheduledAt ?? attempt.startedAt),
      endMs: ms(attempt.endedAt),
      durationMs: attempt.durationMs,
      backoffMs: attempt.backoffMs,
    };
    if (attempt.error !== undefined) view.error = attempt.error;
    if (attempt.cause !== undefined) view.cause = attempt.cause;
    if (attempt.kind === 'map' || attempt.kind === 'parallel') {
      const groups = countGroupOutcomes(visit.children.filter((group) => group.run === attempt.number));
      view.groups = { ...groups, kind: attempt.kind === 'map' ? 'MapIteration' : 'ParallelBranch' };
    }
    return view;
  });
}
