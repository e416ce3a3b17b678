import type { IndexSource } from '../../execution-index/types';
import type { MachineSyncResult, SyncProgress } from './sync-types';

/** Adds up the machines' commits into what the progress line says: how many, how fast, how far back. */
export class SyncProgressTracker {
  private readonly machines = new Map<string, MachineSyncResult>();
  private indexed = 0;

  constructor(
    private readonly source: IndexSource,
    private readonly startedMs: number,
    private readonly nowMs: () => number = Date.now,
  ) {}

  commit(result: MachineSyncResult, written: number): SyncProgress {
    this.machines.set(result.stateMachineArn, { ...result });
    this.indexed += written;
    return this.snapshot(result.name);
  }

  snapshot(current?: string): SyncProgress {
    const elapsedMs = Math.max(1, this.nowMs() - this.startedMs);
    const machines = [...this.machines.values()];
    const oldest = machines.reduce<number | undefined>((min, m) => {
      const ms = m.oldestStartedAt?.getTime();
      return ms === undefined ? min : min === undefined ? ms : Math.min(min, ms);
    }, undefined);
    return {
      source: this.source,
      machines,
      indexed: this.indexed,
      perSecond: (this.indexed * 1000) / elapsedMs,
      oldestStartedAt: oldest === undefined ? undefined : new Date(oldest),
      elapsedMs,
      current,
    };
  }
}
