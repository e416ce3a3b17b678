import type { GraphNodeKind, NodeOutcomeCounts, NodeRun, NodeRunStatus } from './types';

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

/** What a screen reader hears for a state: its name, type, outcome, counts and the selected iteration's. */
export function describeNodeForScreenReader(name: string, kind: GraphNodeKind, run: NodeRun): string {
  const parts = [name, kind, NODE_STATUS_LABELS[run.status]];
  const counts = describeNodeCounts(run);
  if (counts) parts.push(counts.replace('×', ' times'));
  if (run.retries > 0) parts.push(`${run.retries} ${run.retries === 1 ? 'retry' : 'retries'}`);
  if (run.focus) parts.push(`this iteration: ${NODE_STATUS_LABELS[run.focus.status]}`);
  if (run.error) parts.push(run.error);
  return parts.join(', ');
}
