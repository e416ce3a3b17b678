import Link from 'next/link';
import { executionsListHref, withoutPage, type ExecutionsListQuery } from './executions-list-query';

/**
 * ListExecutions pages forward only (each page hands out the next token), so the links are
 * "first page" and "next page", each a URL of its own that keeps the filters and sort.
 */
export function ExecutionPagination({
  stateMachineArn,
  query,
  nextToken,
}: {
  stateMachineArn: string;
  /** The current view; its `nextToken` says whether this is the first page. */
  query: ExecutionsListQuery;
  nextToken?: string;
}) {
  const isFirstPage = !query.nextToken;
  if (isFirstPage && !nextToken) return null;
  const linkClass =
    'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-50 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800';
  return (
    <nav aria-label="Pages" className="flex items-center justify-end gap-2 border-t border-zinc-200 px-4 py-3 dark:border-zinc-800">
      {!isFirstPage && (
        <Link href={executionsListHref(stateMachineArn, withoutPage(query))} className={linkClass}>
          ← First page
        </Link>
      )}
      {nextToken && (
        <Link href={executionsListHref(stateMachineArn, { ...query, nextToken })} className={linkClass}>
          Next page →
        </Link>
      )}
    </nav>
  );
}
