/** Runs `run` over `items`, `size` at a time (set-up under the emulator's API buckets, not a measure). */
export async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<unknown>): Promise<void> {
  for (let next = 0; next < items.length; next += size) await Promise.all(items.slice(next, next + size).map(run));
}
