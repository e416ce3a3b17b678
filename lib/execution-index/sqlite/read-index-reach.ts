import type { IndexReach, IndexSource } from '../types';
import type { PrepareCached } from './search-executions';

interface ReachRow {
  newest_started_at_ms: number | null;
  oldest_started_at_ms: number | null;
  resume_token: string | null;
  updated_at_ms: number;
}

/**
 * What each machine's sync cursor says about completeness. A walk that finished (no resume token)
 * listed everything started up to its time; while a later walk is under way, the index is complete up
 * to the newest start the previous walk indexed. Before a first walk finishes (no newest start yet,
 * or executions listed but the walk not done), the index is not complete for any window.
 */
export function readIndexReach(prepare: PrepareCached, source: IndexSource, stateMachineArns: readonly string[]): IndexReach[] {
  const select = prepare(
    'SELECT newest_started_at_ms, oldest_started_at_ms, resume_token, updated_at_ms FROM sync_cursors WHERE source = ? AND state_machine_arn = ?',
  );
  const retention = prepare('SELECT cutoff_ms FROM retention WHERE id = 1').get() as { cutoff_ms: number } | undefined;
  return stateMachineArns.map((stateMachineArn) => {
    const row = select.get(source, stateMachineArn) as ReachRow | undefined;
    if (!row) return { stateMachineArn, synced: false };
    const walking = row.resume_token !== null;
    const completeUntilMs = walking ? row.newest_started_at_ms : row.updated_at_ms;
    // A first walk under way has no newest start yet: nothing is complete.
    if (completeUntilMs === null) return { stateMachineArn, synced: false };
    return {
      stateMachineArn,
      synced: true,
      ...(row.oldest_started_at_ms === null ? {} : { oldestListed: new Date(row.oldest_started_at_ms) }),
      completeUntil: new Date(completeUntilMs),
      ...(retention ? { retentionCutoff: new Date(retention.cutoff_ms) } : {}),
    };
  });
}
