import type { MapRunCounts } from './types';

export interface FailureThresholdInput {
  toleratedFailureCount: number;
  toleratedFailurePercentage: number;
  itemCounts: Pick<MapRunCounts, 'failed' | 'timedOut' | 'total'>;
}

export interface FailureThreshold {
  /** Failed plus timed-out items: what AWS counts against the threshold. */
  failedItems: number;
  /** Of all items, 0–100; null while the run has no items counted. */
  failedPercentage: number | null;
  /** Null when DescribeMapRun gives 0 for it and the other limit is set (only the other applies). */
  toleratedCount: number | null;
  toleratedPercentage: number | null;
  /** Neither limit set: the first failed item fails the run. */
  toleratesNone: boolean;
  exceeded: boolean;
}

/**
 * Whether a Map Run's failures exceed its tolerated failure threshold. AWS counts failed and timed-out
 * items, as a share of all items for the percentage, and fails the run when either limit is exceeded
 * (https://docs.aws.amazon.com/step-functions/latest/dg/maprun-fail-threshold.html). DescribeMapRun
 * reports an unset limit as 0, so a 0 beside a set limit is read as unset; both 0 tolerate nothing.
 */
export function evaluateFailureThreshold(input: FailureThresholdInput): FailureThreshold {
  const { failed, timedOut, total } = input.itemCounts;
  const failedItems = failed + timedOut;
  const failedPercentage = total > 0 ? (failedItems / total) * 100 : null;
  const toleratesNone = input.toleratedFailureCount === 0 && input.toleratedFailurePercentage === 0;
  const toleratedCount = toleratesNone || input.toleratedFailureCount > 0 ? input.toleratedFailureCount : null;
  const toleratedPercentage = input.toleratedFailurePercentage > 0 ? input.toleratedFailurePercentage : null;
  const overCount = toleratedCount !== null && failedItems > toleratedCount;
  const overPercentage = toleratedPercentage !== null && failedPercentage !== null && failedPercentage > toleratedPercentage;
  return { failedItems, failedPercentage, toleratedCount, toleratedPercentage, toleratesNone, exceeded: overCount || overPercentage };
}
