import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { FailureGroupList } from '@/components/failures/failure-group-list';
import { FailureWindowForm } from '@/components/failures/failure-window-form';
import { IndexCoverageNote } from '@/components/search/index-coverage-note';
import { SearchProblem } from '@/components/search/search-problem';
import { Card } from '@/components/ui/card';
import { PageHeading } from '@/components/ui/page-heading';
import { failuresHref, parseFailuresUrl } from '@/lib/execution-index/query/failures-url';
import { isSameQuery } from '@/lib/execution-index/query/search-params';
import { formatDateTime } from '@/lib/format/format-date-time';
import { readFailureGroups } from '@/lib/services';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Failures' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Failures of the index grouped by machine, state, error and normalized cause, largest first. */
export default async function FailuresPage({ searchParams }: Props) {
  const params = await searchParams;
  const state = parseFailuresUrl(params);
  // The form's empty fields (and from/to of a preset window) cleaned from the address before anything is read.
  if (!isSameQuery(params, failuresHref(state))) redirect(failuresHref(state));
  const result = await readFailureGroups(state);
  return (
    <>
      <PageHeading title="Failures">
        Failed, timed-out and aborted executions grouped by state machine, state, error and cause (ids, numbers and times replaced by
        placeholders). A caught error that led to a Fail state counts under its real cause.
      </PageHeading>
      <div className="flex flex-col gap-4">
        <Card>
          <div className="p-4">
            <FailureWindowForm state={state} machines={result.machines} />
          </div>
        </Card>
        <IndexCoverageNote stats={result.stats} lastSyncedAt={result.lastSyncedAt} />
        {result.kind === 'invalid' ? (
          <SearchProblem message={result.message} />
        ) : (
          <>
            <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="failures-window">
              {result.groups.length} group{result.groups.length === 1 ? '' : 's'} from {formatDateTime(result.window.from)} to{' '}
              {formatDateTime(result.window.to)}
            </p>
            <FailureGroupList groups={result.groups} window={result.window} indexEmpty={result.stats.executions === 0} />
          </>
        )}
      </div>
    </>
  );
}
