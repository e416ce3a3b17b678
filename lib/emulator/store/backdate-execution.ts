import type { EmulatorStore } from './emulator-store';

/**
 * Emulator-only: moves a closed execution back in time by `shiftMs` (negative), its start and stop
 * dates and every history event together, so its history, its list row and the metrics computed from
 * it stay consistent. One transaction; false if no closed execution has this id.
 */
export function backdateExecution(store: EmulatorStore, executionId: number, shiftMs: number): boolean {
  store.flush();
  return store.db.transaction(() => {
    const moved = store.db
      .prepare(
        `UPDATE executions SET start_date_ms = start_date_ms + ?, stop_date_ms = stop_date_ms + ?
         WHERE id = ? AND status != 'RUNNING' AND stop_date_ms IS NOT NULL`,
      )
      .run(shiftMs, shiftMs, executionId);
    if (moved.changes === 0) return false;
    store.db.prepare(`UPDATE history_events SET timestamp_ms = timestamp_ms + ? WHERE execution_id = ?`).run(shiftMs, executionId);
    return true;
  })();
}
