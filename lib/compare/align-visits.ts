import type { PlacedVisit } from './flatten-visits';

export interface AlignedPair {
  a: PlacedVisit | null;
  b: PlacedVisit | null;
}

/**
 * Pairs two executions' visits by key, in the order they ran: A's order, with each visit only B
 * made placed just before B's next visit that A also made. Linear in the visits.
 */
export function alignVisits(a: readonly PlacedVisit[], b: readonly PlacedVisit[]): AlignedPair[] {
  const positionInB = new Map<string, number>();
  for (const [position, placed] of b.entries()) positionInB.set(placed.key, position);
  const keysOfA = new Set(a.map((placed) => placed.key));
  const pairs: AlignedPair[] = [];
  let nextB = 0;
  const emitOnlyB = (until: number) => {
    for (; nextB < until; nextB++) {
      const placed = b[nextB];
      if (placed && !keysOfA.has(placed.key)) pairs.push({ a: null, b: placed });
    }
  };
  for (const placed of a) {
    const position = positionInB.get(placed.key);
    if (position === undefined) {
      pairs.push({ a: placed, b: null });
      continue;
    }
    if (position >= nextB) emitOnlyB(position + 1);
    pairs.push({ a: placed, b: b[position] ?? null });
  }
  emitOnlyB(b.length);
  return pairs;
}
