import { describeDataSource } from '../aws/describe-data-source';
import { listStateMachines } from '../aws/list-state-machines';
import type { NamedStateMachine } from '../execution-index/query/resolve-state-machine-names';
import type { ExecutionIndexStore, IndexStats } from '../execution-index/types';

/** What the search and failures pages say about the index before any result. */
export interface IndexOverview {
  stats: IndexStats;
  /** The latest time a sync finished a page for any listed machine; absent before the first sync. */
  lastSyncedAt?: Date;
  /** The data source's state machines, for the filter and for `machine:NAME`; empty when it cannot be listed. */
  machines: NamedStateMachine[];
}

/**
 * The index's reach (from stats()), when it last synced (the sync cursors of the data source's
 * machines) and the machines to choose from. The data source may be down while the index still
 * answers, so listing the machines never fails the page.
 */
export async function readIndexOverview(index: ExecutionIndexStore): Promise<IndexOverview> {
  const [stats, listed, source] = await Promise.all([
    index.stats(),
    listStateMachines().catch(() => []),
    describeDataSource()
      .then((dataSource) => dataSource.endpoint)
      .catch(() => undefined),
  ]);
  const machines = listed.map((machine) => ({ name: machine.name, arn: machine.arn }));
  let lastSyncedAt: Date | undefined;
  if (source !== undefined) {
    const cursors = await Promise.all(machines.map((machine) => index.getSyncCursor(source, machine.arn)));
    for (const cursor of cursors) if (cursor && (!lastSyncedAt || cursor.updatedAt > lastSyncedAt)) lastSyncedAt = cursor.updatedAt;
  }
  return { stats, machines, ...(lastSyncedAt ? { lastSyncedAt } : {}) };
}
