import type { DataSourceInfo } from '@/lib/domain';

/** Where the dashboard reads from, with the settings that chose it on hover. */
export function DataSourceBadge({ info }: { info: DataSourceInfo }) {
  const title = `Endpoint from ${info.endpointSource}; region from ${info.regionSource}`;
  return (
    <div
      title={title}
      aria-label="Data source"
      className="flex max-w-full min-w-0 items-center gap-2 rounded-md border border-zinc-200 px-2.5 py-1 font-mono text-xs text-zinc-600 dark:border-zinc-700 dark:text-zinc-300"
    >
      <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${info.isCustomEndpoint ? 'bg-sky-500' : 'bg-orange-500'}`} />
      <span className="truncate">{info.endpoint}</span>
      <span aria-hidden="true" className="text-zinc-500 dark:text-zinc-400">
        ·
      </span>
      <span>{info.region}</span>
      {info.regionSource === 'fallback (none configured)' && <span className="text-zinc-500 dark:text-zinc-400">(default)</span>}
    </div>
  );
}

export function DataSourceBadgeSkeleton() {
  return <div aria-hidden="true" className="h-7 w-64 animate-pulse rounded-md bg-zinc-200 dark:bg-zinc-800" />;
}
