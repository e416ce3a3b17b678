import type { SyncProgress, SyncSummary } from '../../services/execution-index/sync-types';

const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 19).replace('T', ' ') : '—');

/** One progress line: how many, how fast, how far back, and where the sync is. */
export function formatSyncProgress(progress: SyncProgress): string {
  const rate = progress.perSecond >= 10 ? Math.round(progress.perSecond) : progress.perSecond.toFixed(1);
  const machine = progress.current ? `, now ${progress.current}` : '';
  return `sync: ${progress.indexed} executions indexed (${rate}/s), back to ${day(progress.oldestStartedAt)} UTC${machine}`;
}

/** The summary as text: totals, then a line per state machine with its count and how far back it goes. */
export function formatSyncSummary(summary: SyncSummary, indexFile: string): string {
  const seconds = (summary.durationMs / 1000).toFixed(1);
  const lines = [
    `${summary.interrupted ? 'Sync interrupted (run it again to resume)' : 'Sync done'} in ${seconds} s from ${summary.source}`,
    `Index: ${indexFile}`,
    `  ${summary.new} new, ${summary.updated} updated, ${summary.archived} archived (gone from the source), ${summary.deleted} deleted by retention`,
    `  ${summary.apiCalls.calls} Step Functions calls${summary.apiCalls.throttled ? `, ${summary.apiCalls.throttled} throttled and retried` : ''}`,
    '',
  ];
  const width = Math.max(12, ...summary.machines.map((m) => m.name.length));
  for (const machine of summary.machines) {
    const counts = machine.error
      ? `error: ${machine.error}`
      : `${machine.new} new, ${machine.updated} updated, ${machine.archived} archived; oldest ${day(machine.oldestStartedAt)} UTC${machine.complete ? '' : ' (not finished)'}`;
    lines.push(`  ${machine.name.padEnd(width)}  ${machine.type === 'EXPRESS' ? 'Express ' : 'Standard'}  ${counts}`);
  }
  for (const error of summary.errors.filter((e) => !summary.machines.some((m) => m.stateMachineArn === e.stateMachineArn))) {
    lines.push(`  error: ${error.message}`);
  }
  return `${lines.join('\n')}\n`;
}
