import type { GroupView } from './types';

/** The attempt (run) numbers a Map or Parallel visit's groups belong to, ascending: [1] unless it was retried. */
export function attemptNumbersOf(groups: readonly Pick<GroupView, 'run'>[]): number[] {
  return [...new Set(groups.map((group) => group.run))].sort((a, b) => a - b);
}

/**
 * The iterations or branches of one attempt of a Map or Parallel state retried as a whole (each
 * MapStateStarted / ParallelStateStarted is a run), the last attempt when none is named: counting
 * every run's iterations would show one item tried three times as three iterations.
 */
export function groupsOfAttempt<T extends Pick<GroupView, 'run'>>(groups: readonly T[], attempt?: number): T[] {
  const wanted = attempt ?? attemptNumbersOf(groups).at(-1);
  return groups.filter((group) => group.run === wanted);
}
