import { SFNClient } from '@aws-sdk/client-sfn';
import { awsReadQuotas, ClientRateLimiter } from './client-rate-limiter';
import { toDataSourceError } from './errors';

export interface RetryPolicy {
  /** Attempts per call, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 10_000 };

export interface ApiCallStats {
  /** Requests sent, retries included. */
  calls: number;
  /** ThrottlingException answers received (then retried). */
  throttled: number;
  /** Throttles that ran out of attempts and reached the caller as an error. */
  throttledSurfaced: number;
  byAction: Record<string, number>;
}

/** Sends Step Functions calls for the cost review: rate-limited, counted, retried on throttling. */
export interface CostSfnCaller {
  readonly region: string;
  readonly stats: ApiCallStats;
  send<T>(action: string, resource: string | undefined, call: (sfn: SFNClient) => Promise<T>): Promise<T>;
  /** The endpoint requests go to, part of every cache key. */
  endpoint(): Promise<string>;
  close(): void;
}

export interface CostSfnCallerOptions {
  /** The region of the ARNs under review; calls go to that region. */
  region: string;
  limiter?: ClientRateLimiter;
  retry?: Partial<RetryPolicy>;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

// One limiter per region for the whole process, so parallel page requests share AWS's quota.
const SHARED_LIMITERS = Symbol.for('statescope.costRateLimiters');
type GlobalWithLimiters = typeof globalThis & { [SHARED_LIMITERS]?: Map<string, ClientRateLimiter> };

export function sharedRateLimiter(region: string): ClientRateLimiter {
  const store = ((globalThis as GlobalWithLimiters)[SHARED_LIMITERS] ??= new Map());
  let limiter = store.get(region);
  if (!limiter) {
    limiter = new ClientRateLimiter(awsReadQuotas(region));
    store.set(region, limiter);
  }
  return limiter;
}

const isThrottle = (error: unknown) => toDataSourceError(error)?.kind === 'throttled';

/**
 * A client of its own with the SDK's retries off (`maxAttempts: 1`), so that every request is
 * counted and throttling is handled here: wait for a token, send, and on ThrottlingException empty
 * the shared bucket and back off exponentially with full jitter (delay = random × min(cap, base × 2^n)).
 */
export function createCostSfnCaller(options: CostSfnCallerOptions): CostSfnCaller {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const limiter = options.limiter ?? sharedRateLimiter(options.region);
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const client = new SFNClient({
    region: options.region,
    maxAttempts: 1,
    disableHostPrefix: true,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
  const stats: ApiCallStats = { calls: 0, throttled: 0, throttledSurfaced: 0, byAction: {} };
  let endpoint: Promise<string> | undefined;

  return {
    region: options.region,
    stats,
    async send(action, resource, call) {
      for (let attempt = 1; ; attempt++) {
        await limiter.take(action);
        stats.calls += 1;
        stats.byAction[action] = (stats.byAction[action] ?? 0) + 1;
        try {
          return await call(client);
        } catch (error) {
          if (isThrottle(error)) {
            stats.throttled += 1;
            if (attempt < policy.maxAttempts) {
              limiter.penalize(action);
              await sleep(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)));
              continue;
            }
            stats.throttledSurfaced += 1;
          }
          const mapped = toDataSourceError(error, {
            operation: action,
            resource,
            region: options.region,
            endpoint: await this.endpoint().catch(() => undefined),
          });
          throw mapped ?? error;
        }
      }
    },
    endpoint() {
      endpoint ??= (async () => {
        const configured = await client.config.serviceConfiguredEndpoint?.().catch(() => undefined);
        if (configured) return configured;
        return client.config.endpointProvider({ Region: options.region, UseFIPS: false, UseDualStack: false }).url.origin;
      })();
      return endpoint;
    },
    close() {
      client.destroy();
    },
  };
}
