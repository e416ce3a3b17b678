import { TokenBuckets } from '../../rate-limit/token-bucket';

/**
 * Per-action token buckets, as in docs/aws-behaviour.md#quotas-and-throttling: `bucket` tokens at
 * most, refilled at `refillPerSecond`. The key `*` gives every action without its own entry a bucket
 * of that size (each its own bucket).
 */
export type ThrottleConfig = { [action: string]: { bucket: number; refillPerSecond: number } };

/** Decides whether a call may go ahead; actions without a configured bucket are never throttled. */
export class TokenBucketThrottle {
  private readonly buckets: TokenBuckets;

  constructor(config: ThrottleConfig, nowMs: () => number = () => performance.now()) {
    this.buckets = new TokenBuckets((action) => {
      const limit = config[action] ?? config['*'];
      return limit && { capacity: limit.bucket, refillPerSecond: limit.refillPerSecond };
    }, nowMs);
  }

  tryTake(action: string): boolean {
    return this.buckets.tryTake(action);
  }
}
