/**
 * How much the overview may read. ListExecutions' token bucket is 200 with 5 refills a second in the
 * big regions (docs/aws-behaviour.md#quotas-and-throttling), so a page load stays well inside it: at most
 * 4 machines × 5 pages in flight order, each page 200 executions.
 */
export const OVERVIEW_LIMITS = {
  pageSize: 200,
  maxPagesPerMachine: 5,
  /** State machines read at the same time. */
  concurrency: 4,
} as const;
