import { formatDuration } from '@/lib/format/format-duration';
import { formatInstant } from '@/lib/format/format-instant';
import { parseErrorCause } from '@/lib/history/parse-error-cause';
import type { AttemptView } from '@/lib/view-model/types';
import { VisitStatusBadge } from './visit-status-styles';

function GroupCounts({ groups }: { groups: NonNullable<AttemptView['groups']> }) {
  return (
    <span className="text-zinc-600 dark:text-zinc-300" data-attempt-groups="">
      {groups.total}{' '}
      {groups.kind === 'MapIteration' ? (groups.total === 1 ? 'iteration' : 'iterations') : groups.total === 1 ? 'branch' : 'branches'}
      {groups.failed > 0 && <span className="text-red-700 dark:text-red-300"> · {groups.failed} failed</span>}
      {groups.caught > 0 && <span className="text-amber-800 dark:text-amber-300"> · {groups.caught} caught</span>}
    </span>
  );
}

/**
 * Each try of a Task, or each run of a Map or Parallel retried as a whole (with how many of its
 * iterations or branches failed), its outcome and error, and the back-off before it: a Retry tab.
 */
export function AttemptsList({ attempts }: { attempts: AttemptView[] }) {
  if (attempts.length === 0)
    return <p className="text-sm text-zinc-500 dark:text-zinc-400">This state makes no task calls, so it has no attempts.</p>;
  return (
    <ol aria-label="Attempts" className="space-y-2">
      {attempts.map((attempt) => {
        const readable = parseErrorCause(attempt.cause ?? null);
        return (
          <li key={attempt.number} className="rounded-md border border-zinc-200 p-2 text-xs dark:border-zinc-800">
            {attempt.backoffMs !== null && attempt.backoffMs > 0 && (
              <div className="mb-1 text-[11px] text-zinc-500 dark:text-zinc-400">
                after a back-off of {formatDuration(attempt.backoffMs)}
              </div>
            )}
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">Attempt {attempt.number}</span>
              <VisitStatusBadge status={attempt.status} />
              <span
                className="text-zinc-500 tabular-nums dark:text-zinc-400"
                title={`${formatInstant(attempt.startMs)} → ${formatInstant(attempt.endMs)}`}
              >
                {formatInstant(attempt.startMs)} · {formatDuration(attempt.durationMs)}
              </span>
              {attempt.groups && <GroupCounts groups={attempt.groups} />}
            </div>
            {attempt.error && (
              <div
                className={`mt-1 font-mono ${attempt.status === 'caught' ? 'text-amber-800 dark:text-amber-300' : 'text-red-800 dark:text-red-300'}`}
              >
                {attempt.error}
                {readable.errorMessage && <span className="font-sans text-zinc-700 dark:text-zinc-300">: {readable.errorMessage}</span>}
              </div>
            )}
            {attempt.cause && !readable.errorMessage && (
              <div className="mt-1 break-all text-zinc-700 dark:text-zinc-300">{attempt.cause}</div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
