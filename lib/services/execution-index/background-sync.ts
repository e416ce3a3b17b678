import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { SqliteExecutionIndexStore } from '../../execution-index/sqlite/sqlite-execution-index-store';
import type { IndexSettings } from './index-settings';
import { describeSyncError, syncExecutionIndex, type SyncSummary } from './sync-execution-index';

const DAY_MS = 86_400_000;

export interface BackgroundSync {
  /** Resolves after the sync under way (if any) has committed its page and the index is closed. */
  stop(): Promise<void>;
  /** Resolves when the first sync has ended, whatever its outcome. */
  readonly firstSync: Promise<SyncSummary | undefined>;
}

/**
 * Keeps the index current while the dashboard runs: a sync at once, then one `syncIntervalSeconds`
 * after the previous one ended (never two at once). Once a day the listings are walked to their end,
 * to find executions AWS has dropped. Errors are logged, never fatal; `stop` ends it cleanly.
 */
export function startBackgroundSync(options: {
  settings: IndexSettings;
  log: (line: string) => void;
  /** Default 24 hours. */
  fullWalkEveryMs?: number;
}): BackgroundSync {
  const { settings, log } = options;
  mkdirSync(path.dirname(settings.indexFile), { recursive: true });
  const store = new SqliteExecutionIndexStore(settings.indexFile);
  const abort = new AbortController();
  const fullEveryMs = options.fullWalkEveryMs ?? DAY_MS;
  let lastFullMs = Date.now();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<SyncSummary | undefined> | undefined;
  let resolveFirst: (summary: SyncSummary | undefined) => void = () => undefined;
  const firstSync = new Promise<SyncSummary | undefined>((resolve) => (resolveFirst = resolve));

  const runOnce = async (): Promise<SyncSummary | undefined> => {
    const full = Date.now() - lastFullMs >= fullEveryMs;
    try {
      const summary = await syncExecutionIndex({
        store,
        redaction: settings.redaction,
        payloadCapBytes: settings.payloadCapBytes,
        retentionDays: settings.retentionDays,
        full,
        signal: abort.signal,
      });
      if (full) lastFullMs = Date.now();
      const changed = summary.new + summary.updated + summary.archived + summary.deleted;
      if (changed > 0 || summary.errors.length > 0) {
        log(
          `index: ${summary.new} new, ${summary.updated} updated, ${summary.archived} archived, ${summary.deleted} deleted in ${(summary.durationMs / 1000).toFixed(1)} s`,
        );
      }
      for (const error of summary.errors) log(`index sync: ${error.message}`);
      return summary;
    } catch (error) {
      log(`index sync failed: ${describeSyncError(error)}`);
      return undefined;
    }
  };

  const loop = () => {
    if (abort.signal.aborted) return;
    running = runOnce();
    void running.then((summary) => {
      resolveFirst(summary);
      running = undefined;
      if (abort.signal.aborted) return;
      timer = setTimeout(loop, settings.syncIntervalSeconds * 1000);
      timer.unref();
    });
  };
  loop();

  return {
    firstSync,
    async stop() {
      abort.abort();
      if (timer) clearTimeout(timer);
      await running;
      resolveFirst(undefined);
      await store.close();
    },
  };
}
