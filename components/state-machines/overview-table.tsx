import Link from 'next/link';
import type { ReactNode } from 'react';
import { TABLE, TH } from '../ui/table-classes';
import { ScrollRegion } from '../ui/scroll-region';
import { overviewHref, type OverviewQuery, type OverviewSortKey } from './overview-query';

// A first click sorts names A→Z and numbers highest first, what a person on call usually wants.
function firstDirection(key: OverviewSortKey): 'asc' | 'desc' {
  return key === 'name' ? 'asc' : 'desc';
}

function SortHeader({ column, label, query }: { column: OverviewSortKey; label: string; query: OverviewQuery }) {
  const sort = query.sort ?? 'name';
  const dir = query.dir ?? firstDirection(sort);
  const active = sort === column;
  const next = active ? (dir === 'asc' ? 'desc' : 'asc') : firstDirection(column);
  return (
    <th className={`${TH} whitespace-nowrap`} aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      {/* Sorting starts again from the first page: page 3 of another order is a different set of rows. */}
      <Link
        href={overviewHref({ ...query, sort: column, dir: next, page: undefined })}
        prefetch={false}
        data-sort-link={column}
        className="inline-flex items-center gap-1 hover:text-zinc-900 dark:hover:text-zinc-100"
      >
        {label}
        <span aria-hidden="true" className={`w-2 text-[0.6rem] ${active ? '' : 'text-zinc-300 dark:text-zinc-600'}`}>
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </Link>
    </th>
  );
}

/** The overview's table frame, its headers sorting the whole list (server-side) by a link each. */
export function OverviewTable({ query, children }: { query: OverviewQuery; children: ReactNode }) {
  return (
    <ScrollRegion label="State machines">
      <table className={TABLE}>
        <thead>
          <tr>
            <SortHeader column="name" label="State machine" query={query} />
            <SortHeader column="volume" label="Executions" query={query} />
            <SortHeader column="failure-rate" label="Failure rate" query={query} />
            <SortHeader column="p99" label="Duration" query={query} />
            <th className={TH}>Trend</th>
            <th className={TH}>Last failure</th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
