/**
 * A token bucket: `burst` calls at once, then `ratePerSecond`, like Step Functions' own
 * (docs/aws-behaviour.md#quotas-and-throttling).
 */
export interface ApiQuota {
  burst: number;
  ratePerSecond: number;
}

const BIG_THREE = new Set(['us-east-1', 'us-west-2', 'eu-west-1']);

/**
 * The read APIs the cost review calls, with AWS's published buckets
 * (docs/aws-behaviour.md#quotas-and-throttling).
 */
export function awsReadQuotas(region: string): Record<'GetExecutionHistory' | 'ListExecutions' | 'DescribeExecution' | 'DescribeStateMachine', ApiQuota> {
  const bigThree = BIG_THREE.has(region);
  return {
    GetExecutionHistory: { burst: 400, ratePerSecond: 20 },
    ListExecutions: bigThree ? { burst: 200, ratePerSecond: 5 } : { burst: 100, ratePerSecond: 2 },
    DescribeExecution: bigThree ? { burst: 300, ratePerSecond: 15 } : { burst: 250, ratePerSecond: 10 },
    DescribeStateMachine: { burst: 200, ratePerSecond: 20 },
  };
}

interface Bucket {
  quota: ApiQuota;
  tokens: number;
  updatedMs: number;
}

/**
 * Client-side token buckets per API action, so a review never sends faster than the quota allows
 * and concurrent reviews in one process share it. `penalize` empties a bucket after a throttle:
 * the service's bucket is empty too, so every caller slows down, not just the one that was refused.
 */
export class ClientRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly quotas: Record<string, ApiQuota>,
    private readonly nowMs: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  private bucket(action: string): Bucket | undefined {
    const quota = this.quotas[action];
    if (!quota) return undefined;
    let bucket = this.buckets.get(action);
    if (!bucket) {
      bucket = { quota, tokens: quota.burst, updatedMs: this.nowMs() };
      this.buckets.set(action, bucket);
    }
    return bucket;
  }

  private refill(bucket: Bucket): void {
    const now = this.nowMs();
    bucket.tokens = Math.min(bucket.quota.burst, bucket.tokens + ((now - bucket.updatedMs) / 1000) * bucket.quota.ratePerSecond);
    bucket.updatedMs = now;
  }

  /**
   * Resolves when one call to `action` may be sent; actions without a quota go at once. Each caller
   * reserves its token at once (the bucket may go into debt) and sleeps until the refill covers it,
   * so waiters sleep side by side and timer lag never slows the rate below the quota.
   */
  take(action: string): Promise<void> {
    const bucket = this.bucket(action);
    if (!bucket) return Promise.resolve();
    this.refill(bucket);
    bucket.tokens -= 1;
    if (bucket.tokens >= 0) return Promise.resolve();
    return this.sleep(Math.ceil((-bucket.tokens / bucket.quota.ratePerSecond) * 1000));
  }

  penalize(action: string): void {
    const bucket = this.bucket(action);
    if (!bucket) return;
    this.refill(bucket);
    bucket.tokens = Math.min(bucket.tokens, 0);
  }
}
