import Link from 'next/link';
import type { ExecutionSortKey } from '@/lib/execution-list/sort-executions';
import { TH } from '../ui/table-classes';
import { executionsListHref, type ExecutionsListQuery } from './executions-list-query';

// A first click sorts names A→Z and times newest/longest first, what a person usually wants.
const FIRST_DIRECTION: Record<ExecutionSortKey, 'asc' | 'desc'> = { name: 'asc', started: 'desc', stopped: 'desc', duration: 'desc' };

/** A column header that links to the same page sorted by it; a second click reverses the order. */
export function SortableHeader({
  column,
  label,
  stateMachineArn,
  query,
  alignRight = false,
}: {
  column: ExecutionSortKey;
  label: string;
  stateMachineArn: string;
  query: ExecutionsListQuery;
  alignRight?: boolean;
}) {
  const active = query.sort === column;
  const direction = active ? (query.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[column];
  const arrow = active ? (query.dir === 'asc' ? '▲' : '▼') : '↕';
  return (
    <th
      className={`${TH} ${alignRight ? 'text-right' : ''}`}
      aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      {/* The page token is kept: sorting reorders the page already loaded, it does not fetch another. */}
      <Link
        href={executionsListHref(stateMachineArn, { ...query, sort: column, dir: direction })}
        className="inline-flex items-center gap-1 hover:text-zinc-900 dark:hover:text-zinc-100"
      >
        {label}
        <span aria-hidden="true" className={`w-2 text-[0.6rem] ${active ? '' : 'text-zinc-300 dark:text-zinc-600'}`}>
          {arrow}
        </span>
      </Link>
    </th>
  );
}
