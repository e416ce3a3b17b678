import Link from 'next/link';
import type { ReactNode } from 'react';
import { OpenSearchBox } from './open-search-box';

export function SiteHeader({ dataSource }: { dataSource: ReactNode }) {
  return (
    <header className="border-b border-zinc-200 bg-white/80 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/80">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-6 py-3">
        <nav aria-label="Main" className="flex items-center gap-6">
          <Link href="/" className="flex items-center gap-2 text-base font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
            <span aria-hidden="true" className="grid size-6 place-items-center rounded bg-indigo-600 text-xs font-bold text-white">
              S
            </span>
            Statescope
          </Link>
          <Link href="/cost" className="text-sm font-medium text-zinc-600 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white">
            Cost
          </Link>
          <Link href="/import" className="text-sm font-medium text-zinc-600 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white">
            Import
          </Link>
        </nav>
        <OpenSearchBox />
        {dataSource}
      </div>
    </header>
  );
}
