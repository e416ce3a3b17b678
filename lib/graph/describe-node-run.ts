import type { NodeOutcomeCounts, NodeRun, NodeRunStatus } from './types';

/** Outcomes worth counting beside "ran N×", worst first (succeeded is the rest). */
const COUNTED: [keyof NodeOutcomeCounts, string][] = [
  ['failed', 'failed'],
  ['timed_out', 'timed out'],
  ['running', 'running'],
  ['caught', 'caught'],
  ['aborted', 'aborted'],
];

export const NODE_STATUS_LABELS: Record<NodeRunStatus, string> = {
  'not-visited': 'Not visited',
  succeeded: 'Succeeded',
  caught: 'Caught',
  running: 'Running',
  aborted: 'Aborted',
  failed: 'Failed',
  timed_out: 'Timed out',
};

/**
 * A node's visits in a few words, for a state that ran more than once (in a loop, or in every Map
 * iteration): "ran 300× · 4 failed · 2 caught". Null for a single visit: its colour says it all.
 */
export function describeNodeCounts(run: NodeRun): string | null {
  if (run.visits < 2) return null;
  const parts = [`ran ${run.visits}×`];
  for (const [status, words] of COUNTED) {
    const count = run.outcomes[status] ?? 0;
    if (count > 0) parts.push(`${count} ${words}`);
  }
  return parts.join(' · ');
}

/**
 * What the node's colour says and its visible text does not: the outcome and the error, read after
 * the name by a screen reader. The rest of the accessible name is the visible text itself, so a
 * voice-control user can say what they see (axe: label-content-name-mismatch).
 */
export function describeNodeColourForScreenReader(run: NodeRun): string {
  return [NODE_STATUS_LABELS[run.status], run.error].filter(Boolean).join(', ');
}
