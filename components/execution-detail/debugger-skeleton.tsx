import { Skeleton } from '../ui/skeleton';

/**
 * The debugger's layout while the history is read, 1,000 events a page; `progress` says how far
 * along it is once the first page is in.
 */
export function DebuggerSkeleton({ progress }: { progress?: { events: number; pages: number } }) {
  return (
    <div role="status" aria-label="Loading the execution history" className="space-y-4">
      <p className="text-sm text-zinc-500 tabular-nums dark:text-zinc-400" data-testid="history-progress">
        {progress
          ? `Reading the execution history: ${progress.events.toLocaleString('en-US')} events in ${progress.pages} ${progress.pages === 1 ? 'page' : 'pages'} so far…`
          : 'Reading the execution history…'}
      </p>
      <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Skeleton className="h-[600px]" />
        <Skeleton className="h-[600px]" />
      </div>
      <Skeleton className="h-64" />
    </div>
  );
}
