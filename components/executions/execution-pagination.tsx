import Link from 'next/link';
import type { ExecutionStatus } from '@/lib/aws/types';
import { stateMachineHref } from '../routes';

/**
 * ListExecutions pages forward only (each page hands out the next token), so the links are
 * "first page" and "next page", each a URL of its own.
 */
export function ExecutionPagination({ stateMachineArn, status, maxResults, isFirstPage, nextToken }: {
  stateMachineArn: string;
  status?: ExecutionStatus;
  /** Kept in every link: a token is only valid with the arguments it was issued for. */
  maxResults?: number;
  isFirstPage: boolean;
  nextToken?: string;
}) {
  if (isFirstPage && !nextToken) return null;
  const linkClass =
    'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-50 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800';
  return (
    <nav aria-label="Pages" className="flex items-center justify-end gap-2 border-t border-zinc-200 px-4 py-3 dark:border-zinc-800">
      {!isFirstPage && (
        <Link href={stateMachineHref(stateMachineArn, { status, maxResults })} className={linkClass}>
          ← First page
        </Link>
      )}
      {nextToken && (
        <Link href={stateMachineHref(stateMachineArn, { status, maxResults, nextToken })} className={linkClass}>
          Next page →
        </Link>
      )}
    </nav>
  );
}
