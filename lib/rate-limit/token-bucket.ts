/** A bucket's size and how fast it refills (docs/aws-behaviour.md#quotas-and-throttling). */
export interface BucketLimit {
  capacity: number;
  refillPerSecond: number;
}

interface BucketState {
  limit: BucketLimit;
  tokens: number;
  updatedMs: number;
}

/**
 * Token buckets by key (an API action), each created full on first use and refilled continuously,
 * never above its capacity. The emulator refuses a call when its bucket is empty (`tryTake`); the
 * client limiter instead reserves a token, letting the bucket go into debt, and waits it out (`reserve`).
 * A key without a limit is never limited. The clock is injected so tests need no timers.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, BucketState>();

  constructor(
    private readonly limitFor: (key: string) => BucketLimit | undefined,
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  /** The bucket of `key`, refilled up to now; undefined when `key` has no limit. */
  private refilled(key: string): BucketState | undefined {
    const now = this.nowMs();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      const limit = this.limitFor(key);
      if (!limit) return undefined;
      bucket = { limit, tokens: limit.capacity, updatedMs: now };
      this.buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(bucket.limit.capacity, bucket.tokens + ((now - bucket.updatedMs) / 1000) * bucket.limit.refillPerSecond);
    bucket.updatedMs = now;
    return bucket;
  }

  /** Takes a whole token if there is one; false (and nothing taken) when the bucket is empty. */
  tryTake(key: string): boolean {
    const bucket = this.refilled(key);
    if (!bucket) return true;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /**
   * Takes a token now, into debt if need be, and returns how many ms until the refill covers it (0 when
   * it was there). Reserving at once lets concurrent waiters sleep side by side at the refill rate.
   */
  reserve(key: string): number {
    const bucket = this.refilled(key);
    if (!bucket) return 0;
    bucket.tokens -= 1;
    return bucket.tokens >= 0 ? 0 : Math.ceil((-bucket.tokens / bucket.limit.refillPerSecond) * 1000);
  }

  /** Empties the bucket (a debt stays a debt), as the service's own bucket is after a throttle. */
  drain(key: string): void {
    const bucket = this.refilled(key);
    if (bucket) bucket.tokens = Math.min(bucket.tokens, 0);
  }

  /** Tokens in the bucket now (negative in debt); undefined when `key` has no limit. */
  tokens(key: string): number | undefined {
    return this.refilled(key)?.tokens;
  }
}
