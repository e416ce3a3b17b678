import { formatDateTime } from '@/lib/format/format-date-time';
import type { IndexStats } from '@/lib/execution-index/types';

/** How far back the index reaches and when it was last written, so a miss can be judged. */
export function IndexCoverageNote({ stats, lastSyncedAt }: { stats: IndexStats; lastSyncedAt?: Date }) {
  return (
    <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="index-coverage">
      {stats.executions > 0 ? (
        <>
          The index holds {stats.executions} execution{stats.executions === 1 ? '' : 's'}, started from{' '}
          {formatDateTime(stats.oldestStartedAt)} to {formatDateTime(stats.newestStartedAt)}.
        </>
      ) : (
        <>The index is empty.</>
      )}{' '}
      {lastSyncedAt ? <>Last synced {formatDateTime(lastSyncedAt)}.</> : <>Not synced yet.</>}
    </p>
  );
}
