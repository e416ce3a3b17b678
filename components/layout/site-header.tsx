import Link from 'next/link';

import type { ReactNode } from 'react';
import { OpenSearchBox } from './open-search-box';

// No link here is prefetched: the overview, cost, search and failures read the data source or the
// index for every render, and /import's prefetch too would compete with every page's own first load
// (a 25,000-event execution page) on every view. They are fetched when opened.
export function SiteHeader({ dataSource }: { dataSource: ReactNode }) {
  return (
    <header className="border-b border-zinc-200 bg-white/80 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/80">
      {/* On a phone the search box takes a row of its own, below the links and the data source. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6 md:flex-nowrap">
        <nav aria-label="Main" className="flex items-center gap-4 sm:gap-6">
          <Link
            href="/"
            prefetch={false}
            className="flex items-center gap-2 text-base font-semibold tracking-tight text-zinc-900 dark:text-zinc-50"
          >
            <span aria-hidden="true" className="grid size-6 place-items-center rounded bg-indigo-600 text-xs font-bold text-white">
              S
            </span>
            Statescope
          </Link>
          <Link
            href="/cost"
            prefetch={false}
            className="text-sm font-medium text-zinc-600 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white"
          >
            Cost
          </Link>
          <Link
            href="/search"
            prefetch={false}
            className="text-sm font-medium text-zinc-600 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white"
          >
            Search
          </Link>
          <Link
            href="/failures"
            prefetch={false}
            className="text-sm font-medium text-zinc-600 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white"
          >
            Failures
          </Link>
          <Link
            href="/import"
            prefetch={false}
            className="text-sm font-medium text-zinc-600 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white"
          >
            Import
          </Link>
        </nav>
        <div className="order-last flex w-full min-w-0 justify-center md:order-none md:w-auto md:flex-1">
          <OpenSearchBox />
        </div>
        {dataSource}
      </div>
    </header>
  );
}
