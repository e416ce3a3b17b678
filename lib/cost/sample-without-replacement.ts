/** A small seeded generator (mulberry32): the same seed gives the same sample, so a review can be repeated. */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Exchanges two elements in place. Splice rather than a read of each index: with `T` possibly
 * holding `undefined` itself, a missing element cannot be told from a present one by its value.
 */
function swap<T>(pool: T[], i: number, j: number): void {
  pool.splice(i, 1, ...pool.splice(j, 1, ...pool.slice(i, i + 1)));
}

/** A simple random sample of `size` items (partial Fisher–Yates); all of them when size ≥ length. */
export function sampleWithoutReplacement<T>(items: readonly T[], size: number, random: () => number): T[] {
  const pool = items.slice();
  const count = Math.min(Math.max(0, Math.floor(size)), pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    swap(pool, i, j);
  }
  return pool.slice(0, count);
}
