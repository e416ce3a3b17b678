import type { NodeMark } from '../execution-detail/graph-state-node';

/** The compare page's node marks, shared by the graph and its legend. */
export const COMPARE_MARKS = {
  both: { text: 'A · B', kind: 'both', className: 'bg-zinc-200 text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100' },
  a: { text: 'A only', kind: 'a-only', className: 'bg-violet-600 text-white dark:bg-violet-400 dark:text-violet-950' },
  b: { text: 'B only', kind: 'b-only', className: 'bg-sky-700 text-white dark:bg-sky-300 dark:text-sky-950' },
} as const satisfies Record<string, NodeMark>;

/** Node id → mark: which execution visited it, the divergence outlined. */
export function compareMarks(
  nodesA: readonly string[],
  nodesB: readonly string[],
  divergenceNodeId: string | null,
): Record<string, NodeMark> {
  const inB = new Set(nodesB);
  const marks: Record<string, NodeMark> = {};
  for (const id of nodesA) marks[id] = inB.has(id) ? COMPARE_MARKS.both : COMPARE_MARKS.a;
  for (const id of nodesB) marks[id] ??= COMPARE_MARKS.b;
  if (divergenceNodeId && marks[divergenceNodeId]) marks[divergenceNodeId] = { ...marks[divergenceNodeId], emphasis: true };
  return marks;
}
