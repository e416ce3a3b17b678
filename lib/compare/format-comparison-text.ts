import { formatDuration } from '@/lib/format/format-duration';
import { OUTCOME_LABELS, describeDivergence, describeInputDifference } from './describe-divergence';
import type { CompareSide, ExecutionComparison } from './types';

/** Rows past this are summarised in one line (a 300-iteration Map has thousands). */
const MAX_TEXT_ROWS = 200;

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

const cells = (side: CompareSide | null) =>
  side ? [OUTCOME_LABELS[side.outcome], formatDuration(side.durationMs), String(side.retries)] : ['not visited', '', ''];

/** What `statescope compare A B` prints: both executions, the first divergences, then the per-state table. */
export function formatComparisonText(comparison: ExecutionComparison, sources: { a: string; b: string }): string {
  const lines: string[] = [];
  for (const side of ['a', 'b'] as const) {
    const s = comparison[side];
    const start = s.startMs === null ? 'unknown start' : `started ${new Date(s.startMs).toISOString()}`;
    lines.push(
      `${side.toUpperCase()}: ${sources[side]}`,
      `   ${s.status}, ${start}, ${formatDuration(s.durationMs)}${s.partial ? ' (partial history)' : ''}`,
    );
  }
  lines.push('');
  lines.push(
    comparison.firstDivergence
      ? `First divergence: ${describeDivergence(comparison.firstDivergence)}`
      : 'First divergence: none (both ran the same states with the same outcomes)',
  );
  lines.push(
    comparison.firstInputDifference
      ? `First input difference: ${describeInputDifference(comparison.firstInputDifference)}`
      : 'First input difference: none',
  );
  if (comparison.onlyA.length) lines.push(`Only in A: ${comparison.onlyA.join(', ')}`);
  if (comparison.onlyB.length) lines.push(`Only in B: ${comparison.onlyB.join(', ')}`);

  const shown = comparison.states.slice(0, MAX_TEXT_ROWS);
  const rows = shown.map((state) => [
    `${'  '.repeat(state.depth)}${state.outcomeDiffers || state.nextDiffers ? '* ' : ''}${state.name}${state.occurrence > 1 ? ` #${state.occurrence}` : ''}`,
    state.scope,
    ...cells(state.a),
    ...cells(state.b),
    state.inputDiffers ? 'differs' : '',
  ]);
  lines.push('', 'States (* where the paths differ):');
  lines.push(...table(['STATE', 'SCOPE', 'A', 'A TIME', 'A RETRIES', 'B', 'B TIME', 'B RETRIES', 'INPUT'], rows).map((l) => `  ${l}`));
  if (comparison.states.length > shown.length) lines.push(`  … ${comparison.states.length - shown.length} more (use --json for all)`);
  return `${lines.join('\n')}\n`;
}
