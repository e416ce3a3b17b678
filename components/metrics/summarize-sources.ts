import type { CountSource, CountSourceKind, SourceFallback } from '@/lib/metrics/types';
import { SOURCE_LABELS } from '@/lib/metrics/types';
import { describeSource } from './describe-source';

export interface SourceUse {
  kind: CountSourceKind;
  label: string;
  /** How many rows' numbers came from it. */
  rows: number;
  /** The sentence of the first such row: what these numbers are and how far to trust them. */
  example: string;
  /** Every distinct reason a better source was skipped for these rows. */
  reasons: string[];
}

/** Which sources a page's rows used, most-used first, with each distinct fallback reason once. */
export function summarizeSources(rows: readonly { source: CountSource; fallbacks: readonly SourceFallback[] }[]): SourceUse[] {
  const uses = new Map<CountSourceKind, SourceUse>();
  for (const row of rows) {
    let use = uses.get(row.source.kind);
    if (!use) {
      use = {
        kind: row.source.kind,
        label: SOURCE_LABELS[row.source.kind].label,
        rows: 0,
        example: describeSource(row.source).long,
        reasons: [],
      };
      uses.set(row.source.kind, use);
    }
    use.rows += 1;
    for (const fallback of row.fallbacks) if (!use.reasons.includes(fallback.reason)) use.reasons.push(fallback.reason);
  }
  return [...uses.values()].sort((a, b) => b.rows - a.rows);
}
