import type { CompareSide, ComparedState, Divergence, ExecutionComparison } from './types';

/** What `statescope compare --json` prints about one execution. */
export interface ComparedExecutionDocument {
  source: string;
  status: string;
  startDate: string | null;
  durationMs: number | null;
  visits: number;
  partial: boolean;
}

export interface DivergenceDocument {
  state: string;
  scope: string;
  a: { outcome: string; next: string | null; error: string | null };
  b: { outcome: string; next: string | null; error: string | null };
  truncated: boolean;
}

type SideDocument = Omit<CompareSide, 'input' | 'output'> & {
  input?: string;
  inputTruncated?: true;
  output?: string;
  outputTruncated?: true;
};

export interface ComparisonDocument {
  a: ComparedExecutionDocument;
  b: ComparedExecutionDocument;
  firstDivergence: DivergenceDocument | null;
  firstInputDifference: DivergenceDocument | null;
  onlyA: string[];
  onlyB: string[];
  states: (Omit<ComparedState, 'a' | 'b'> & { a: SideDocument | null; b: SideDocument | null })[];
}

const toDivergenceDocument = (d: Divergence | null): DivergenceDocument | null =>
  d && { state: d.state, scope: d.scope, a: d.a, b: d.b, truncated: d.truncated };

function toSideDocument(side: CompareSide | null): SideDocument | null {
  if (!side) return null;
  const { input, output, ...rest } = side;
  return {
    ...rest,
    ...(input && { input: input.text, ...(input.truncated && { inputTruncated: true as const }) }),
    ...(output && { output: output.text, ...(output.truncated && { outputTruncated: true as const }) }),
  };
}

/** The comparison as one JSON document for scripts: `{a, b, firstDivergence, firstInputDifference, states}`. */
export function toComparisonDocument(comparison: ExecutionComparison, sources: { a: string; b: string }): ComparisonDocument {
  const execution = (side: 'a' | 'b'): ComparedExecutionDocument => {
    const summary = comparison[side];
    return {
      source: sources[side],
      status: summary.status,
      startDate: summary.startMs === null ? null : new Date(summary.startMs).toISOString(),
      durationMs: summary.durationMs,
      visits: summary.visits,
      partial: summary.partial,
    };
  };
  return {
    a: execution('a'),
    b: execution('b'),
    firstDivergence: toDivergenceDocument(comparison.firstDivergence),
    firstInputDifference: toDivergenceDocument(comparison.firstInputDifference),
    onlyA: comparison.onlyA,
    onlyB: comparison.onlyB,
    states: comparison.states.map((state) => ({ ...state, a: toSideDocument(state.a), b: toSideDocument(state.b) })),
  };
}
