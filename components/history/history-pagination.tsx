import { executionHref } from '../routes';
import { PreservingLink as Link } from './preserved-params';

export function HistoryPagination({
  executionArn,
  type,
  page,
  pageCount,
}: {
  executionArn: string;
  type?: string;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const linkClass =
    'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-50 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800';
  return (
    <nav aria-label="History pages" className="flex items-center justify-end gap-2 border-t border-zinc-200 px-4 py-3 dark:border-zinc-800">
      {page > 1 && (
        <Link href={executionHref(executionArn, { type, page: page - 1 })} className={linkClass}>
          ← Previous
        </Link>
      )}
      <span className="text-sm text-zinc-600 tabular-nums dark:text-zinc-300">
        Page {page} of {pageCount}
      </span>
      {page < pageCount && (
        <Link href={executionHref(executionArn, { type, page: page + 1 })} className={linkClass}>
          Next →
        </Link>
      )}
    </nav>
  );
}
