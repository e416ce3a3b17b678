import Link from 'next/link';
import { LINK } from '@/components/search/search-form-fields';
import { executionHref } from '@/components/routes';
import { formatDateTime } from '@/lib/format/format-date-time';
import { searchHref } from '@/lib/execution-index/query/search-url';
import type { FailureGroup } from '@/lib/execution-index/types';
import { FailureTrendChart } from './failure-trend-chart';
import { toTrendPoints } from './to-trend-points';

const machineName = (arn: string) => arn.slice(arn.lastIndexOf(':') + 1);
const executionName = (arn: string) => arn.slice(arn.lastIndexOf(':') + 1);

function formatShare(share: number): string {
  const percent = share * 100;
  return `${percent >= 10 || percent === 0 ? percent.toFixed(0) : percent.toFixed(1)}%`;
}

/** One failure group: where and what failed, how often and since when, its trend and sample executions. */
export function FailureGroupCard({ group, window }: { group: FailureGroup; window: { from: Date; to: Date } }) {
  const machine = machineName(group.stateMachineArn);
  const search = searchHref({
    q: '',
    machine: group.stateMachineArn,
    statuses: ['FAILED', 'TIMED_OUT', 'ABORTED'],
    error: group.error || undefined,
    state: group.state || undefined,
    from: window.from.toISOString().slice(0, 16) + 'Z',
  });
  return (
    <li
      className="min-w-0 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      data-testid="failure-group"
    >
      <div className="flex min-w-0 flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 className="min-w-0 text-sm font-semibold break-words text-zinc-900 dark:text-zinc-100">
          {machine} <span className="text-zinc-500 dark:text-zinc-400">›</span> {group.state || '(no state)'}{' '}
          <span className="text-zinc-500 dark:text-zinc-400">›</span>{' '}
          <span className="font-mono text-red-700 dark:text-red-300">{group.error || '(no error name)'}</span>
        </h3>
        <p className="text-sm text-zinc-800 dark:text-zinc-200">
          <span className="text-lg font-semibold" data-testid="failure-count">
            {group.count}
          </span>{' '}
          failure{group.count === 1 ? '' : 's'} · {formatShare(group.shareOfMachine)} of {machine}&apos;s executions
        </p>
      </div>
      {group.cause && <p className="mt-1 font-mono text-xs break-words text-zinc-700 dark:text-zinc-300">{group.cause}</p>}
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        First seen {formatDateTime(group.firstSeen)} · last seen {formatDateTime(group.lastSeen)}
      </p>
      <div className="mt-2 grid min-w-0 gap-3 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <FailureTrendChart
          points={toTrendPoints(group.trend)}
          label={`${group.count} failure${group.count === 1 ? '' : 's'} of ${group.state} over the window, per bucket`}
        />
        <div className="min-w-0">
          <p className="text-xs font-medium text-zinc-700 dark:text-zinc-300">Newest executions</p>
          <ul className="mt-1 space-y-0.5">
            {group.sampleExecutionArns.map((arn) => (
              <li key={arn} className="min-w-0 truncate text-sm">
                <Link href={executionHref(arn)} className={LINK}>
                  {executionName(arn)}
                </Link>
              </li>
            ))}
          </ul>
          <Link href={search} className={`mt-2 inline-block text-sm ${LINK}`}>
            Search these →
          </Link>
        </div>
      </div>
    </li>
  );
}
