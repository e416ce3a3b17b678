import { TokenBuckets } from '../rate-limit/token-bucket';

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
export function awsReadQuotas(
  region: string,
): Record<'GetExecutionHistory' | 'ListExecutions' | 'DescribeExecution' | 'DescribeStateMachine', ApiQuota> {
  const bigThree = BIG_THREE.has(region);
  return {
    GetExecutionHistory: { burst: 400, ratePerSecond: 20 },
    ListExecutions: bigThree ? { burst: 200, ratePerSecond: 5 } : { burst: 100, ratePerSecond: 2 },
    DescribeExecution: bigThree ? { burst: 300, ratePerSecond: 15 } : { burst: 250, ratePerSecond: 10 },
    DescribeStateMachine: { burst: 200, ratePerSecond: 20 },
  };
}

/**
 * Client-side token buckets per API action, so a review never sends faster than the quota allows
 * and concurrent reviews in one process share it. `penalize` empties a bucket after a throttle:
 * the service's bucket is empty too, so every caller slows down, not just the one that was refused.
 */
export class ClientRateLimiter {
  private readonly buckets: TokenBuckets;

  constructor(
    quotas: Record<string, ApiQuota>,
    nowMs: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {
    this.buckets = new TokenBuckets((action) => {
      const quota = quotas[action];
      return quota && { capacity: quota.burst, refillPerSecond: quota.ratePerSecond };
    }, nowMs);
  }

  /**
   * Resolves when one call to `action` may be sent; actions without a quota go at once. Each caller
   * reserves its token at once (the bucket may go into debt) and sleeps until the refill covers it,
   * so waiters sleep side by side and timer lag never slows the rate below the quota.
   */
  take(action: string): Promise<void> {
    const waitMs = this.buckets.reserve(action);
    return waitMs > 0 ? this.sleep(waitMs) : Promise.resolve();
  }

  penalize(action: string): void {
    this.buckets.drain(action);
  }
}
