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

/** A simple random sample of `size` items (partial Fisher–Yates); all of them when size ≥ length. */
export function sampleWithoutReplacement<T>(items: readonly T[], size: number, random: () => number): T[] {
  const pool = items.slice();
  const count = Math.min(Math.max(0, Math.floor(size)), pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}
