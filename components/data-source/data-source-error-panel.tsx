import type { DataSourceErrorKind, DataSourceProblem } from '@/lib/domain';

const TITLES: Record<DataSourceErrorKind, string> = {
  'no-credentials': 'No AWS credentials',
  'access-denied': 'Access denied',
  'not-found': 'Not found',
  throttled: 'Step Functions is throttling requests',
  unreachable: 'Step Functions is unreachable',
  'invalid-input': 'Request rejected',
};

/** An expected data-source failure, shown in place of one section; the rest of the page keeps working. */
export function DataSourceErrorPanel({ problem }: { problem: DataSourceProblem }) {
  return (
    <div
      role="alert"
      data-kind={problem.kind}
      className="m-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-700/60 dark:bg-amber-950/40"
    >
      <p className="font-semibold text-amber-900 dark:text-amber-200">{TITLES[problem.kind]}</p>
      <p className="mt-1 break-words text-amber-900 dark:text-amber-100">{problem.message}</p>
      <p className="mt-2 text-amber-800 dark:text-amber-300/90">{problem.hint}</p>
    </div>
  );
}

/**
 * The same failure for a section below the page's main panel: one line without the hint and not an
 * alert, so a page whose every call failed shows one panel rather than the same one three times.
 */
export function DataSourceErrorNote({ problem, what }: { problem: DataSourceProblem; what: string }) {
  return (
    <p data-kind={problem.kind} className="m-4 text-sm break-words text-amber-900 dark:text-amber-200">
      {what} cannot be shown: {TITLES[problem.kind]}. {problem.message}
    </p>
  );
}
