import type { LogCoverage } from '@/lib/history/describe-log-coverage';

export type ExpressNoticeScope = 'execution' | 'state-machine';

const TONES = {
  complete: 'border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-800/60 dark:bg-sky-950/40 dark:text-sky-100',
  partial: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100',
} as const;

function describeSource(coverage: LogCoverage, logGroupName: string | undefined): string {
  if (coverage.level === 'OFF') return 'Express workflows keep no history in Step Functions; it exists only in CloudWatch Logs.';
  const group = logGroupName ? ` log group ${logGroupName}` : ' logs';
  return `Express workflows keep no history in Step Functions: this is read from the CloudWatch${group} (level ${coverage.level}, execution data ${coverage.includeExecutionData ? 'included' : 'not included'}).`;
}

const TITLES: Record<ExpressNoticeScope, { complete: string; partial: string; off: string }> = {
  execution: {
    complete: 'History from CloudWatch Logs',
    partial: 'Part of this history is not in the logs',
    off: 'No history: logging is off',
  },
  'state-machine': {
    complete: 'Executions from CloudWatch Logs',
    partial: 'The logs hold only part of each execution',
    off: 'Logging is off',
  },
};

/**
 * Says plainly what an Express history read from CloudWatch Logs holds and lacks, and why: the log
 * level, the execution-data flag, or delivery gaps; with logging off, how to turn it on.
 */
export function ExpressLoggingNotice({
  coverage,
  logGroupName,
  scope,
  className = '',
}: {
  coverage: LogCoverage;
  logGroupName?: string;
  scope: ExpressNoticeScope;
  /** Spacing from the sections around it. */
  className?: string;
}) {
  const off = coverage.level === 'OFF';
  const complete = !off && coverage.missing.length === 0;
  const title = off ? TITLES[scope].off : complete ? TITLES[scope].complete : TITLES[scope].partial;
  return (
    <aside
      aria-label="Express logging"
      data-level={coverage.level}
      className={`rounded-md border p-4 text-sm ${complete ? TONES.complete : TONES.partial} ${className}`}
    >
      <p className="font-semibold">{title}</p>
      <p className="mt-1">{describeSource(coverage, logGroupName)}</p>
      {coverage.missing.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {coverage.missing.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {coverage.remedy && <p className="mt-2 break-words">{coverage.remedy}</p>}
    </aside>
  );
}
