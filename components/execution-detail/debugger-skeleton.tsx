import { Skeleton } from '../ui/skeleton';

/** The debugger's layout while every history page is read (up to 25 pages for a long execution). */
export function DebuggerSkeleton() {
  return (
    <div role="status" aria-label="Loading the execution history" className="space-y-4">
      <p className="text-sm text-zinc-500 dark:text-zinc-400">Reading the execution history (1,000 events a page)…</p>
      <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Skeleton className="h-[600px]" />
        <Skeleton className="h-[600px]" />
      </div>
      <Skeleton className="h-64" />
    </div>
  );
}
