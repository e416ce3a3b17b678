import type { ExecutionSummary } from '../domain';

export const EXECUTION_SORT_KEYS = ['name', 'started', 'stopped', 'duration'] as const;
export type ExecutionSortKey = (typeof EXECUTION_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

function sortValue(execution: ExecutionSummary, key: Exclude<ExecutionSortKey, 'name'>, nowMs: number): number | undefined {
  switch (key) {
    case 'started':
      return execution.startedAt.getTime();
    case 'stopped':
      return execution.stoppedAt?.getTime();
    case 'duration':
      return (execution.stoppedAt?.getTime() ?? nowMs) - execution.startedAt.getTime();
  }
}

/**
 * A sorted copy. Running executions have no stop time and go last whichever the direction, so the
 * finished ones a person is comparing stay together; ties keep the API's newest-first order.
 */
export function sortExecutions(
  executions: readonly ExecutionSummary[],
  key: ExecutionSortKey,
  direction: SortDirection,
  now: Date,
): ExecutionSummary[] {
  const sign = direction === 'asc' ? 1 : -1;
  const nowMs = now.getTime();
  return executions
    .map((execution, index) => ({ execution, index }))
    .sort((a, b) => {
      if (key === 'name') {
        const byName = a.execution.name.localeCompare(b.execution.name, 'en', { numeric: true });
        return byName !== 0 ? sign * byName : a.index - b.index;
      }
      const left = sortValue(a.execution, key, nowMs);
      const right = sortValue(b.execution, key, nowMs);
      if (left === undefined || right === undefined) {
        if (left === right) return a.index - b.index;
        return left === undefined ? 1 : -1;
      }
      return left !== right ? sign * (left - right) : a.index - b.index;
    })
    .map(({ execution }) => execution);
}
