/** A grey placeholder block; size it like the content it stands for. */
export function Skeleton({ className = '' }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded bg-zinc-200 dark:bg-zinc-800 ${className}`} />;
}

/** Rows of a table-shaped skeleton, as tall as the real rows. */
export function TableSkeleton({ rows = 6, columns = 4, label }: { rows?: number; columns?: number; label: string }) {
  return (
    <div role="status" aria-label={label} className="divide-y divide-zinc-200 dark:divide-zinc-800">
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="flex gap-4 px-4 py-3">
          {Array.from({ length: columns }, (_, column) => (
            <Skeleton key={column} className={`h-4 ${column === 0 ? 'w-1/3' : 'flex-1'}`} />
          ))}
        </div>
      ))}
    </div>
  );
}
