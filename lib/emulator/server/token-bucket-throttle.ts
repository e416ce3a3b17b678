/**
 * Per-action token buckets, as in docs/aws-behaviour.md#quotas-and-throttling: `bucket` tokens at
 * most, refilled at `refillPerSecond`. The key `*` gives every action without its own entry a bucket
 * of that size (each its own bucket).
 */
export type ThrottleConfig = { [action: string]: { bucket: number; refillPerSecond: number } };

interface Bucket {
  tokens: number;
  updatedMs: number;
}

/** Decides whether a call may go ahead; actions without a configured bucket are never throttled. */
export class TokenBucketThrottle {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly config: ThrottleConfig,
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  tryTake(action: string): boolean {
    const limit = this.config[action] ?? this.config['*'];
    if (!limit) return true;
    const now = this.nowMs();
    const bucket = this.buckets.get(action) ?? { tokens: limit.bucket, updatedMs: now };
    bucket.tokens = Math.min(limit.bucket, bucket.tokens + ((now - bucket.updatedMs) / 1000) * limit.refillPerSecond);
    bucket.updatedMs = now;
    this.buckets.set(action, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
