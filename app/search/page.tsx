import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { IndexCoverageNote } from '@/components/search/index-coverage-note';
import { SearchEmptyState } from '@/components/search/search-empty-state';
import { SearchForm } from '@/components/search/search-form';
import { LINK } from '@/components/search/search-form-fields';
import { SearchProblem } from '@/components/search/search-problem';
import { SearchResults } from '@/components/search/search-results';
import { Card } from '@/components/ui/card';
import { PageHeading } from '@/components/ui/page-heading';
import { isSameQuery } from '@/lib/execution-index/query/search-params';
import { parseSearchUrl, searchHref } from '@/lib/execution-index/query/search-url';
import { searchExecutionIndex } from '@/lib/services';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Search executions' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Search over Statescope's own index of executions. A query the parser refuses is shown here with
 * its message; proxy.ts answers that request with status 400 (app/_proxy/answer-invalid-search.ts).
 */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const state = parseSearchUrl(params);
  // The form's empty fields and repeated checkboxes, cleaned from the address before anything is read.
  if (!isSameQuery(params, searchHref(state))) redirect(searchHref(state));
  const result = await searchExecutionIndex(state);
  const indexEmpty = result.stats.executions === 0;
  return (
    <>
      <PageHeading title="Search executions">
        Full text over inputs, outputs, errors and causes, and conditions on the JSON payload, in the index Statescope keeps (also of
        executions AWS no longer returns). See also{' '}
        <Link href="/failures" className={LINK}>
          failures grouped by cause
        </Link>
        .
      </PageHeading>
      <div className="flex flex-col gap-4">
        <Card>
          <div className="p-4">
            <SearchForm state={state} machines={result.machines} problemField={result.kind === 'invalid' ? result.field : undefined} />
          </div>
        </Card>
        <IndexCoverageNote stats={result.stats} lastSyncedAt={result.lastSyncedAt} />
        {result.kind === 'invalid' && <SearchProblem message={result.message} />}
        {result.kind === 'results' &&
          (result.page.total === 0 && !state.cursor ? (
            <Card>
              <SearchEmptyState indexEmpty={indexEmpty} contradictory={result.matchesNothing} />
            </Card>
          ) : (
            <SearchResults page={result.page} state={state} />
          ))}
        {result.kind === 'idle' && indexEmpty && (
          <Card>
            <SearchEmptyState indexEmpty />
          </Card>
        )}
      </div>
    </>
  );
}
