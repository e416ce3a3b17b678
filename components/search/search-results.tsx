import Link from 'next/link';
import { ExecutionStatusBadge } from '@/components/executions/execution-status-badge';
import { executionHref } from '@/components/routes';
import { formatDateTime } from '@/lib/format/format-date-time';
import { searchHref, type SearchUrlState } from '@/lib/execution-index/query/search-url';
import type { ExecutionSearchPage } from '@/lib/execution-index/types';
import { HighlightedSnippet } from './highlighted-snippet';
import { LINK } from './search-form-fields';

/** Matching executions, newest first: name (to the execution page), machine, status, start, snippet. */
export function SearchResults({ page, state }: { page: ExecutionSearchPage; state: SearchUrlState }) {
  const { hits, total, nextCursor } = page;
  return (
    <section aria-labelledby="search-results-heading">
      <h2 id="search-results-heading" className="text-sm font-semibold text-zinc-900 dark:text-zinc-100" data-testid="search-total">
        {total} matching execution{total === 1 ? '' : 's'}
        {state.cursor ? ' (a later page)' : ''}
      </h2>
      <ol className="mt-3 divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
        {hits.map(({ execution, snippet, snippetField }) => (
          <li key={`${execution.source}|${execution.executionArn}`} className="min-w-0 px-4 py-3" data-testid="search-hit">
            <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
              <Link href={executionHref(execution.executionArn)} className={`min-w-0 text-sm break-all ${LINK}`}>
                {execution.name}
              </Link>
              <ExecutionStatusBadge status={execution.status} />
              {execution.goneFromSource && (
                <span className="text-xs text-zinc-600 dark:text-zinc-400" title="AWS no longer returns this execution; the index keeps it">
                  archived
                </span>
              )}
            </div>
            <div className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-zinc-600 dark:text-zinc-400">
              <span>{execution.stateMachineName}</span>
              <span>started {formatDateTime(execution.startedAt)}</span>
              {execution.error && <span className="break-all">{execution.error}</span>}
            </div>
            {snippet && <HighlightedSnippet snippet={snippet} field={snippetField} />}
          </li>
        ))}
      </ol>
      {nextCursor && (
        <p className="mt-3 text-right">
          <Link href={searchHref({ ...state, cursor: nextCursor })} className={`text-sm ${LINK}`} rel="next">
            Next page →
          </Link>
        </p>
      )}
    </section>
  );
}
