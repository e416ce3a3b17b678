import Link from 'next/link';
import { overviewHref, type OverviewQuery } from './overview-query';

const LINK_CLASS =
  'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-50 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800';

/** "51–100 of 500 state machines" and links to the pages around it; each page is its own URL. */
export function OverviewPager({
  query,
  page,
  pageCount,
  total,
  pageSize,
}: {
  query: OverviewQuery;
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
}) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav
      aria-label="Pages"
      className="flex flex-wrap items-center justify-between gap-2 border-t border-zinc-200 px-4 py-3 dark:border-zinc-800"
    >
      <p className="text-sm text-zinc-600 tabular-nums dark:text-zinc-400" data-page-range="true">
        {first.toLocaleString('en-US')}–{last.toLocaleString('en-US')} of {total.toLocaleString('en-US')} state machine
        {total === 1 ? '' : 's'}
        {pageCount > 1 ? ` · page ${page} of ${pageCount}` : ''}
      </p>
      {pageCount > 1 && (
        <div className="flex gap-2">
          {page > 1 && (
            <Link href={overviewHref({ ...query, page: page - 1 })} prefetch={false} rel="prev" className={LINK_CLASS}>
              ← Previous
            </Link>
          )}
          {page < pageCount && (
            <Link href={overviewHref({ ...query, page: page + 1 })} prefetch={false} rel="next" className={LINK_CLASS}>
              Next →
            </Link>
          )}
        </div>
      )}
    </nav>
  );
}
