import { formatDateTime } from '@/lib/format/format-date-time';

/**
 * Says at the top of an execution page that AWS no longer returns this execution and the page shows
 * the Statescope index's copy: when it was synced, and that redacted fields read "[redacted]".
 */
export function ArchivedNotice({ syncedAt }: { syncedAt: Date }) {
  return (
    <section
      aria-label="Archived execution"
      className="mb-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p>
        <strong className="font-semibold">Archived:</strong> AWS no longer returns this execution (histories are kept 90 days after they
        close); shown from the Statescope index as synced on <time dateTime={syncedAt.toISOString()}>{formatDateTime(syncedAt)}</time>.
        Redacted fields show <code className="font-mono">[redacted]</code>.
      </p>
    </section>
  );
}
